import type { DomainEvent, EventMetadata } from '@od/contracts';
import { parsePosition, type RecordedEvent } from '@od/event-store';

/** The relay's JSON body of a fact: a recorded event with its position formatted. */
interface PublishedFact extends DomainEvent {
  readonly metadata: EventMetadata;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly position: string;
  readonly recordedAt: string;
}

/** A fact as the relay published it, with its position back as a GlobalPosition. */
export function decodePublishedFact(body: string): RecordedEvent {
  const published = JSON.parse(body) as PublishedFact;
  return { ...published, position: parsePosition(published.position) };
}
