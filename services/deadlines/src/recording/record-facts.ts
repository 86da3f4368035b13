import type { EventMetadata, EventToAppend } from '@od/contracts';
import type { EventStore } from '@od/event-store';
import type { ClockFactToAppend } from '../clocks/clock-kind';

/**
 * Appends each clock fact to its stream (`deadline-`, `conferencedeadline-`, `surveydeadline-<subject>`) on
 * its own, with `expectedVersion: 'any'`: the ids are deterministic, so appending a fact the store already
 * holds returns the first result and writes nothing (a retry after a crash, or another instance that got
 * there first). One fact per append keeps every append an exact retry of an earlier one or a new write,
 * never a mix the store would refuse.
 */
export async function recordClockFacts(
  store: EventStore,
  facts: readonly ClockFactToAppend[],
  cause: { readonly correlationId: string; readonly causationId: string },
): Promise<number> {
  let written = 0;
  for (const fact of facts) {
    const metadata: EventMetadata = {
      eventId: fact.eventId,
      commandId: fact.eventId,
      correlationId: cause.correlationId,
      causationId: cause.causationId,
      actor: { kind: 'system', id: 'deadlines' },
      holderId: fact.holderId,
      occurredAt: fact.occurredAt,
    };
    const result = await store.appendToStream(fact.streamId, [{ ...fact.event, metadata } as EventToAppend], { expectedVersion: 'any' });
    if (!result.alreadyAppended) written += 1;
  }
  return written;
}
