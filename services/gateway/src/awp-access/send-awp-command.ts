import type { ClientProxy } from '@nestjs/microservices';
import { commandSubject, type AwpAccessCommandMessage, type CommandReply } from '@od/contracts';
import { askBus } from '../http/bus-request';
import { rejectionToHttp } from '../http/rejection-status';
import { actorOf, type AuthenticatedUser } from '@od/platform';

type AwpCommandData = AwpAccessCommandMessage['data'];

/** Sends one AWP access command to the access service; a refusal becomes its HTTP error. */
export async function sendAwpCommand(bus: ClientProxy, subjectRoot: string, commandId: string, user: AuthenticatedUser, data: AwpCommandData) {
  // C7: a staff applicant is named by the verified token; the access service looks up their active roles itself.
  const applicant = data.action === 'apply' && user.role === 'staff' && user.iin && user.holderId ? { iin: user.iin, holderId: user.holderId } : undefined;
  const message = { commandId, correlationId: commandId, actor: actorOf(user), data, ...(applicant ? { applicant } : {}) } as AwpAccessCommandMessage;
  const reply = await askBus<CommandReply<{ position: string }>>(bus, commandSubject(subjectRoot, 'access', 'awp-access'), message);
  if (!reply.ok) throw rejectionToHttp(reply);
  return { position: reply.position };
}
