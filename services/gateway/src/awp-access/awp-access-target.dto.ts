import { STAFF_ROLES, type StaffRole } from '@od/contracts';
import { IsIn, Matches } from 'class-validator';
import { IsCommandId } from '../http/is-command-id';
import { IsIin } from '../http/is-iin';
import { says } from '../http/validation-messages/field-messages';

/** The access in question: which holder, which employee (by IIN), which AWP role. */
export class AwpAccessTargetDto {
  @IsCommandId()
  commandId!: string;

  @Matches(/^[a-z0-9-]{1,80}$/, says('matches.holderId'))
  holderId!: string;

  @IsIin()
  employeeIin!: string;

  @IsIn(STAFF_ROLES)
  role!: StaffRole;
}
