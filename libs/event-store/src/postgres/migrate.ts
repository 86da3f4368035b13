import { migrations } from './migrations';
import { runSqlMigrations } from './run-sql-migrations';
import { sqlNames } from './sql-names';

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
    migrations: migrations.map((migration) => ({ id: migration.id, sql: migration.sql.replaceAll('__schema__', names.schema) })),
  });
}
