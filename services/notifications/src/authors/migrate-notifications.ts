import type { Pool } from 'pg';
import { NOTIFICATIONS_MIGRATIONS } from './migrations';

/** Fixed advisory lock key: instances starting together migrate one at a time. */
const MIGRATIONS_LOCK = [0x6f64, 0x6e6f74] as const;

/** Applies the service's migrations to schema `notifications`, in one transaction under an advisory lock. */
export async function migrateNotifications(pool: Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...MIGRATIONS_LOCK]);
    await client.query('CREATE SCHEMA IF NOT EXISTS notifications');
    await client.query(
      'CREATE TABLE IF NOT EXISTS notifications.migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM notifications.migrations');
    const applied = new Set(rows.map((row) => row.version));
    const ran: number[] = [];
    for (const migration of NOTIFICATIONS_MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO notifications.migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      ran.push(migration.version);
    }
    await client.query('COMMIT');
    return ran;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
