import { ArrayMaxSize, IsArray, IsISO8601, IsOptional, Matches } from 'class-validator';
import { CommandIdDto } from '../requests/command-id.dto';
import { says } from '../http/validation-messages/field-messages';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** More than every holder the registry has; a list longer than that is a mistake, not a report. */
const MAX_HOLDERS = 500;

/**
 * B2: the period (Almaty dates, both inclusive), the instant the store is read as of (default: now) and the
 * holders (default: every holder). Whether the dates exist, their order and an as-of in the future are the
 * decider's to refuse, each naming its field.
 */
export class RequestReportDto extends CommandIdDto {
  @Matches(DATE, says('matches.almatyDate')) from!: string;
  @Matches(DATE, says('matches.almatyDate')) to!: string;

  @IsOptional()
  @IsISO8601({ strict: true }, says('isIso8601.instant'))
  asOf?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_HOLDERS)
  @Matches(/^[a-z0-9-]{1,80}$/, { each: true, ...says('matches.holderId') })
  holderIds?: string[];
}
