import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { commandSubject, type CommandReply, type RequestActionMessage, type ResponseAction, type Verified } from '@od/contracts';
import { idFromClientCommand, type RequestCommand } from '@od/domain';
import type { EventStore } from '@od/event-store';
import { CLOCK, EVENT_STORE, handleRequestCommand, holderIsRegistered, readPlatformConfig, requestActorOf, type Clock } from '@od/platform';

/** R4–R7: drafts and answers, the one extension, reasoned refusals, and the author's rating. */
@Controller()
export class RespondToRequestHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @MessagePattern(commandSubject(readPlatformConfig().subjectRoot, 'response', 'request-action'))
  async handle(@Payload() message: Verified<RequestActionMessage<ResponseAction>>): Promise<CommandReply<{ position: string }>> {
    const now = this.clock.now();
    const context = { now, actor: requestActorOf(message) };
    const action = message.data;
    let command: RequestCommand;
    switch (action.action) {
      case 'draft':
        // The draft id comes from the command id, so a retried draft is the same draft.
        command = { type: 'DraftAnswer', data: { draftId: idFromClientCommand('draft', message.commandId), text: action.text }, context };
        break;
      case 'answer':
        command = { type: 'AnswerRequest', data: { text: action.text, draftId: action.draftId }, context };
        break;
      case 'extend': {
        const known = await Promise.all(action.otherHolderIds.map(async (id) => ((await holderIsRegistered(this.store, id)) ? id : undefined)));
        command = {
          type: 'ExtendDeadline',
          data: { days: action.days, otherHolderIds: action.otherHolderIds, reason: action.reason },
          context: { ...context, knownHolderIds: known.filter((id): id is string => id !== undefined) },
        };
        break;
      }
      case 'refuse':
        command = { type: 'RefuseRequest', data: { groundCode: action.groundCode, reasonText: action.reasonText }, context };
        break;
      case 'rate':
        command = { type: 'RateAnswer', data: { rating: action.rating, reason: action.reason }, context };
        break;
      default: {
        const unknownAction: never = action;
        return unknownAction;
      }
    }
    return handleRequestCommand(this.store, message, command, now);
  }
}
