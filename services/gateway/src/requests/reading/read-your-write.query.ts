import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { says } from '../../http/validation-messages/field-messages';

/** `?atLeastPosition=<position from a command's answer>&waitMs=2000`: wait (bounded) to read your own write. */
export class ReadYourWriteQuery {
  @IsOptional()
  @Matches(/^\d{1,20}:\d{1,20}$/, says('matches.storePosition'))
  atLeastPosition?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000)
  waitMs?: number;
}
