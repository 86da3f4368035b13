import type { RecordedEvent } from '@od/event-store';
import type { Pool } from 'pg';
import { applyFact, type FoldContext } from './apply-fact';
import { loadCalendar } from './calendar-versions';
import { isAfter, lockCheckpoint, saveCheckpoint, type Checkpoint } from './checkpoint';

export interface DeliveredEvent {
  readonly event: RecordedEvent;
  readonly streamSequence: number;
}

export interface FoldResult {
  /** Delivered facts now reflected in the clocks (now or before): ack them. */
  readonly settled: number;
  /** The first fact after a gap; it and the rest wait for the missing one's redelivery. */
  readonly stoppedAtGap: boolean;
  readonly checkpoint: Checkpoint;
}

/**
 * Folds a batch into the clocks and moves the checkpoint in one transaction (the pattern of
 * services/projections): a redelivered fact changes nothing, a fact after a missing one waits.
 */
export async function foldBatch(pool: Pool, batch: readonly DeliveredEvent[], context: Omit<FoldContext, 'calendar'>): Promise<FoldResult> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    let checkpoint = await lockCheckpoint(client);
    // Read after the lock: another instance may have folded a calendar version a moment ago.
    const fold: FoldContext = { ...context, calendar: await loadCalendar(client) };
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
      await applyFact(client, event, fold);
      checkpoint = { position: event.position, streamSequence };
      settled += 1;
    }
    await saveCheckpoint(client, checkpoint);
    await client.query('COMMIT');
    return { settled, stoppedAtGap, checkpoint };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
