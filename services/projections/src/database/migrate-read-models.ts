import { runSqlMigrations, sqlMigrationsIn } from '@od/event-store';

/** `NNN_name.sql`, applied in order; add the next number, never edit one that has shipped. */
const READ_MODEL_MIGRATIONS = 'services/projections/src/database/migrations';

/** The table TypeORM recorded the migrations it ran in (its `migrationsTableName`, in the default schema). */
const TYPEORM_MIGRATIONS_TABLE = 'read_models_migrations';

/** The names TypeORM recorded these migrations under: found there, a migration counts as applied. */
const TYPEORM_NAMES = {
  '001_create_read_models': 'CreateReadModels1764000000000',
  '002_create_awp_access_views': 'CreateAwpAccessViews1764100000000',
  '003_read_models_and_notices': 'ReadModelsAndNotices1764200000000',
  '004_create_survey_views': 'CreateSurveyViews1764350000000',
  '005_create_conference_views': 'CreateConferenceViews1764450000000',
  '006_clocks_of_every_kind': 'ClocksOfEveryKind1764550000000',
  '007_redaction_marks': 'RedactionMarks1764660000000',
  '008_request_status_vocabulary': 'RequestStatusVocabulary1764770000000',
};

/**
 * Applies the read models' missing migrations to schema `read_models`, each once, recorded in
 * `read_models.schema_migrations` (what TypeORM recorded in `read_models_migrations` counts as applied); returns
 * the ids it applied. Safe when several instances (or a rebuild and the service) start together.
 */
export async function migrateReadModels(connectionString: string): Promise<string[]> {
  return runSqlMigrations(connectionString, {
    schema: 'read_models',
    lockKey: 'od.projections.migrate',
    applicationName: 'od-projections-migrate',
    migrations: sqlMigrationsIn(READ_MODEL_MIGRATIONS, { previousIds: TYPEORM_NAMES }),
    typeormMigrationsTable: TYPEORM_MIGRATIONS_TABLE,
  });
}
