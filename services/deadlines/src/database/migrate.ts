import { Client } from 'pg';
import { MIGRATIONS } from './migrations';

export const DEADLINES_SCHEMA = 'deadlines';

/** Applies the missing migrations, each in its own transaction; instances starting together queue on a lock. */
export async function migrateDeadlines(connectionString: string, schema = DEADLINES_SCHEMA): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtextextended('od.deadlines.migrate:' || $1, 0))`, [schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM ${schema}.schema_migrations`);
    const applied = new Set(rows.map((row) => row.id));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.id)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql(schema));
        await client.query(`INSERT INTO ${schema}.schema_migrations (id) VALUES ($1)`, [migration.id]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query(`SELECT pg_advisory_unlock(hashtextextended('od.deadlines.migrate:' || $1, 0))`, [schema]).catch(() => undefined);
    await client.end();
  }
}
