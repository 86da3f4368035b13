import { requestStream, type RequestCommandMessage, type Verified } from '@od/contracts';
import type { Rejection } from '../shared/decision';
import { evolveRequest, holderOfRequestEvent, initialRequestState } from './request';
import { decideRequest, type RequestActor } from './request-decide';

/** The actor of a request command, as the deciding service verified it (holder and active AWP roles for staff). */
export function requestActorOf(message: Verified<unknown>): RequestActor {
  return { kind: message.actor.kind, id: message.actor.id, holderId: message.staff.holderId, staffRoles: message.staff.staffRoles };
}

/** The stream of a command on an existing request. */
export function requestStreamOf(message: RequestCommandMessage<unknown>): string {
  return requestStream(message.requestId);
}

/** Refusals that would tell the caller a request exists which is not theirs to act on. */
const ANSWERED_AS_MISSING = new Set<string>(['stream_not_found', 'not_your_holder', 'not_the_author']);

/**
 * The request aggregate as the intake, moderation and response services route commands to it (a routing
 * table's aggregate in `@od/platform`): each fact under the holder it concerns (a redirect's second fact goes
 * to the new holder's subjects), and a request of another holder (or, for a rating, of another user)
 * answered exactly like a missing one: whether it exists is not the caller's to learn.
 */
export const requestAggregate = {
  initialState: initialRequestState,
  evolve: evolveRequest,
  decide: decideRequest,
  holderId: holderOfRequestEvent,
  refusal: (rejection: Rejection, streamId: string): Rejection =>
    ANSWERED_AS_MISSING.has(rejection.code) ? { code: 'request_not_found', message: `No request ${streamId.slice(streamId.indexOf('-') + 1)}` } : rejection,
};
