import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { CommandIdDto } from '../command-id.dto';
import { IsSafeText } from '../../http/is-safe-text';

export class DraftAnswerDto extends CommandIdDto {
  @IsString()
  @IsSafeText()
  @IsNotEmpty()
  @MaxLength(20_000)
  text!: string;
}

export class AnswerRequestDto extends DraftAnswerDto {
  @IsOptional()
  @IsUUID()
  draftId?: string;
}

/** R5: at most 15 calendar days, naming the other holders whose competence the request involves. */
export class ExtendDeadlineDto extends CommandIdDto {
  @IsInt()
  @Min(1)
  @Max(15, { message: 'days must not exceed 15 (R5: the term may be extended by at most 15 calendar days)' })
  days!: number;

  @IsArray()
  @ArrayMinSize(1, { message: 'otherHolderIds must name at least one other holder (R5)' })
  @ArrayMaxSize(50)
  @Matches(/^[a-z0-9-]{1,80}$/, { each: true, message: 'each of otherHolderIds must be a holder id' })
  otherHolderIds!: string[];

  @IsString()
  @IsSafeText()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class RefuseRequestDto extends CommandIdDto {
  @Matches(/^[a-z0-9_]{1,60}$/, { message: 'groundCode must be one of the Article 11 refusal codes' })
  groundCode!: string;

  @IsString()
  @IsSafeText()
  @IsNotEmpty()
  @MaxLength(4000)
  reasonText!: string;
}
