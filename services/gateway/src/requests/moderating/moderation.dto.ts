import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CommandIdDto } from '../command-id.dto';
import { IsSafeText } from '../../http/is-safe-text';

export class RedirectRequestDto extends CommandIdDto {
  @Matches(/^[a-z0-9-]{1,80}$/, { message: 'toHolderId must be a holder id such as "kazatomprom"' })
  toHolderId!: string;

  @IsString()
  @IsSafeText()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class ReturnRequestDto extends CommandIdDto {
  @Matches(/^[a-z0-9_]{1,60}$/, { message: 'reasonCode must be one of the Article 11 return codes' })
  reasonCode!: string;

  @IsString()
  @IsSafeText()
  @IsNotEmpty()
  @MaxLength(4000)
  reasonText!: string;
}
