import type { RequestEvent } from '@od/contracts';
import { formatPosition, type RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import { RequestViewEntity } from './request-view.entity';

/** The view's next state from its current one and a fact: pure, so live and rebuilt tables agree. */
export function evolveRequestView(view: RequestViewEntity | null, event: RecordedEvent<RequestEvent>): RequestViewEntity | null {
  switch (event.type) {
    case 'RequestSubmitted': {
      const next = new RequestViewEntity();
      next.requestId = event.data.requestId;
      next.holderId = event.data.holderId;
      next.authorKind = event.data.author.kind;
      next.authorId = event.data.author.id;
      next.subject = event.data.subject;
      next.text = event.data.text;
      next.language = event.data.language;
      next.status = 'submitted';
      next.submittedAt = new Date(event.data.submittedAt);
      next.position = formatPosition(event.position);
      return next;
    }
    default: {
      const unknownEvent: never = event.type;
      void unknownEvent;
      return view;
    }
  }
}

const requestEventTypes = new Set<string>(['RequestSubmitted']);

export async function projectRequestView(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (!requestEventTypes.has(event.type)) return;
  const requestEvent = event as RecordedEvent<RequestEvent>;
  const repository = manager.getRepository(RequestViewEntity);
  const current = await repository.findOneBy({ requestId: requestEvent.data.requestId });
  const next = evolveRequestView(current, requestEvent);
  if (next) await repository.save(next);
}
