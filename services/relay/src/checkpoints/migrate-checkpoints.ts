import { runSqlMigrations } from '@od/event-store';
import { RELAY_MIGRATIONS } from './migrations';

/**
 * Applies the relay's migrations to schema `relay`, each once, in `relay.schema_migrations` (what the
 * earlier `relay.migrations` recorded counts as applied). Safe when several instances start together.
 */
export async function migrateCheckpoints(connectionString: string): Promise<string[]> {
  return runSqlMigrations(connectionString, {
    schema: 'relay',
    lockKey: 'od.relay.migrate',
    applicationName: 'od-relay-migrate',
    migrations: RELAY_MIGRATIONS,
    legacyVersionTable: 'migrations',
  });
}
