export * from './event-store';
export * from './global-position';
export * from './errors';
export { createPostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { migrateEventStore, type MigrateEventStoreOptions } from './postgres/migrate';
export { runSqlMigrations, type RunSqlMigrationsOptions, type SqlMigration } from './postgres/run-sql-migrations';
export { resolveMigrationsFolder, sqlMigrationsIn } from './postgres/sql-migration-files';
export {
  createPostgresHistoryImporter,
  type ImportedEvent,
  type ImportResult,
  type PostgresHistoryImporter,
  type PostgresHistoryImporterOptions,
} from './postgres/import-events';
