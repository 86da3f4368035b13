import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CommandIdDto } from '../command-id.dto';
import { IsSafeText } from '../../http/is-safe-text';
import { says } from '../../http/validation-messages/field-messages';

export class RedirectRequestDto extends CommandIdDto {
  @Matches(/^[a-z0-9-]{1,80}$/, says('matches.holderId'))
  toHolderId!: string;

  @IsString()
  @IsSafeText()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class ReturnRequestDto extends CommandIdDto {
  @Matches(/^[a-z0-9_]{1,60}$/, says('matches.returnReason'))
  reasonCode!: string;

  @IsString()
  @IsSafeText()
  @IsNotEmpty()
  @MaxLength(4000)
  reasonText!: string;
}
