import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { CommandIdDto } from '../command-id.dto';
import { IsSafeText } from '../../http/is-safe-text';
import { says } from '../../http/validation-messages/field-messages';

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
  @Max(15, says('max.extensionDays'))
  days!: number;

  @IsArray()
  @ArrayMinSize(1, says('arrayMinSize.otherHolders'))
  @ArrayMaxSize(50)
  @Matches(/^[a-z0-9-]{1,80}$/, { each: true, ...says('matches.holderId') })
  otherHolderIds!: string[];

  @IsString()
  @IsSafeText()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class RefuseRequestDto extends CommandIdDto {
  @Matches(/^[a-z0-9_]{1,60}$/, says('matches.refusalGround'))
  groundCode!: string;

  @IsString()
  @IsSafeText()
  @IsNotEmpty()
  @MaxLength(4000)
  reasonText!: string;
}
