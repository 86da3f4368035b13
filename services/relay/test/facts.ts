import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '@od/contracts';

/** A fact for relay tests: only what the relay reads matters (ids, holder, type). */
export function aFact(options: { holderId?: string; type?: string; n?: number } = {}): EventToAppend {
  const id = randomUUID();
  return {
    type: options.type ?? 'RequestSubmitted',
    schemaVersion: 1,
    data: { n: options.n ?? 0, text: 'Please repair the street lights on Abay avenue' },
    metadata: {
      eventId: id,
      commandId: id,
      correlationId: id,
      causationId: id,
      actor: { kind: 'citizen', id: '900101300123' },
      ...(options.holderId === undefined ? {} : { holderId: options.holderId }),
      occurredAt: new Date().toISOString(),
    },
  };
}
