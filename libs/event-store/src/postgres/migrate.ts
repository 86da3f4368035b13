import { Client } from 'pg';
import { migrations, type Migration } from './migrations';
import { sqlNames } from './sql-names';

export interface MigrateEventStoreOptions {
  readonly connectionString: string;
  /** Defaults to `event_store`. */
  readonly schema?: string;
}

/**
 * Brings the store's schema up to date: applies, in order and each in its own transaction, the migrations
 * not yet recorded in `<schema>.schema_migrations`. Safe to run from several processes at once: they queue
 * on a session advisory lock keyed by the schema name, and the later ones find nothing left to do.
 */
export async function migrateEventStore(options: MigrateEventStoreOptions): Promise<void> {
  const names = sqlNames(options.schema);
  const client = new Client({ connectionString: options.connectionString, application_name: 'od-event-store-migrate' });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtextextended($1, 0))`, [lockKey(names.schemaName)]);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${names.schema}`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${names.migrations} (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const applied = await client.query<{ id: string }>(`SELECT id FROM ${names.migrations}`);
      const done = new Set(applied.rows.map((row) => row.id));
      for (const migration of migrations) {
        if (!done.has(migration.id)) await apply(client, migration, names.schema, names.migrations);
      }
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [lockKey(names.schemaName)]);
    }
  } finally {
    await client.end();
  }
}

function lockKey(schemaName: string): string {
  return `od.event-store.migrate:${schemaName}`;
}

async function apply(client: Client, migration: Migration, schema: string, table: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(migration.sql.replaceAll('__schema__', schema));
    await client.query(`INSERT INTO ${table} (id) VALUES ($1)`, [migration.id]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new Error(`Event store migration ${migration.id} failed: ${(error as Error).message}`, { cause: error });
  }
}
