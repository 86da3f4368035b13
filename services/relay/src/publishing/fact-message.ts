import { headers as natsHeaders, type MsgHdrs } from '@nats-io/transport-node';
import { eventSubject, HEADER_EVENT_TYPE, HEADER_STORE_POSITION, HEADER_STREAM_ID, HEADER_STREAM_VERSION, streamCategory } from '@od/contracts';
import { formatPosition, type RecordedEvent } from '@od/event-store';

/** What the bus carries for one stored fact: the whole recorded event, position as text. */
export interface FactMessage {
  readonly subject: string;
  /** `Nats-Msg-Id`: the event id, so JetStream drops a re-publication inside its duplicate window. */
  readonly msgId: string;
  readonly headers: MsgHdrs;
  readonly body: string;
}

export function factMessage(subjectRoot: string, event: RecordedEvent): FactMessage {
  const position = formatPosition(event.position);
  const headers = natsHeaders();
  headers.set(HEADER_STREAM_ID, event.streamId);
  headers.set(HEADER_STREAM_VERSION, String(event.streamVersion));
  headers.set(HEADER_STORE_POSITION, position);
  headers.set(HEADER_EVENT_TYPE, event.type);
  return {
    subject: eventSubject(subjectRoot, event.metadata.holderId, streamCategory(event.streamId), event.type),
    msgId: event.metadata.eventId,
    headers,
    body: JSON.stringify({
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: event.metadata,
      streamId: event.streamId,
      streamVersion: event.streamVersion,
      position,
      recordedAt: event.recordedAt,
    }),
  };
}
