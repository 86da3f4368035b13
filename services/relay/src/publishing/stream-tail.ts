import type { JetStreamManager } from '@nats-io/jetstream';
import { HEADER_MESSAGE_ID, HEADER_STORE_POSITION } from '@od/contracts';
import { isPosition, parsePosition, type GlobalPosition } from '@od/event-store';
import { UnrecoverableRelayError } from './relay-errors';

export interface StreamTail {
  /** The last message's stream sequence; 0 for an empty stream. */
  readonly sequence: number;
  /** The store position and event id of the last fact in the stream; absent when it is empty. */
  readonly last?: { readonly position: GlobalPosition; readonly eventId: string };
}

/**
 * What the relay last got into JetStream. Only the relay writes the events stream, and it writes in
 * store order with each message expecting its predecessor's id, so the stream is a prefix of the store
 * and its last message says exactly where to go on.
 */
export async function readStreamTail(jsm: JetStreamManager, streamName: string): Promise<StreamTail> {
  const { state, config } = await jsm.streams.info(streamName);
  if (state.messages === 0) return { sequence: state.last_seq };
  // Not `{ seq: last_seq }`: when the last message was deleted, `last_seq` still names it.
  const message = await jsm.streams.getMessage(streamName, { last_by_subj: config.subjects?.[0] ?? '>' });
  if (!message) throw new Error(`stream ${streamName} holds ${state.messages} messages but its last could not be read`);
  const position = message.header?.get(HEADER_STORE_POSITION);
  const eventId = message.header?.get(HEADER_MESSAGE_ID);
  if (!isPosition(position) || !eventId) {
    throw new UnrecoverableRelayError(
      `message ${message.seq} of ${streamName} (${message.subject}) lacks ${HEADER_STORE_POSITION}/${HEADER_MESSAGE_ID}: something other than the relay publishes to the events subjects`,
    );
  }
  return { sequence: message.seq, last: { position: parsePosition(position), eventId } };
}
