import { REQUEST_EVENT_TYPES, type DeadlineEvent, type RequestEvent } from '@od/contracts';
import { formatPosition, type RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import { DEADLINE_EVENT_TYPES } from '../clocks/clock-view.projection';
import { HistoryEntryEntity } from './history-entry.entity';
import { summarize } from './history-summary';

const historyEventTypes = new Set<string>([...REQUEST_EVENT_TYPES, ...DEADLINE_EVENT_TYPES]);

/** The history row a request or clock fact makes; pure. */
export function historyEntryOf(event: RecordedEvent<RequestEvent | DeadlineEvent>): HistoryEntryEntity {
  const entry = new HistoryEntryEntity();
  entry.eventId = event.metadata.eventId;
  entry.requestId = event.data.requestId;
  entry.position = formatPosition(event.position);
  entry.positionTx = event.position.transactionId.toString();
  entry.positionSeq = event.position.sequence.toString();
  entry.type = event.type;
  entry.holderId = event.data.holderId ?? null;
  entry.occurredAt = new Date(event.metadata.occurredAt);
  entry.summary = summarize(event);
  return entry;
}

export async function projectHistoryEntry(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (!historyEventTypes.has(event.type)) return;
  // Inserted once per fact: a fact folded again (a rebuild racing nothing, or a replay) leaves one row.
  await manager.getRepository(HistoryEntryEntity).upsert(historyEntryOf(event as RecordedEvent<RequestEvent | DeadlineEvent>), ['eventId']);
}
