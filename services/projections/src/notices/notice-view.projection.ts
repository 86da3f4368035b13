import type { NoticeIssued } from '@od/contracts';
import { formatPosition, type RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import { NoticeViewEntity } from './notice-view.entity';

/** The row a NoticeIssued makes; pure. */
export function noticeViewOf(event: RecordedEvent<NoticeIssued>): NoticeViewEntity {
  return Object.assign(new NoticeViewEntity(), {
    noticeId: event.data.noticeId,
    userId: event.data.userId,
    kind: event.data.kind,
    requestId: event.data.requestId ?? null,
    applicationId: event.data.applicationId ?? null,
    language: event.data.language,
    title: event.data.title,
    body: event.data.body,
    causedByEventId: event.data.causedByEventId,
    factAt: event.data.factAt ? new Date(event.data.factAt) : null,
    dueAt: event.data.dueAt ? new Date(event.data.dueAt) : null,
    clock: event.data.clock ?? null,
    texts: event.data.texts ?? null,
    issuedAt: new Date(event.data.issuedAt),
    position: formatPosition(event.position),
  });
}

export async function projectNoticeView(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (event.type !== 'NoticeIssued') return;
  await manager.getRepository(NoticeViewEntity).upsert(noticeViewOf(event as RecordedEvent<NoticeIssued>), ['noticeId']);
}
