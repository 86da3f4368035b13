import { requestStream, type CommandReply, type RequestActionMessage, type RequestEvent, type Verified } from '@od/contracts';
import { decideRequest, evolveRequest, holderOfRequestEvent, initialRequestState, type RequestActor, type RequestCommand, type RequestState } from '@od/domain';
import type { EventStore } from '@od/event-store';
import { clientCommandEnvelope, handleCommand } from './handle-command';

/** The actor of a request command, as the gateway verified it (holder and active AWP roles for staff). */
export function requestActorOf(message: Verified<RequestActionMessage<unknown>>): RequestActor {
  return { kind: message.actor.kind, id: message.actor.id, holderId: message.staff.holderId, staffRoles: message.staff.staffRoles };
}

/** Refusals that would tell the caller a request exists which is not theirs to act on. */
const ANSWERED_AS_MISSING = new Set<string>(['stream_not_found', 'not_your_holder', 'not_the_author']);

/**
 * Decides a command on an existing request and appends its facts, each under the holder it concerns (a
 * redirect's second fact goes to the new holder's subjects).
 */
export async function handleRequestCommand(store: EventStore, message: Verified<RequestActionMessage<unknown>>, command: RequestCommand, now: Date): Promise<CommandReply<{ position: string }>> {
  const outcome = await handleCommand<RequestState, RequestEvent, string>(store, {
    streamId: requestStream(message.requestId),
    expected: 'existing',
    initialState: initialRequestState,
    evolve: evolveRequest,
    decide: (state) => decideRequest(command, state),
    command: clientCommandEnvelope(message, now, command.type),
    holderId: holderOfRequestEvent,
  });
  if (!outcome.ok) {
    // A request of another holder (or, for a rating, of another user) is answered exactly like a missing one:
    // whether it exists is not the caller's to learn.
    const rejection = ANSWERED_AS_MISSING.has(outcome.rejection.code) ? { code: 'request_not_found', message: `No request ${message.requestId}` } : outcome.rejection;
    return { ok: false, rejection };
  }
  return { ok: true, position: outcome.position };
}
