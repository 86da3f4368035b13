import type { ClientProxy } from '@nestjs/microservices';
import type { AwpAccessCommandReply, CommandDescriptor, CommandMessage } from '@od/contracts';
import { callerOf, type AuthenticatedUser } from '@od/platform';
import { send } from '../http/bus-request';
import { rejectionToHttp } from '../http/rejection-status';

/** Sends one AWP access command to the access service; a refusal becomes its HTTP error. */
export async function sendAwpCommand<Data>(
  bus: ClientProxy,
  subjectRoot: string,
  descriptor: CommandDescriptor<CommandMessage<Data>, AwpAccessCommandReply>,
  commandId: string,
  user: AuthenticatedUser,
  data: Data,
) {
  const reply = await send(bus, subjectRoot, descriptor, { commandId, correlationId: commandId, caller: callerOf(user), data });
  if (!reply.ok) throw rejectionToHttp(reply);
  return { position: reply.position };
}
