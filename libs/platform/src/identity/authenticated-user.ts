import type { AccountRole, Actor, CallerCredentials, StaffRole, UiLanguage } from '@od/contracts';

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
  /** The verified token itself: what a command sends on, for the deciding service to verify again. */
  readonly accessToken: string;
}

/** The caller's credentials for a command message (`CommandMessage.caller`). */
export function callerOf(user: AuthenticatedUser): CallerCredentials {
  return { accessToken: user.accessToken };
}

/** Who acted, as recorded on facts: a person by IIN, an organisation by BIN, anyone else by account. */
export function actorOf(user: AuthenticatedUser): Actor {
  if (user.role === 'organisation' && user.bin) return { kind: 'organisation', id: user.bin };
  if (user.role === 'citizen' && user.iin) return { kind: 'citizen', id: user.iin };
  return { kind: user.role, id: user.accountId };
}
