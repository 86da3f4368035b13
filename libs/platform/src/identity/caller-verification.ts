import type { RejectionReply, VerifiedCaller } from '@od/contracts';
import type { EventStore } from '@od/event-store';
import { activeRolesInStore } from './active-roles-in-store';
import { actorOf } from './authenticated-user';
import { InvalidTokenError, type TokenVerifier } from './token-verifier';

export type CallerVerification = { readonly ok: true; readonly caller: VerifiedCaller } | RejectionReply;

/** Turns a command message's `caller` into who acts, or a refusal. */
export type CallerVerifier = (credentials: unknown) => Promise<CallerVerification>;

function refused(message: string): RejectionReply {
  return { ok: false, rejection: { code: 'caller_unverified', message } };
}

/**
 * The deciding side's own check of who sends a command: the access token verified again (signature,
 * issuer, audience, lifetime, a staff holder in the registry), and a staff member's AWP roles narrowed to
 * those active in this service's store now (C7) — never an actor, holder or role taken from the message.
 */
export function createCallerVerifier(verifyToken: TokenVerifier, store: EventStore): CallerVerifier {
  return async (credentials) => {
    const accessToken = (credentials as { accessToken?: unknown } | null | undefined)?.accessToken;
    if (typeof accessToken !== 'string' || accessToken === '') return refused('The command carries no access token of its caller');
    let user;
    try {
      user = await verifyToken(accessToken);
    } catch (error) {
      if (error instanceof InvalidTokenError) return refused(`The caller's access token was refused: ${error.message}`);
      throw error;
    }
    const staffRoles =
      user.role === 'staff' && user.holderId && user.iin
        ? (await activeRolesInStore(store, user.holderId, user.iin)).filter((role) => user.staffRoles.includes(role))
        : [];
    return {
      ok: true,
      caller: {
        actor: actorOf(user),
        staff: { holderId: user.holderId, staffRoles },
        account: { iin: user.iin, bin: user.bin, phoneVerified: user.phoneVerified },
      },
    };
  };
}
