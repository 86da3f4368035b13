import { runSqlMigrations } from './run-sql-migrations';
import { sqlMigrationsIn } from './sql-migration-files';
import { sqlNames } from './sql-names';

/** `NNN_name.sql`, applied in order; add the next number, never edit one that has shipped. */
export const EVENT_STORE_MIGRATIONS = 'libs/event-store/src/postgres/migrations';

export interface MigrateEventStoreOptions {
  readonly connectionString: string;
  /** Defaults to `event_store`. */
  readonly schema?: string;
}

/**
 * Brings the store's schema up to date: applies, in order and each in its own transaction, the migrations
 * not yet recorded in `<schema>.schema_migrations`. Safe to run from several processes at once: they queue
 * on a session advisory lock keyed by the schema name, and the later ones find nothing left to do.
 */
export async function migrateEventStore(options: MigrateEventStoreOptions): Promise<void> {
  const names = sqlNames(options.schema);
  await runSqlMigrations(options.connectionString, {
    schema: names.schemaName,
    lockKey: `od.event-store.migrate:${names.schemaName}`,
    applicationName: 'od-event-store-migrate',
    migrations: sqlMigrationsIn(EVENT_STORE_MIGRATIONS).map((migration) => ({ ...migration, sql: migration.sql.replaceAll('__schema__', names.schema) })),
  });
}
