import { runSqlMigrations } from '@od/event-store';
import type { Pool } from 'pg';
import { NOTIFICATIONS_MIGRATIONS } from './migrations';

/**
 * Applies the service's migrations to schema `notifications`, each once, in
 * `notifications.schema_migrations` (what the earlier `notifications.migrations` recorded counts as
 * applied). Safe when several instances start together.
 */
export async function migrateNotifications(pool: Pool): Promise<string[]> {
  return runSqlMigrations(pool, {
    schema: 'notifications',
    lockKey: 'od.notifications.migrate',
    migrations: NOTIFICATIONS_MIGRATIONS,
    legacyVersionTable: 'migrations',
  });
}
