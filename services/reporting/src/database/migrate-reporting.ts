import { runSqlMigrations, sqlMigrationsIn } from '@od/event-store';
import type { Pool } from 'pg';

/** `NNN_name.sql`, applied in order; add the next number, never edit one that has shipped. */
const REPORTING_MIGRATIONS = 'services/reporting/src/database/migrations';

/** Applies the service's migrations to schema `reporting`, each once; safe when several instances start together. */
export async function migrateReporting(pool: Pool): Promise<string[]> {
  return runSqlMigrations(pool, { schema: 'reporting', lockKey: 'od.reporting.migrate', migrations: sqlMigrationsIn(REPORTING_MIGRATIONS) });
}
