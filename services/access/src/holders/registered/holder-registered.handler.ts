import { Controller, Inject } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { holderRegistered, type HolderRegisteredQuery, type HolderRegisteredReply } from '@od/contracts';
import type { EventStore } from '@od/event-store';
import { Answers, EVENT_STORE, holderIsRegistered } from '@od/platform';

/** Whether a holder is in the registry, read from the store: the gateway refuses a staff token naming one that is not. */
@Controller()
export class HolderRegisteredHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Answers(holderRegistered)
  async registered(@Payload() query: HolderRegisteredQuery): Promise<HolderRegisteredReply> {
    return { registered: typeof query?.holderId === 'string' && (await holderIsRegistered(this.store, query.holderId)) };
  }
}
