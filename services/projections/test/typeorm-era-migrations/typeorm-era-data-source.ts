import { DataSource } from 'typeorm';
import { CreateReadModels1764000000000 } from './1764000000000-create-read-models';
import { CreateAwpAccessViews1764100000000 } from './1764100000000-create-awp-access-views';
import { ReadModelsAndNotices1764200000000 } from './1764200000000-read-models-and-notices';
import { CreateSurveyViews1764350000000 } from './1764350000000-create-survey-views';
import { CreateConferenceViews1764450000000 } from './1764450000000-create-conference-views';
import { ClocksOfEveryKind1764550000000 } from './1764550000000-clocks-of-every-kind';
import { RedactionMarks1764660000000 } from './1764660000000-redaction-marks';
import { RequestStatusVocabulary1764770000000 } from './1764770000000-request-status-vocabulary';

/** The TypeORM migrations the read models were evolved by until the SQL files `001…008` replaced them, in order. */
export const TYPEORM_ERA_MIGRATIONS = [
  CreateReadModels1764000000000,
  CreateAwpAccessViews1764100000000,
  ReadModelsAndNotices1764200000000,
  CreateSurveyViews1764350000000,
  CreateConferenceViews1764450000000,
  ClocksOfEveryKind1764550000000,
  RedactionMarks1764660000000,
  RequestStatusVocabulary1764770000000,
];

/**
 * The migrating part of the projections' DataSource as it was, so a test can build a database exactly as
 * the earlier code left it (its tables, and TypeORM's `read_models_migrations` rows): the first `count`
 * migrations, all by default.
 */
export function typeormEraDataSource(databaseUrl: string, count = TYPEORM_ERA_MIGRATIONS.length): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    migrations: TYPEORM_ERA_MIGRATIONS.slice(0, count),
    migrationsTableName: 'read_models_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
  });
}

/** Migrates the database as the earlier code did: the first `count` TypeORM migrations, all by default. */
export async function migrateAsTypeormDid(databaseUrl: string, count?: number): Promise<void> {
  const dataSource = await typeormEraDataSource(databaseUrl, count).initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}
