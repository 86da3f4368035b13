import { runSqlMigrations, sqlMigrationsIn } from '@od/event-store';
import type { Pool } from 'pg';

/** `NNN_name.sql`, applied in order; add the next number, never edit one that has shipped. */
const NOTIFICATIONS_MIGRATIONS = 'services/notifications/src/authors/migrations';
/** The ids the earlier `<version>-<name>` numbering recorded: they count as applied. */
const PREVIOUS_IDS = { '001_create_request_authors': '0001-create-request-authors', '002_create_checkpoints': '0002-create-checkpoints' };

/**
 * Applies the service's migrations to schema `notifications`, each once, in
 * `notifications.schema_migrations` (what the earlier `notifications.migrations` recorded counts as
 * applied). Safe when several instances start together.
 */
export async function migrateNotifications(pool: Pool): Promise<string[]> {
  return runSqlMigrations(pool, {
    schema: 'notifications',
    lockKey: 'od.notifications.migrate',
    migrations: sqlMigrationsIn(NOTIFICATIONS_MIGRATIONS, { previousIds: PREVIOUS_IDS }),
    legacyVersionTable: 'migrations',
  });
}
