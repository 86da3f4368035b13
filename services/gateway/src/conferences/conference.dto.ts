import { CONFERENCE_LIMITS } from '@od/domain';
import { Type } from 'class-transformer';
import { IsDefined, IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsIin } from '../http/is-iin';
import { CommandIdDto } from '../requests/command-id.dto';
import { IsSafeText } from '../http/is-safe-text';
import { IsEmailAddress } from '../http/is-email-address';
import { says } from '../http/validation-messages/field-messages';

/**
 * C2: kk and ru may be left out here on purpose: the decider refuses a template missing any required
 * language with one 400 (`conference_languages_missing`) that names every missing text.
 */
export class ConferenceTextDto {
  @IsOptional() @IsString() @IsSafeText() @MaxLength(CONFERENCE_LIMITS.descriptionMaxLength) kk?: string;
  @IsOptional() @IsString() @IsSafeText() @MaxLength(CONFERENCE_LIMITS.descriptionMaxLength) ru?: string;
  @IsOptional() @IsString() @IsSafeText() @MaxLength(CONFERENCE_LIMITS.descriptionMaxLength) en?: string;
}

/** C8: the responsible officer (moderator) of Annex 1. */
export class ResponsibleOfficerDto {
  @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(CONFERENCE_LIMITS.personFieldMaxLength) surname!: string;
  @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(CONFERENCE_LIMITS.personFieldMaxLength) name!: string;
  @IsOptional() @IsString() @IsSafeText() @MaxLength(CONFERENCE_LIMITS.personFieldMaxLength) patronymic?: string;
  @IsIin() iin!: string;
  @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(CONFERENCE_LIMITS.personFieldMaxLength) position!: string;
  @IsSafeText() @IsEmailAddress() email!: string;
  @Matches(/^\+7\d{10}$/, says('matches.phone')) phone!: string;
}

/** Annex 1: opening and closing instants (ISO 8601 with an offset), names, brief and full descriptions, the moderator. */
export class ConferenceTemplateDto extends CommandIdDto {
  @IsISO8601({ strict: true }, says('isIso8601.instant'))
  startsAt!: string;

  @IsISO8601({ strict: true }, says('isIso8601.instant'))
  endsAt!: string;

  @IsDefined() @IsObject() @ValidateNested() @Type(() => ConferenceTextDto) title!: ConferenceTextDto;
  @IsDefined() @IsObject() @ValidateNested() @Type(() => ConferenceTextDto) summary!: ConferenceTextDto;
  @IsDefined() @IsObject() @ValidateNested() @Type(() => ConferenceTextDto) description!: ConferenceTextDto;
  @IsDefined() @IsObject() @ValidateNested() @Type(() => ResponsibleOfficerDto) moderator!: ResponsibleOfficerDto;
}

export class ReasonDto extends CommandIdDto {
  @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(CONFERENCE_LIMITS.reasonMaxLength) reason!: string;
}

export class AnnouncementDto extends CommandIdDto {
  @IsString()
  @IsSafeText()
  @MaxLength(CONFERENCE_LIMITS.urlMaxLength)
  @Matches(/^https?:\/\/\S+$/, says('matches.announcementLink'))
  url!: string;

  /** C3: when the agency says it published the announcement; kept beside the recorded time, which decides. */
  @IsOptional()
  @IsISO8601({ strict: true }, says('isIso8601.instant'))
  publishedAt?: string;
}

export class QuestionDto extends CommandIdDto {
  @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(CONFERENCE_LIMITS.questionMaxLength) text!: string;
}

export class AnswerDto extends CommandIdDto {
  @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(CONFERENCE_LIMITS.answerMaxLength) text!: string;
}
