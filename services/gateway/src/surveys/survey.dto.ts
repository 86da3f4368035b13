import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { SURVEY_LIMITS } from '@od/domain';
import { CommandIdDto } from '../requests/command-id.dto';
import { IsSafeText } from '../http/is-safe-text';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = (field: string) => ({ message: `${field} must be a date YYYY-MM-DD (Almaty)` });

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
  @IsIn(['single', 'multiple'], { message: 'kind must be "single" (one option) or "multiple" (one or more options)' })
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
  @Matches(DATE, dateMessage('launchDate')) launchDate!: string;
  @Matches(DATE, dateMessage('closingDate')) closingDate!: string;
  @IsIn(['live', 'after_close'], { message: 'resultsVisibility must be "live" (tallies while it runs) or "after_close"' })
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
  @IsOptional() @Matches(DATE, dateMessage('launchDate')) launchDate?: string;
  @IsOptional() @Matches(DATE, dateMessage('closingDate')) closingDate?: string;
}

export class ReturnSurveyDto extends CommandIdDto {
  @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(SURVEY_LIMITS.reasonLength) reason!: string;
}

export class AnnounceSurveyDto extends CommandIdDto {
  @IsString()
  @IsSafeText()
  @Matches(/^https?:\/\/\S+$/, { message: 'url must be an http(s) link to the announcement on the agency’s site' })
  @MaxLength(SURVEY_LIMITS.urlLength)
  url!: string;

  /** C3: when the agency says it published the announcement; kept beside the recorded time, which decides. */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'publishedAt must be an ISO 8601 instant with an offset' })
  publishedAt?: string;
}

export class BallotAnswerDto {
  @Matches(/^q\d{1,3}$/, { message: 'questionId is a question id such as "q1"' }) questionId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SURVEY_LIMITS.optionsPerQuestion)
  @Matches(/^q\d{1,3}-o\d{1,3}$/, { each: true, message: 'each optionId is an option id such as "q1-o2"' })
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
