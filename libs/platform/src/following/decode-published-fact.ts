import type { MsgHdrs } from '@nats-io/transport-node';
import { HEADER_MESSAGE_ID, HEADER_STORE_POSITION, HEADER_STREAM_ID, type DomainEvent, type EventMetadata } from '@od/contracts';
import { parsePosition, type RecordedEvent } from '@od/event-store';
import type { DeliveredFact, ForeignMessage } from './plan-batch';

/** The relay's JSON body of a fact: a recorded event with its position formatted. */
interface PublishedFact extends DomainEvent {
  readonly metadata: EventMetadata;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly position: string;
  readonly recordedAt: string;
}

/** What the follower needs of a delivered JetStream message. */
export interface DeliveredMessage {
  readonly seq: number;
  readonly headers?: MsgHdrs;
  string(): string;
}

/**
 * A delivered message as a fact, if the relay published it: its headers are there and agree with its body
 * (event id, stream id, store position). Anything else is foreign and says why.
 */
export function decodeDelivered(message: DeliveredMessage): DeliveredFact | ForeignMessage {
  const foreign = (why: string): ForeignMessage => ({ foreign: why, streamSequence: message.seq });
  const header = (name: string) => message.headers?.get(name) || undefined;
  const messageId = header(HEADER_MESSAGE_ID);
  const streamId = header(HEADER_STREAM_ID);
  const position = header(HEADER_STORE_POSITION);
  if (!messageId || !streamId || !position) return foreign(`missing the relay's headers (${HEADER_MESSAGE_ID}, ${HEADER_STREAM_ID}, ${HEADER_STORE_POSITION})`);
  let event: RecordedEvent;
  try {
    const published = JSON.parse(message.string()) as PublishedFact;
    if (typeof published?.type !== 'string' || typeof published.metadata?.eventId !== 'string') return foreign('the body is not a published fact');
    if (published.metadata.eventId !== messageId || published.streamId !== streamId || published.position !== position) {
      return foreign('the headers do not match the body');
    }
    event = { ...published, position: parsePosition(published.position) };
  } catch (error) {
    return foreign(`the body cannot be decoded: ${(error as Error).message}`);
  }
  return { event, streamSequence: message.seq };
}
