import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { commandSubject, type CommandReply, type ModerationAction, type RequestActionMessage, type Verified } from '@od/contracts';
import type { RequestCommand } from '@od/domain';
import type { EventStore } from '@od/event-store';
import { CLOCK, EVENT_STORE, handleRequestCommand, holderIsRegistered, readPlatformConfig, requestActorOf, type Clock } from '@od/platform';

/** R2, R3: accept, redirect to the competent holder, or return under Article 11. */
@Controller()
export class ModerateRequestHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @MessagePattern(commandSubject(readPlatformConfig().subjectRoot, 'moderation', 'request-action'))
  async handle(@Payload() message: Verified<RequestActionMessage<ModerationAction>>): Promise<CommandReply<{ position: string }>> {
    const now = this.clock.now();
    const context = { now, actor: requestActorOf(message) };
    const action = message.data;
    let command: RequestCommand;
    switch (action.action) {
      case 'accept':
        command = { type: 'AcceptRequest', context };
        break;
      case 'redirect': {
        const known = await holderIsRegistered(this.store, action.toHolderId);
        command = { type: 'RedirectRequest', data: { toHolderId: action.toHolderId, reason: action.reason }, context: { ...context, knownHolderIds: known ? [action.toHolderId] : [] } };
        break;
      }
      case 'return':
        command = { type: 'ReturnRequest', data: { reasonCode: action.reasonCode, reasonText: action.reasonText }, context };
        break;
      default: {
        const unknownAction: never = action;
        return unknownAction;
      }
    }
    return handleRequestCommand(this.store, message, command, now);
  }
}
