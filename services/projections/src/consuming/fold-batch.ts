import type { RecordedEvent } from '@od/event-store';
import type { DataSource } from 'typeorm';
import { isAfter, lockCheckpoint, saveCheckpoint, type Checkpoint } from '../checkpoints/checkpoint';
import { projectEvent } from '../projections';

export interface DeliveredEvent {
  readonly event: RecordedEvent;
  /** JetStream stream sequence: the relay publishes each fact once, in store order, so it has no gaps. */
  readonly streamSequence: number;
}

export interface FoldResult {
  /** Delivered facts that are now reflected in the read models (folded now or before): ack them. */
  readonly settled: number;
  /** The first fact that came after a gap; it and the rest wait for the missing one's redelivery. */
  readonly stoppedAtGap: boolean;
  readonly checkpoint: Checkpoint;
}

/**
 * Folds a batch into the read models and moves the checkpoint in the same transaction: after a crash
 * either both happened or neither. A fact at or before the checkpoint (a redelivery) changes nothing;
 * a fact after a missing one is not folded yet, so the views never skip a fact.
 */
export async function foldBatch(dataSource: DataSource, batch: readonly DeliveredEvent[]): Promise<FoldResult> {
  return dataSource.transaction(async (manager) => {
    let checkpoint = await lockCheckpoint(manager);
    let settled = 0;
    let stoppedAtGap = false;
    for (const { event, streamSequence } of batch) {
      if (!isAfter(event.position, checkpoint.position)) {
        settled += 1;
        continue;
      }
      if (checkpoint.streamSequence !== null && streamSequence !== checkpoint.streamSequence + 1) {
        stoppedAtGap = true;
        break;
      }
      await projectEvent(manager, event);
      checkpoint = { position: event.position, streamSequence };
      settled += 1;
    }
    await saveCheckpoint(manager, checkpoint);
    return { settled, stoppedAtGap, checkpoint };
  });
}
