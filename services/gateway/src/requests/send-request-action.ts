import type { ClientProxy } from '@nestjs/microservices';
import { commandSubject, type CommandReply, type RequestActionMessage } from '@od/contracts';
import { askBus } from '../http/bus-request';
import { rejectionToHttp } from '../http/rejection-status';
import { callerOf, type AuthenticatedUser } from '@od/platform';

/**
 * Sends one action on a request to the service that decides it (moderation or response), with the
 * caller's holder and active AWP roles; a refusal becomes its HTTP error.
 */
export async function sendRequestAction<Action>(
  bus: ClientProxy,
  subjectRoot: string,
  service: 'moderation' | 'response',
  request: { requestId: string; commandId: string },
  user: AuthenticatedUser,
  action: Action,
) {
  const message: RequestActionMessage<Action> = {
    commandId: request.commandId,
    correlationId: request.commandId,
    caller: callerOf(user),
    requestId: request.requestId,
    data: action,
  };
  const reply = await askBus<CommandReply<{ position: string }>>(bus, commandSubject(subjectRoot, service, 'request-action'), message);
  if (!reply.ok) throw rejectionToHttp(reply, user.locale);
  return { requestId: request.requestId, position: reply.position };
}
