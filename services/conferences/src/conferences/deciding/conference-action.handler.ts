import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { kzCalendar } from '@od/calendar';
import { commandSubject, conferenceStream, type ConferenceActionMessage, type ConferenceCommandReply, type ConferenceEvent, type CommandReply, type Verified } from '@od/contracts';
import { conferenceIdFor, decideConference, evolveConference, initialConferenceState, questionIdFor, type ConferenceCommand, type ConferenceState } from '@od/domain';
import type { EventStore } from '@od/event-store';
import { CLOCK, clientCommandEnvelope, EVENT_STORE, handleCommand, readPlatformConfig, type Clock } from '@od/platform';

/**
 * Every action on a conference: the gateway's message becomes the decider's command; the conference id
 * (filling) and the question id (asking) derive from the client's command id, so a retry lands on the same.
 */
@Controller()
export class ConferenceActionHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @MessagePattern(commandSubject(readPlatformConfig().subjectRoot, 'conferences', 'conference-action'))
  async handle(@Payload() message: Verified<ConferenceActionMessage>): Promise<CommandReply<ConferenceCommandReply>> {
    const now = this.clock.now();
    const filling = message.data.action === 'fill';
    const conferenceId = filling ? conferenceIdFor(message.commandId) : (message.conferenceId as string);
    const holderId = message.staff.holderId;
    const context = {
      now,
      calendar: kzCalendar,
      actor: { kind: message.actor.kind, id: message.actor.id, holderId, staffRoles: message.staff.staffRoles, phoneVerified: message.account.phoneVerified },
    };
    const action = message.data;
    let command: ConferenceCommand;
    let questionId: string | undefined;
    switch (action.action) {
      case 'fill':
        command = { type: 'FillConferenceTemplate', data: { conferenceId, holderId: holderId ?? '', template: action.template }, context };
        break;
      case 'revise':
        command = { type: 'ReviseConferenceTemplate', data: { template: action.template }, context };
        break;
      case 'submit':
        command = { type: 'SubmitConferenceTemplate', context };
        break;
      case 'approve':
        command = { type: 'ApproveConference', context };
        break;
      case 'return':
        command = { type: 'ReturnConferenceTemplate', data: { reason: action.reason }, context };
        break;
      case 'announce':
        command = { type: 'AnnounceConference', data: { url: action.url, announcedAt: action.announcedAt }, context };
        break;
      case 'ask':
        questionId = questionIdFor(message.commandId);
        command = { type: 'AskConferenceQuestion', data: { questionId, text: action.text }, context };
        break;
      case 'answer':
        command = { type: 'AnswerConferenceQuestion', data: { questionId: action.questionId, text: action.text }, context };
        break;
      case 'close':
        command = { type: 'CloseConference', context };
        break;
      default: {
        const unknownAction: never = action;
        return unknownAction;
      }
    }
    const outcome = await handleCommand<ConferenceState, ConferenceEvent, string>(this.store, {
      streamId: conferenceStream(conferenceId),
      expected: filling ? 'any' : 'existing',
      initialState: initialConferenceState,
      evolve: evolveConference,
      decide: (state) => decideConference(command, state),
      command: clientCommandEnvelope(message, now, command.type),
      holderId: (event) => event.data.holderId,
    });
    if (!outcome.ok) {
      if (outcome.rejection.code === 'stream_not_found') return { ok: false, rejection: { code: 'conference_not_found', message: `No conference ${conferenceId}` } };
      return { ok: false, rejection: outcome.rejection };
    }
    return { ok: true, position: outcome.position, conferenceId, ...(questionId ? { questionId } : {}) };
  }
}
