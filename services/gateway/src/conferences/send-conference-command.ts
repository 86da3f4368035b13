import type { ClientProxy } from '@nestjs/microservices';
import type { CommandDescriptor, CommandMessage, CommandReply, ConferenceTemplate } from '@od/contracts';
import { callerOf, type AuthenticatedUser } from '@od/platform';
import { send } from '../http/bus-request';
import { rejectionToHttp } from '../http/rejection-status';
import type { ConferenceTemplateDto } from './conference.dto';

/** The template of the DTO, without the command id. */
export function templateOf({ startsAt, endsAt, title, summary, description, moderator }: ConferenceTemplateDto): ConferenceTemplate {
  return { startsAt, endsAt, title, summary, description, moderator } as ConferenceTemplate;
}

/**
 * Sends one command on a conference or a topic application to the conferences service with the caller's
 * token (`target`: the conference or application id, where the command is on an existing one); a refusal
 * becomes its HTTP error, an acceptance is answered without its `ok`.
 */
export async function sendConferenceCommand<Message extends CommandMessage<unknown>, Accepted extends object>(
  bus: ClientProxy,
  subjectRoot: string,
  descriptor: CommandDescriptor<Message, CommandReply<Accepted>>,
  user: AuthenticatedUser,
  message: Omit<Message, 'caller' | 'correlationId'>,
): Promise<Accepted> {
  const reply = await send(bus, subjectRoot, descriptor, { ...message, correlationId: message.commandId, caller: callerOf(user) } as Message);
  if (!reply.ok) throw rejectionToHttp(reply, user.locale);
  const { ok: _ok, ...accepted } = reply;
  return accepted as unknown as Accepted;
}
