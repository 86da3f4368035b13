import type { ClientProxy } from '@nestjs/microservices';
import { commandSubject, type AwpAccessCommandMessage, type CommandReply } from '@od/contracts';
import { askBus } from '../http/bus-request';
import { rejectionToHttp } from '../http/rejection-status';
import { callerOf, type AuthenticatedUser } from '@od/platform';

type AwpCommandData = AwpAccessCommandMessage['data'];

/** Sends one AWP access command to the access service; a refusal becomes its HTTP error. */
export async function sendAwpCommand(bus: ClientProxy, subjectRoot: string, commandId: string, user: AuthenticatedUser, data: AwpCommandData) {
  const message = { commandId, correlationId: commandId, caller: callerOf(user), data } as AwpAccessCommandMessage;
  const reply = await askBus<CommandReply<{ position: string }>>(bus, commandSubject(subjectRoot, 'access', 'awp-access'), message);
  if (!reply.ok) throw rejectionToHttp(reply);
  return { position: reply.position };
}
