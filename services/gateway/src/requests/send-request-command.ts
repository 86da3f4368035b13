import type { ClientProxy } from '@nestjs/microservices';
import type { CommandDescriptor, RequestCommandMessage, RequestCommandReply } from '@od/contracts';
import { callerOf, type AuthenticatedUser } from '@od/platform';
import { send } from '../http/bus-request';
import { rejectionToHttp } from '../http/rejection-status';

/**
 * Sends one command on a request to the service that decides it (moderation or response), with the
 * caller's token; a refusal becomes its HTTP error.
 */
export async function sendRequestCommand<Data>(
  bus: ClientProxy,
  subjectRoot: string,
  descriptor: CommandDescriptor<RequestCommandMessage<Data>, RequestCommandReply>,
  request: { requestId: string; commandId: string },
  user: AuthenticatedUser,
  data: Data,
) {
  const message: RequestCommandMessage<Data> = {
    commandId: request.commandId,
    correlationId: request.commandId,
    caller: callerOf(user),
    requestId: request.requestId,
    data,
  };
  const reply = await send(bus, subjectRoot, descriptor, message);
  if (!reply.ok) throw rejectionToHttp(reply, user.locale);
  return { requestId: request.requestId, position: reply.position };
}
