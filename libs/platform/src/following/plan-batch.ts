import { comparePositions, type GlobalPosition, type RecordedEvent } from '@od/event-store';
import type { Checkpoint } from './checkpoint-store';

/** A fact delivered by JetStream, decoded, with its stream sequence. */
export interface DeliveredFact<E = RecordedEvent> {
  readonly event: E;
  readonly streamSequence: number;
}

export interface BatchPlan<F extends DeliveredFact<{ position: GlobalPosition }>> {
  /** The facts after the checkpoint and before any gap, in order: fold these. */
  readonly toFold: readonly F[];
  /** Delivered facts reflected once `toFold` is folded (now or before): ack them, nak the rest. */
  readonly settled: number;
  /** A fact came after a missing one; it and the rest wait for the missing one's redelivery. */
  readonly stoppedAtGap: boolean;
  /** The checkpoint once `toFold` is folded. */
  readonly checkpoint: Checkpoint;
}

/**
 * What of a batch to fold after `checkpoint`: a fact at or before it (a redelivery) changes nothing; a fact
 * whose stream sequence does not follow the checkpoint's comes after a missing one and is not folded yet,
 * so the follower never skips a fact.
 */
export function planBatch<F extends DeliveredFact<{ position: GlobalPosition }>>(checkpoint: Checkpoint, batch: readonly F[]): BatchPlan<F> {
  const toFold: F[] = [];
  let settled = 0;
  for (const fact of batch) {
    if (comparePositions(fact.event.position, checkpoint.position) <= 0) {
      settled += 1;
      continue;
    }
    if (checkpoint.streamSequence !== null && fact.streamSequence !== checkpoint.streamSequence + 1) {
      return { toFold, settled, stoppedAtGap: true, checkpoint };
    }
    toFold.push(fact);
    checkpoint = { position: fact.event.position, streamSequence: fact.streamSequence };
    settled += 1;
  }
  return { toFold, settled, stoppedAtGap: false, checkpoint };
}
