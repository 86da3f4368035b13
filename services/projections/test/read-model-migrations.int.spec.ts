import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@od/testing';
import { Client } from 'pg';
import { migrateReadModels } from '../src/database/migrate-read-models';
import { migrateAsTypeormDid } from './typeorm-era-migrations/typeorm-era-data-source';

/**
 * The read models were migrated by TypeORM (`read_models_migrations`) until the SQL files `001…008` run by
 * the event store's migrator replaced them: a database migrated then must start without re-running
 * anything and keep its rows, and a fresh database must get exactly the tables and columns it got then.
 */
jest.setTimeout(60_000);

const NEW_IDS = [
  '001_create_read_models',
  '002_create_awp_access_views',
  '003_read_models_and_notices',
  '004_create_survey_views',
  '005_create_conference_views',
  '006_clocks_of_every_kind',
  '007_redaction_marks',
  '008_request_status_vocabulary',
  '009_clock_explanation',
  '010_topic_application_views',
  '011_topic_application_notices',
  '012_conference_archive_and_my_questions',
  '013_holder_daily_statistics',
  '014_holder_and_calendar_views',
  '015_notice_dates_and_staff_notices',
];

/** The SQL migrations written after TypeORM's: a database TypeORM migrated runs these, and only these. */
const AFTER_TYPEORM = NEW_IDS.slice(NEW_IDS.indexOf('009_clock_explanation'));

let migratedByTypeorm: TestDatabase;
let fresh: TestDatabase;

beforeAll(async () => {
  [migratedByTypeorm, fresh] = await Promise.all([createTestDatabase('readmodelmigrationsold'), createTestDatabase('readmodelmigrationsnew')]);
});
afterAll(() => Promise.all([migratedByTypeorm?.drop(), fresh?.drop()]));

async function query<T>(database: TestDatabase, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** What the projections rely on: every column (type, nullability, default) and every index and constraint. */
async function shapeOf(database: TestDatabase) {
  return {
    columns: await query(
      database,
      `SELECT table_name, column_name, ordinal_position, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'read_models' AND table_name <> 'schema_migrations' ORDER BY table_name, ordinal_position`,
    ),
    indexes: await query(
      database,
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'read_models' AND tablename <> 'schema_migrations' ORDER BY indexname`,
    ),
    constraints: await query(
      database,
      `SELECT conrelid::regclass::text AS on_table, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
       WHERE connamespace = 'read_models'::regnamespace AND conrelid <> 'read_models.schema_migrations'::regclass ORDER BY conname`,
    ),
  };
}

it('a database TypeORM migrated runs nothing again, keeps its rows, and records the new ids', async () => {
  await migrateAsTypeormDid(migratedByTypeorm.url);
  const requestId = randomUUID();
  await query(
    migratedByTypeorm,
    `INSERT INTO read_models.request_views (request_id, holder_id, author_kind, author_id, subject, text, language, status, submitted_at, position)
     VALUES ('${requestId}', 'kazatomprom', 'citizen', '900101300017', 'Budget', 'Publish it', 'en', 'received', now(), '1:0')`,
  );
  await query(migratedByTypeorm, `INSERT INTO read_models.checkpoints (name, position, updated_at) VALUES ('read-models', '12:3', now())`);

  expect(await migrateReadModels(migratedByTypeorm.url)).toEqual(AFTER_TYPEORM);
  expect(await migrateReadModels(migratedByTypeorm.url)).toEqual([]);

  const recorded = (await query<{ id: string }>(migratedByTypeorm, `SELECT id FROM read_models.schema_migrations`)).map((row) => row.id);
  expect(recorded).toEqual(expect.arrayContaining(NEW_IDS));
  expect(await query(migratedByTypeorm, `SELECT request_id, status FROM read_models.request_views`)).toEqual([{ request_id: requestId, status: 'received' }]);
  expect(await query(migratedByTypeorm, `SELECT name, position FROM read_models.checkpoints`)).toEqual([{ name: 'read-models', position: '12:3' }]);
});

it('a fresh database migrated by the SQL files has exactly the columns, indexes and constraints TypeORM’s migrations gave', async () => {
  expect(await migrateReadModels(fresh.url)).toEqual(NEW_IDS);
  expect(await migrateReadModels(fresh.url)).toEqual([]);
  // The database of the first test was migrated by TypeORM (the SQL migrator only recorded ids there, then ran the later files).
  const before = await shapeOf(migratedByTypeorm);
  expect(before.columns.length).toBeGreaterThan(100);
  expect(await shapeOf(fresh)).toEqual(before);
});
