import { comparePositions, type GlobalPosition, type RecordedEvent } from '@od/event-store';
import type { Checkpoint } from './checkpoint-store';

/** A fact delivered by JetStream, decoded, with its stream sequence. */
export interface DeliveredFact<E = RecordedEvent> {
  readonly event: E;
  readonly streamSequence: number;
}

/** A message on the stream that is not a fact the relay published (no relay headers, or not decodable). */
export interface ForeignMessage {
  readonly foreign: string;
  readonly streamSequence: number;
}

export type Delivered<F> = F | ForeignMessage;

export function isForeign<F>(delivered: Delivered<F>): delivered is ForeignMessage {
  return typeof (delivered as ForeignMessage).foreign === 'string';
}

export interface BatchPlan<F extends DeliveredFact<{ position: GlobalPosition }>> {
  /** The facts after the checkpoint and before any gap, in order: fold these. */
  readonly toFold: readonly F[];
  /** Foreign messages passed over in place (in order): report them, never fold them. */
  readonly parked: readonly ForeignMessage[];
  /** Delivered messages reflected once `toFold` is folded (now or before): ack them, nak the rest. */
  readonly settled: number;
  /** A message came after a missing one; it and the rest wait for the missing one's redelivery. */
  readonly stoppedAtGap: boolean;
  /** The checkpoint once `toFold` is folded. */
  readonly checkpoint: Checkpoint;
}

/**
 * What of a batch to fold after `checkpoint`. Every stream sequence is accounted for in order, so the
 * follower never skips a fact: a message whose sequence does not follow the checkpoint's comes after a
 * missing one and waits. At its turn, a fact at or before the checkpoint's position (a redelivery, or the
 * same fact published twice) and a foreign message move the sequence on and fold nothing — one such
 * message must never stop the follower for good.
 */
export function planBatch<F extends DeliveredFact<{ position: GlobalPosition }>>(checkpoint: Checkpoint, batch: readonly Delivered<F>[]): BatchPlan<F> {
  const toFold: F[] = [];
  const parked: ForeignMessage[] = [];
  let settled = 0;
  for (const delivered of batch) {
    const sequence = delivered.streamSequence;
    if (checkpoint.streamSequence !== null && sequence <= checkpoint.streamSequence) {
      settled += 1;
      continue;
    }
    if (checkpoint.streamSequence !== null && sequence !== checkpoint.streamSequence + 1) {
      return { toFold, parked, settled, stoppedAtGap: true, checkpoint };
    }
    // After a rebuild (sequence unknown) only a folded fact teaches the sequence again.
    const passOver = (): Checkpoint => (checkpoint.streamSequence === null ? checkpoint : { ...checkpoint, streamSequence: sequence });
    if (isForeign(delivered)) {
      parked.push(delivered);
      checkpoint = passOver();
    } else if (comparePositions(delivered.event.position, checkpoint.position) <= 0) {
      checkpoint = passOver();
    } else {
      toFold.push(delivered);
      checkpoint = { position: delivered.event.position, streamSequence: sequence };
    }
    settled += 1;
  }
  return { toFold, parked, settled, stoppedAtGap: false, checkpoint };
}
