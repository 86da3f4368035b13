import type { Pool } from 'pg';
import type { SqlNames } from './sql-names';

/** What every operation of the PostgreSQL adapter needs. */
export interface PostgresContext {
  readonly pool: Pool;
  readonly names: SqlNames;
}
