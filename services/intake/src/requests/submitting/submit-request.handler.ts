import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { commandSubject, requestStream, type SubmitRequestMessage, type SubmitRequestReply } from '@od/contracts';
import { decideRequest, evolveRequest, findSeededHolder, ID_NAMESPACES, initialRequestState, uuidV5 } from '@od/domain';
import type { EventStore } from '@od/event-store';
import { CLOCK, EVENT_STORE, handleCommand, readPlatformConfig, type Clock } from '@od/platform';

export const SUBMIT_REQUEST_SUBJECT = commandSubject(readPlatformConfig().subjectRoot, 'intake', 'submit-request');

@Controller()
export class SubmitRequestHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @MessagePattern(SUBMIT_REQUEST_SUBJECT)
  async submit(@Payload() message: SubmitRequestMessage): Promise<SubmitRequestReply> {
    // The request id is derived from the command id, so a retried command lands on the same stream.
    const requestId = uuidV5(message.commandId, ID_NAMESPACES.request);
    const now = this.clock.now();
    const author = { kind: message.actor.kind === 'organisation' ? 'organisation' : 'citizen', id: message.actor.id } as const;
    const outcome = await handleCommand(this.store, {
      streamId: requestStream(requestId),
      expected: 'new',
      initialState: initialRequestState,
      evolve: evolveRequest,
      decide: (state) =>
        decideRequest(
          { type: 'SubmitRequest', data: { requestId, author, ...message.data }, context: { now, holderExists: findSeededHolder(message.data.holderId) !== undefined } },
          state,
        ),
      command: { commandId: message.commandId, correlationId: message.correlationId, causationId: message.commandId, actor: message.actor, now },
      holderId: message.data.holderId,
    });
    return outcome.ok ? { ok: true, requestId, position: outcome.position } : outcome;
  }
}
