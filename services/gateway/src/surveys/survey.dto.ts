import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { SURVEY_LIMITS } from '@od/domain';
import { CommandIdDto } from '../requests/command-id.dto';
import { IsSafeText } from '../http/is-safe-text';
import { says } from '../http/validation-messages/field-messages';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * C2: Kazakh and Russian are checked by the decider, which names every missing text at once; here only
 * their type and length.
 */
export class SurveyTextDto {
  @IsOptional() @IsString() @IsSafeText() @MaxLength(SURVEY_LIMITS.textLength) kk?: string;
  @IsOptional() @IsString() @IsSafeText() @MaxLength(SURVEY_LIMITS.textLength) ru?: string;
  @IsOptional() @IsString() @IsSafeText() @MaxLength(SURVEY_LIMITS.textLength) en?: string;
}

export class SurveyOptionDto {
  @ValidateNested() @Type(() => SurveyTextDto) text!: SurveyTextDto;
}

export class SurveyQuestionDto {
  @IsIn(['single', 'multiple'])
  kind!: 'single' | 'multiple';

  @ValidateNested() @Type(() => SurveyTextDto) text!: SurveyTextDto;

  @IsArray()
  @ArrayMinSize(SURVEY_LIMITS.minOptionsPerQuestion)
  @ArrayMaxSize(SURVEY_LIMITS.optionsPerQuestion)
  @ValidateNested({ each: true })
  @Type(() => SurveyOptionDto)
  options!: SurveyOptionDto[];
}

/** C8: the Annex 2 template. */
export class DraftSurveyDto extends CommandIdDto {
  @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(SURVEY_LIMITS.categoryLength) category!: string;
  @ValidateNested() @Type(() => SurveyTextDto) name!: SurveyTextDto;
  @Matches(DATE, says('matches.almatyDate')) launchDate!: string;
  @Matches(DATE, says('matches.almatyDate')) closingDate!: string;
  @IsIn(['live', 'after_close'])
  resultsVisibility!: 'live' | 'after_close';

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SURVEY_LIMITS.questions)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionDto)
  questions!: SurveyQuestionDto[];
}

/** C1: a resubmission after a return may move the dates. */
export class SubmitSurveyDto extends CommandIdDto {
  @IsOptional() @Matches(DATE, says('matches.almatyDate')) launchDate?: string;
  @IsOptional() @Matches(DATE, says('matches.almatyDate')) closingDate?: string;
}

export class ReturnSurveyDto extends CommandIdDto {
  @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(SURVEY_LIMITS.reasonLength) reason!: string;
}

export class AnnounceSurveyDto extends CommandIdDto {
  @IsString()
  @IsSafeText()
  @Matches(/^https?:\/\/\S+$/, says('matches.announcementLink'))
  @MaxLength(SURVEY_LIMITS.urlLength)
  url!: string;

  /** C3: when the agency says it published the announcement; kept beside the recorded time, which decides. */
  @IsOptional()
  @IsISO8601({ strict: true }, says('isIso8601.instant'))
  publishedAt?: string;
}

export class BallotAnswerDto {
  @Matches(/^q\d{1,3}$/, says('matches.questionId')) questionId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SURVEY_LIMITS.optionsPerQuestion)
  @Matches(/^q\d{1,3}-o\d{1,3}$/, { each: true, ...says('matches.optionId') })
  optionIds!: string[];
}

export class CastBallotDto extends CommandIdDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SURVEY_LIMITS.questions)
  @ValidateNested({ each: true })
  @Type(() => BallotAnswerDto)
  answers!: BallotAnswerDto[];
}
