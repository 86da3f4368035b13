import { START_POSITION, type EventStore, type GlobalPosition } from '@od/event-store';
import type { DataSource } from 'typeorm';
import { readModelsCheckpoint, sqlOf } from '../checkpoints/checkpoint';
import { PROJECTED_TABLES, projectEvent } from '../projections';

export interface RebuildResult {
  readonly events: number;
  readonly position: GlobalPosition;
}

/**
 * Empties the read models and folds the whole store into them again, in one transaction: readers see
 * the old tables until the new ones are complete. The live consumer waits on the checkpoint row meanwhile
 * and then carries on after the rebuilt position.
 */
export async function rebuildReadModels(dataSource: DataSource, store: EventStore, batchSize = 1_000): Promise<RebuildResult> {
  return dataSource.transaction(async (manager) => {
    await readModelsCheckpoint.lock(sqlOf(manager));
    for (const table of PROJECTED_TABLES) await manager.query(`DELETE FROM ${table}`);
    let position = START_POSITION;
    let events = 0;
    for (;;) {
      const page = await store.readAll({ fromPosition: position, maxCount: batchSize });
      for (const event of page) await projectEvent(manager, event);
      events += page.length;
      if (page.length > 0) position = page[page.length - 1].position;
      if (page.length < batchSize) break;
    }
    // The JetStream sequence of `position` is not known from the store: the consumer re-learns it.
    await readModelsCheckpoint.save(sqlOf(manager), { position, streamSequence: null });
    return { events, position };
  });
}
