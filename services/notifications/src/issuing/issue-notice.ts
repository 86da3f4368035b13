import { noticeStream, type EventMetadata, type EventToAppend, type NoticeIssued, type RequestEvent } from '@od/contracts';
import { actInstant, ID_NAMESPACE_REGISTRY, uuidV5 } from '@od/domain';
import type { EventStore, RecordedEvent } from '@od/event-store';
import type { RequestAuthor } from '../authors/request-authors';
import { renderNotice } from './render-notice';

/** Fixed forever: a notice's id is derived from the id of the fact it tells of. */
export const NOTICE_ID_NAMESPACE = ID_NAMESPACE_REGISTRY.notice;

export function noticeIdFor(causingEventId: string): string {
  return uuidV5(causingEventId, NOTICE_ID_NAMESPACE);
}

/** What a notice says and whom it concerns; the rest of the fact is derived from the fact that caused it. */
export type NoticeContent = Omit<NoticeIssued['data'], 'noticeId' | 'causedByEventId' | 'issuedAt'>;

/**
 * The NoticeIssued a fact causes: its id derived from the causing fact's (so it is issued once; a fact told to
 * several recipients derives one id per recipient), issued by
 * the notifications service, under no holder (a user's notices are not an agency's facts: `_platform`).
 */
export function noticeIssuedBy(
  cause: RecordedEvent,
  content: NoticeContent,
  now: Date,
  noticeId = noticeIdFor(cause.metadata.eventId),
): EventToAppend<NoticeIssued> {
  const metadata: EventMetadata = {
    eventId: noticeId,
    commandId: noticeId,
    correlationId: cause.metadata.correlationId,
    causationId: cause.metadata.eventId,
    actor: { kind: 'system', id: 'notifications' },
    occurredAt: now.toISOString(),
  };
  return {
    type: 'NoticeIssued',
    schemaVersion: 1,
    data: { noticeId, ...content, causedByEventId: cause.metadata.eventId, issuedAt: now.toISOString() },
    metadata,
  };
}

/** The NoticeIssued a fact makes for its request's author, or undefined; pure (time is an input). */
export function noticeFor(fact: RecordedEvent<RequestEvent>, author: RequestAuthor, now: Date): EventToAppend<NoticeIssued> | undefined {
  const rendered = renderNotice(fact, author.subject, author.language);
  if (!rendered) return undefined;
  return noticeIssuedBy(
    fact,
    {
      userId: author.authorId,
      kind: rendered.kind,
      requestId: fact.data.requestId,
      language: author.language,
      title: rendered.text.title,
      body: rendered.text.body,
      factAt: actInstant(fact),
    },
    now,
  );
}

/**
 * Appends the notice to `notice-<authorId>`. Its event id is the notice id, derived from the causing fact,
 * so a redelivery or a second instance appends nothing new (the store answers `alreadyAppended`).
 */
export async function issueNotice(store: EventStore, notice: EventToAppend<NoticeIssued>): Promise<{ alreadyIssued: boolean }> {
  const result = await store.appendToStream(noticeStream(notice.data.userId), [notice], { expectedVersion: 'any' });
  return { alreadyIssued: result.alreadyAppended };
}
