import type { ClientProxy } from '@nestjs/microservices';
import type { CommandDescriptor, CommandMessage, SurveyCommandReply } from '@od/contracts';
import { callerOf, type AuthenticatedUser } from '@od/platform';
import { send } from '../http/bus-request';
import { rejectionToHttp } from '../http/rejection-status';

/** Sends one survey command to the surveys service with the caller's token; a refusal becomes its HTTP error. */
export async function sendSurveyCommand<Message extends CommandMessage<unknown>>(
  bus: ClientProxy,
  subjectRoot: string,
  descriptor: CommandDescriptor<Message, SurveyCommandReply>,
  user: AuthenticatedUser,
  message: Omit<Message, 'caller' | 'correlationId'>,
) {
  const reply = await send(bus, subjectRoot, descriptor, { ...message, correlationId: message.commandId, caller: callerOf(user) } as Message);
  if (!reply.ok) throw rejectionToHttp(reply, user.locale);
  return { surveyId: reply.surveyId, position: reply.position };
}
