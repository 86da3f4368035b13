import type { Actor } from '../envelope';
import type { StaffRole } from './access-token-claims';

/**
 * Who sends a command, in a form the deciding service checks itself: the caller's access token, which it
 * verifies again against the identity provider's keys. Nothing else in a command message says who acts.
 */
export interface CallerCredentials {
  readonly accessToken: string;
}

/** A staff member's holder and the AWP roles active for them now (C7), as the deciding service found them. */
export interface StaffContext {
  readonly holderId?: string;
  readonly staffRoles: readonly StaffRole[];
}

/**
 * The caller as the deciding service verified it: the actor, holder and account from the verified token,
 * the staff roles from its own store's AWP register. Set by the service on receipt (`@od/platform`
 * `verifyCallers`); any such fields a sender puts in a message are dropped first.
 */
export interface VerifiedCaller {
  readonly actor: Actor;
  readonly staff: StaffContext;
  readonly account: { readonly iin?: string; readonly bin?: string; readonly phoneVerified: boolean };
}

/** A command message once its caller is verified: what a deciding handler receives. */
export type Verified<Message> = Message & VerifiedCaller;
