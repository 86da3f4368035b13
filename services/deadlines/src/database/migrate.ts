import { runSqlMigrations } from '@od/event-store';
import { MIGRATIONS } from './migrations';

export const DEADLINES_SCHEMA = 'deadlines';

/** Applies the missing migrations, each in its own transaction; instances starting together queue on a lock. */
export async function migrateDeadlines(connectionString: string, schema = DEADLINES_SCHEMA): Promise<void> {
  await runSqlMigrations(connectionString, {
    schema,
    lockKey: `od.deadlines.migrate:${schema}`,
    applicationName: 'od-deadlines-migrate',
    migrations: MIGRATIONS.map((migration) => ({ id: migration.id, sql: migration.sql(schema) })),
  });
}
