import { IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { AwpAccessTargetDto } from '../awp-access-target.dto';
import { IsSafeText } from '../../http/is-safe-text';
import { says } from '../../http/validation-messages/field-messages';

export class DenyAwpAccessDto extends AwpAccessTargetDto {
  @IsString()
  @IsSafeText()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class RecordAwpTrainingDto extends AwpAccessTargetDto {
  @IsString()
  @IsSafeText()
  @IsNotEmpty()
  @MaxLength(200)
  course!: string;

  /** The local date the training took place. */
  @IsISO8601({ strict: true }, says('isIso8601.date'))
  trainedOn!: string;
}
