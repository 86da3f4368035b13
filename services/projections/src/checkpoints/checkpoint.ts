import { checkpointStore, type InTransaction, type Sql } from '@od/platform';
import type { DataSource, EntityManager } from 'typeorm';

/** How far the read models have folded the store, in `read_models.checkpoints`, written with the views. */
export const readModelsCheckpoint = checkpointStore({ schema: 'read_models', name: 'read-models' });

/** The checkpoint's SQL through a TypeORM manager (inside its transaction when it has one). */
export function sqlOf(manager: EntityManager): Sql {
  return async (text, params) => manager.query(text, params as unknown[] | undefined);
}

/** One read-models transaction: the projections write with the manager, the checkpoint with `sql`. */
export function readModelsTransaction(dataSource: DataSource): InTransaction<EntityManager> {
  return (work) => dataSource.transaction((manager) => work(manager, sqlOf(manager)));
}
