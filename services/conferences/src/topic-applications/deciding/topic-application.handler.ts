import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { kzCalendar } from '@od/calendar';
import { commandSubject, topicApplicationStream, type CommandReply, type ConferenceCommandReply, type TopicApplicationActionMessage, type TopicApplicationEvent, type Verified } from '@od/contracts';
import { decideTopicApplication, evolveTopicApplication, initialTopicApplicationState, topicApplicationIdFor, type TopicApplicationCommand, type TopicApplicationState } from '@od/domain';
import type { EventStore } from '@od/event-store';
import { CLOCK, clientCommandEnvelope, EVENT_STORE, handleCommand, holderIsRegistered, readPlatformConfig, type Clock } from '@od/platform';

/** C5: a user applies for a conference topic to a holder; its administrator accepts or refuses with a reason. */
@Controller()
export class TopicApplicationHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @MessagePattern(commandSubject(readPlatformConfig().subjectRoot, 'conferences', 'topic-application-action'))
  async handle(@Payload() message: Verified<TopicApplicationActionMessage>): Promise<CommandReply<ConferenceCommandReply>> {
    const now = this.clock.now();
    const action = message.data;
    const applying = action.action === 'apply';
    const applicationId = applying ? topicApplicationIdFor(message.commandId) : (message.applicationId as string);
    const context = {
      now,
      calendar: kzCalendar,
      actor: { kind: message.actor.kind, id: message.actor.id, holderId: message.staff.holderId, staffRoles: message.staff.staffRoles, phoneVerified: message.account.phoneVerified },
    };
    let command: TopicApplicationCommand;
    switch (action.action) {
      case 'apply':
        command = {
          type: 'ApplyForConferenceTopic',
          data: { applicationId, holderId: action.holderId, topic: action.topic, text: action.text, language: action.language },
          context: { ...context, holderExists: await holderIsRegistered(this.store, action.holderId) },
        };
        break;
      case 'accept':
        command = { type: 'AcceptTopicApplication', context };
        break;
      case 'refuse':
        command = { type: 'RefuseTopicApplication', data: { reason: action.reason }, context };
        break;
      default: {
        const unknownAction: never = action;
        return unknownAction;
      }
    }
    const outcome = await handleCommand<TopicApplicationState, TopicApplicationEvent, string>(this.store, {
      streamId: topicApplicationStream(applicationId),
      expected: applying ? 'any' : 'existing',
      initialState: initialTopicApplicationState,
      evolve: evolveTopicApplication,
      decide: (state) => decideTopicApplication(command, state),
      command: clientCommandEnvelope(message, now, command.type),
      holderId: (event) => event.data.holderId,
    });
    if (!outcome.ok) {
      if (outcome.rejection.code === 'stream_not_found') return { ok: false, rejection: { code: 'topic_application_not_found', message: `No topic application ${applicationId}` } };
      return { ok: false, rejection: outcome.rejection };
    }
    return { ok: true, position: outcome.position, applicationId };
  }
}
