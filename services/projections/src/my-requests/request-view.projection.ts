import { REQUEST_EVENT_TYPES, type RequestEvent } from '@od/contracts';
import { type RequestStatus } from '@od/domain';
import { formatPosition, type RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import { RequestViewEntity } from './request-view.entity';

function copy(view: RequestViewEntity): RequestViewEntity {
  return Object.assign(new RequestViewEntity(), view, { redirects: [...view.redirects] });
}

/**
 * The view's next state from its current one and a fact: pure, so live and rebuilt tables agree.
 * A fact about a request the view does not know (its submission not folded) changes nothing.
 */
export function evolveRequestView(view: RequestViewEntity | null, event: RecordedEvent<RequestEvent>): RequestViewEntity | null {
  if (event.type === 'RequestSubmitted') {
    const next = new RequestViewEntity();
    next.requestId = event.data.requestId;
    next.holderId = event.data.holderId;
    next.authorKind = event.data.author.kind;
    next.authorId = event.data.author.id;
    next.subject = event.data.subject;
    next.text = event.data.text;
    next.language = event.data.language;
    next.status = 'received';
    next.submittedAt = new Date(event.data.submittedAt);
    next.receivedAt = new Date(event.data.submittedAt);
    next.statusChangedAt = new Date(event.data.submittedAt);
    next.redirects = [];
    next.acceptedAt = null;
    next.answerText = null;
    next.answeredAt = null;
    next.reasonCode = null;
    next.reasonText = null;
    next.extendedDays = null;
    next.rating = null;
    next.ratingReason = null;
    next.position = formatPosition(event.position);
    return next;
  }
  if (!view) return null;
  const next = copy(view);
  next.position = formatPosition(event.position);
  const status = (value: RequestStatus, at: string) => {
    next.status = value;
    next.statusChangedAt = new Date(at);
  };
  switch (event.type) {
    case 'RequestReceived':
      next.holderId = event.data.holderId;
      next.receivedAt = new Date(event.data.receivedAt);
      next.acceptedAt = null;
      status('received', event.data.receivedAt);
      return next;
    case 'RequestAccepted':
      next.acceptedAt = new Date(event.data.acceptedAt);
      status('accepted', event.data.acceptedAt);
      return next;
    case 'RequestRedirected':
      // Not a status of its own: the `RequestReceived` appended with it makes the request `received` anew (R2).
      next.redirects.push({
        fromHolderId: event.data.holderId,
        toHolderId: event.data.toHolderId,
        reason: event.data.reason,
        redirectedAt: event.data.redirectedAt,
      });
      return next;
    case 'RequestReturned':
      next.reasonCode = event.data.reasonCode;
      next.reasonText = event.data.reasonText;
      status('returned', event.data.returnedAt);
      return next;
    case 'RequestAnswered':
      next.answerText = event.data.text;
      next.answeredAt = new Date(event.data.answeredAt);
      status('answered', event.data.answeredAt);
      return next;
    case 'RequestRefused':
      next.reasonCode = event.data.groundCode;
      next.reasonText = event.data.reasonText;
      status('refused', event.data.refusedAt);
      return next;
    case 'DeadlineExtended':
      next.extendedDays = event.data.days;
      return next;
    case 'AnswerRated':
      next.rating = event.data.rating;
      next.ratingReason = event.data.reason ?? null;
      return next;
    case 'AnswerDrafted':
    case 'ExtensionNoticeSent':
      // Internal to the agency, or told by its own notice: the author's view only moves its position.
      return next;
    default: {
      const unknownEvent: never = event;
      void unknownEvent;
      return view;
    }
  }
}

const requestEventTypes = new Set<string>(REQUEST_EVENT_TYPES);

export async function projectRequestView(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (!requestEventTypes.has(event.type)) return;
  const requestEvent = event as RecordedEvent<RequestEvent>;
  const repository = manager.getRepository(RequestViewEntity);
  const current = await repository.findOneBy({ requestId: requestEvent.data.requestId });
  const next = evolveRequestView(current, requestEvent);
  if (next) await repository.save(next);
}
