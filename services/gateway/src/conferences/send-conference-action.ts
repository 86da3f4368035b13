import type { ClientProxy } from '@nestjs/microservices';
import { commandSubject, type CommandReply, type ConferenceAction, type ConferenceActionMessage, type ConferenceCommandReply, type ConferenceTemplate, type TopicApplicationAction, type TopicApplicationActionMessage } from '@od/contracts';
import { askBus } from '../http/bus-request';
import { rejectionToHttp } from '../http/rejection-status';
import type { ConferenceTemplateDto } from './conference.dto';
import { callerOf, type AuthenticatedUser } from '@od/platform';

/** The template of the DTO, without the command id. */
export function templateOf({ startsAt, endsAt, title, summary, description, moderator }: ConferenceTemplateDto): ConferenceTemplate {
  return { startsAt, endsAt, title, summary, description, moderator } as ConferenceTemplate;
}

/** Sends one action on a conference to the conferences service, with the caller's holder, AWP roles and phone status. */
export async function sendConferenceAction(bus: ClientProxy, subjectRoot: string, target: { conferenceId?: string; commandId: string }, user: AuthenticatedUser, action: ConferenceAction) {
  const message: ConferenceActionMessage = {
    commandId: target.commandId,
    correlationId: target.commandId,
    caller: callerOf(user),
    ...(target.conferenceId ? { conferenceId: target.conferenceId } : {}),
    data: action,
  };
  const reply = await askBus<CommandReply<ConferenceCommandReply>>(bus, commandSubject(subjectRoot, 'conferences', 'conference-action'), message);
  if (!reply.ok) throw rejectionToHttp(reply, user.locale);
  const { ok: _ok, ...accepted } = reply;
  return accepted;
}

/** C5: one action on a topic application. */
export async function sendTopicApplicationAction(bus: ClientProxy, subjectRoot: string, target: { applicationId?: string; commandId: string }, user: AuthenticatedUser, action: TopicApplicationAction) {
  const message: TopicApplicationActionMessage = {
    commandId: target.commandId,
    correlationId: target.commandId,
    caller: callerOf(user),
    ...(target.applicationId ? { applicationId: target.applicationId } : {}),
    data: action,
  };
  const reply = await askBus<CommandReply<ConferenceCommandReply>>(bus, commandSubject(subjectRoot, 'conferences', 'topic-application-action'), message);
  if (!reply.ok) throw rejectionToHttp(reply, user.locale);
  const { ok: _ok, ...accepted } = reply;
  return accepted;
}
