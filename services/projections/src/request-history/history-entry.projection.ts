import { REQUEST_EVENT_TYPES, type ClockEvent, type RequestEvent } from '@od/contracts';
import { formatPosition, type RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import { isClockFact } from '../clocks/clock-view.projection';
import { HistoryEntryEntity } from './history-entry.entity';
import { summarize } from './history-summary';

const requestEventTypes = new Set<string>(REQUEST_EVENT_TYPES);

/** A request's own facts, and the clock facts of the request (not those of conferences or surveys). */
function isHistoryFact(event: RecordedEvent): event is RecordedEvent<RequestEvent | ClockEvent> {
  return requestEventTypes.has(event.type) || (isClockFact(event) && event.data.subject.kind === 'request');
}

/** The history row a request or clock fact makes; pure. */
export function historyEntryOf(event: RecordedEvent<RequestEvent | ClockEvent>): HistoryEntryEntity {
  const entry = new HistoryEntryEntity();
  entry.eventId = event.metadata.eventId;
  entry.requestId = isClockFact(event) ? event.data.subject.id : event.data.requestId;
  entry.position = formatPosition(event.position);
  entry.positionTx = event.position.transactionId.toString();
  entry.positionSeq = event.position.sequence.toString();
  entry.type = event.type;
  entry.holderId = (isClockFact(event) ? event.data.subject.holderId : event.data.holderId) ?? null;
  entry.occurredAt = new Date(event.metadata.occurredAt);
  entry.summary = summarize(event);
  return entry;
}

export async function projectHistoryEntry(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (!isHistoryFact(event)) return;
  // Inserted once per fact: a fact folded again (a rebuild racing nothing, or a replay) leaves one row.
  await manager.getRepository(HistoryEntryEntity).upsert(historyEntryOf(event), ['eventId']);
}
