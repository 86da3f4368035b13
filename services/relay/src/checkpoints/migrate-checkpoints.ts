import { Client } from 'pg';
import { MIGRATIONS_LOCK } from '../standby/advisory-locks';
import { RELAY_MIGRATIONS } from './migrations';

/**
 * Applies the relay's migrations to schema `relay`. Safe when several instances start together: each
 * runs in one transaction holding a transaction-level advisory lock, so the second waits and then
 * finds nothing left to do.
 */
export async function migrateCheckpoints(connectionString: string): Promise<number[]> {
  const client = new Client({ connectionString, application_name: 'od-relay-migrate' });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...MIGRATIONS_LOCK]);
    await client.query('CREATE SCHEMA IF NOT EXISTS relay');
    await client.query(
      'CREATE TABLE IF NOT EXISTS relay.migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM relay.migrations');
    const applied = new Set(rows.map((row) => row.version));
    const ran: number[] = [];
    for (const migration of RELAY_MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO relay.migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      ran.push(migration.version);
    }
    await client.query('COMMIT');
    return ran;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
