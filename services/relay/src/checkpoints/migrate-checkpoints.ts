import { runSqlMigrations, sqlMigrationsIn } from '@od/event-store';

/** `NNN_name.sql`, applied in order; add the next number, never edit one that has shipped. */
const RELAY_MIGRATIONS = 'services/relay/src/checkpoints/migrations';
/** The ids the earlier `<version>-<name>` numbering recorded: they count as applied. */
const PREVIOUS_IDS = { '001_create_checkpoints': '0001-create-checkpoints' };

/**
 * Applies the relay's migrations to schema `relay`, each once, in `relay.schema_migrations` (what the
 * earlier `relay.migrations` recorded counts as applied). Safe when several instances start together.
 */
export async function migrateCheckpoints(connectionString: string): Promise<string[]> {
  return runSqlMigrations(connectionString, {
    schema: 'relay',
    lockKey: 'od.relay.migrate',
    applicationName: 'od-relay-migrate',
    migrations: sqlMigrationsIn(RELAY_MIGRATIONS, { previousIds: PREVIOUS_IDS }),
    legacyVersionTable: 'migrations',
  });
}
