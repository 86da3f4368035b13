import type { DomainEvent, EventMetadata } from '@od/contracts';
import { parsePosition, type RecordedEvent } from '@od/event-store';

/** The relay's JSON body of a fact, with its position back as a GlobalPosition. */
interface PublishedEvent extends DomainEvent {
  readonly metadata: EventMetadata;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly position: string;
  readonly recordedAt: string;
}

export function decodePublishedEvent(body: string): RecordedEvent {
  const published = JSON.parse(body) as PublishedEvent;
  return { ...published, position: parsePosition(published.position) };
}
