import type { ClockStatus } from '@od/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ReadYourWriteQuery } from '../requests/reading/read-your-write.query';
import { says } from '../http/validation-messages/field-messages';

export const CLOCK_STATUSES: readonly ClockStatus[] = ['running', 'met', 'met_late', 'breached', 'superseded'];

/** A comma-separated query value as a list (`?status=running,breached`). */
export const commaList = Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((item) => item.trim()) : value));

/** `?status=running,breached`: which clocks (running, met, met_late, breached, superseded); all when omitted. */
export class ClockStatusQuery extends ReadYourWriteQuery {
  @IsOptional()
  @commaList
  @IsIn(CLOCK_STATUSES, { each: true })
  status?: ClockStatus[];
}

export class MinistryClocksQuery extends ClockStatusQuery {
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,80}$/, says('matches.holderId'))
  holderId?: string;
}
