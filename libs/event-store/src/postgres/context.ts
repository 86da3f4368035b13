import type { Pool } from 'pg';
import type { SqlNames } from './sql-names';

/** What every operation of the PostgreSQL adapter needs. */
export interface PostgresContext {
  readonly pool: Pool;
  readonly names: SqlNames;
  /**
   * Whether an append wakes live subscriptions with NOTIFY. PostgreSQL queues notifications under one
   * lock per database at commit, so notifying appends commit one at a time: off, subscriptions find new
   * events by polling instead (at `pollIntervalMs`), and appends commit in parallel.
   */
  readonly notifyOnAppend: boolean;
}
