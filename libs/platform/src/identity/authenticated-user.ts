import type { AccountRole, Actor, StaffRole, UiLanguage } from '@od/contracts';

/** The caller, as the verified access token describes them. */
export interface AuthenticatedUser {
  readonly accountId: string;
  readonly role: AccountRole;
  readonly iin?: string;
  readonly bin?: string;
  readonly phoneVerified: boolean;
  readonly holderId?: string;
  readonly staffRoles: readonly StaffRole[];
  readonly locale: UiLanguage;
}

/** Who acted, as recorded on facts: a person by IIN, an organisation by BIN, anyone else by account. */
export function actorOf(user: AuthenticatedUser): Actor {
  if (user.role === 'organisation' && user.bin) return { kind: 'organisation', id: user.bin };
  if (user.role === 'citizen' && user.iin) return { kind: 'citizen', id: user.iin };
  return { kind: user.role, id: user.accountId };
}
