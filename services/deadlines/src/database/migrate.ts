import { runSqlMigrations, sqlMigrationsIn } from '@od/event-store';

/** `NNN_name.sql`, applied in order; add the next number, never edit one that has shipped. */
const MIGRATIONS = 'services/deadlines/src/database/migrations';

export const DEADLINES_SCHEMA = 'deadlines';

/** Applies the missing migrations, each in its own transaction; instances starting together queue on a lock. */
export async function migrateDeadlines(connectionString: string, schema = DEADLINES_SCHEMA): Promise<void> {
  await runSqlMigrations(connectionString, {
    schema,
    lockKey: `od.deadlines.migrate:${schema}`,
    applicationName: 'od-deadlines-migrate',
    migrations: sqlMigrationsIn(MIGRATIONS).map((migration) => ({ ...migration, sql: migration.sql.replaceAll('__schema__', schema) })),
  });
}
