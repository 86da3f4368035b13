import { comparePositions, START_POSITION, type EventStore, type GlobalPosition } from '@od/event-store';
import type { DataSource } from 'typeorm';
import { readModelsCheckpoint, sqlOf } from '../checkpoints/checkpoint';
import { PROJECTED_TABLES, projectEvent, type ReadModelProjection } from '../projections';

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

/**
 * Rebuilds some read models alone, up to where the live consumer has folded the others: in one transaction
 * that holds the (shared) checkpoint row, their tables are emptied and the store is folded into them from
 * the start to the checkpoint's position, which does not move. The live consumer waits on the row meanwhile
 * and then carries on for every read model from the same position, so the rebuilt ones never miss or repeat
 * a fact. Each projection writes only its own tables and reads no other's, which is what makes this sound.
 */
export async function rebuildSomeReadModels(
  dataSource: DataSource,
  store: EventStore,
  projections: readonly ReadModelProjection[],
  batchSize = 1_000,
): Promise<RebuildResult> {
  return dataSource.transaction(async (manager) => {
    const checkpoint = await readModelsCheckpoint.lock(sqlOf(manager));
    for (const table of projections.flatMap((projection) => projection.tables)) await manager.query(`DELETE FROM ${table}`);
    let position = START_POSITION;
    let events = 0;
    for (;;) {
      const page = (await store.readAll({ fromPosition: position, maxCount: batchSize })).filter(
        (event) => comparePositions(event.position, checkpoint.position) <= 0,
      );
      for (const event of page) await projectEvent(manager, event, projections);
      events += page.length;
      if (page.length > 0) position = page[page.length - 1].position;
      if (page.length < batchSize) break;
    }
    return { events, position };
  });
}
