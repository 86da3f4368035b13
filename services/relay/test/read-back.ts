import {
  HEADER_EVENT_TYPE,
  HEADER_MESSAGE_ID,
  HEADER_STORE_POSITION,
  HEADER_STREAM_ID,
  HEADER_STREAM_VERSION,
  eventSubject,
  streamCategory,
} from '@od/contracts';
import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import { formatPosition, type EventStore, type GlobalPosition, type RecordedEvent } from '@od/event-store';

export interface ReadBackMessage {
  readonly seq: number;
  readonly subject: string;
  readonly msgId: string | undefined;
  readonly headers: Record<string, string | undefined>;
  readonly body: { position: string; streamId: string; streamVersion: number; type: string; metadata: { eventId: string } };
}

/** Every message of a JetStream stream, in stream sequence order, through an ordered consumer. */
export async function readJetStream(js: JetStreamClient, jsm: JetStreamManager, streamName: string): Promise<ReadBackMessage[]> {
  const { state } = await jsm.streams.info(streamName);
  if (state.messages === 0) return [];
  const consumer = await js.consumers.get(streamName);
  const messages = await consumer.consume({ max_messages: 2_000 });
  const out: ReadBackMessage[] = [];
  for await (const message of messages) {
    const header = (name: string) => message.headers?.get(name) || undefined;
    out.push({
      seq: message.seq,
      subject: message.subject,
      msgId: header(HEADER_MESSAGE_ID),
      headers: {
        [HEADER_STREAM_ID]: header(HEADER_STREAM_ID),
        [HEADER_STREAM_VERSION]: header(HEADER_STREAM_VERSION),
        [HEADER_STORE_POSITION]: header(HEADER_STORE_POSITION),
        [HEADER_EVENT_TYPE]: header(HEADER_EVENT_TYPE),
      },
      body: message.json(),
    });
    // Not `seq >= last_seq`: a deleted last message is never delivered.
    if (message.info.pending === 0) break;
  }
  await messages.close();
  return out;
}

/** Everything the store holds, in global order. */
export async function readWholeStore(store: EventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  let fromPosition: GlobalPosition | undefined;
  for (;;) {
    const page = await store.readAll({ fromPosition, maxCount: 5_000 });
    all.push(...page);
    if (page.length < 5_000) return all;
    fromPosition = page[page.length - 1].position;
  }
}

/** What the relay must have put on the bus for `event`, in the shape of `ReadBackMessage`. */
export function expectedMessage(subjectRoot: string, event: RecordedEvent) {
  return {
    subject: eventSubject(subjectRoot, event.metadata.holderId, streamCategory(event.streamId), event.type),
    msgId: event.metadata.eventId,
    headers: {
      [HEADER_STREAM_ID]: event.streamId,
      [HEADER_STREAM_VERSION]: String(event.streamVersion),
      [HEADER_STORE_POSITION]: formatPosition(event.position),
      [HEADER_EVENT_TYPE]: event.type,
    },
    body: {
      position: formatPosition(event.position),
      streamId: event.streamId,
      streamVersion: event.streamVersion,
      type: event.type,
      metadata: event.metadata,
    },
  };
}
