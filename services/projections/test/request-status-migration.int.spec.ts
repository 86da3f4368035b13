import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@od/testing';
import { Client } from 'pg';
import { migrateReadModels } from '../src/database/migrate-read-models';
import { migrateAsTypeormDid } from './typeorm-era-migrations/typeorm-era-data-source';

/**
 * Rows a projection folded before the read models spoke the domain's statuses say `submitted` (at the
 * first holder) or `redirected` (between a redirect and its receipt); the migration makes them `received`,
 * which is what a rebuild from the store gives, and leaves every other status alone.
 */
jest.setTimeout(60_000);

let database: TestDatabase;
let pg: Client;

beforeAll(async () => {
  database = await createTestDatabase('requeststatus');
  await migrateAsTypeormDid(database.url, 7); // the read models as the code before the status vocabulary left them
  pg = new Client({ connectionString: database.url });
  await pg.connect();
});

afterAll(async () => {
  await pg?.end();
  await database?.drop();
});

async function aRowSaying(status: string): Promise<string> {
  const requestId = randomUUID();
  await pg.query(
    `INSERT INTO read_models.request_views (request_id, holder_id, author_kind, author_id, subject, text, language, status, submitted_at, position)
     VALUES ($1, 'kazatomprom', 'citizen', '900101300017', 'Budget', 'Publish it', 'en', $2, now(), '1:0')`,
    [requestId, status],
  );
  return requestId;
}

it('rewrites the old words to the domain’s `received` and leaves the others as they were', async () => {
  const rows = {
    submitted: await aRowSaying('submitted'),
    redirected: await aRowSaying('redirected'),
    accepted: await aRowSaying('accepted'),
    answered: await aRowSaying('answered'),
  };
  // Every migration after the TypeORM era runs, the status vocabulary's first (read-model-migrations.int.spec.ts lists them all).
  const applied = await migrateReadModels(database.url);
  expect(applied[0]).toBe('008_request_status_vocabulary');
  expect(applied).toEqual([...applied].sort());
  const statuses = (await pg.query<{ request_id: string; status: string }>(`SELECT request_id, status FROM read_models.request_views`)).rows;
  const statusOf = (requestId: string) => statuses.find((row) => row.request_id === requestId)?.status;
  expect(Object.fromEntries(Object.entries(rows).map(([old, requestId]) => [old, statusOf(requestId)]))).toEqual({
    submitted: 'received',
    redirected: 'received',
    accepted: 'accepted',
    answered: 'answered',
  });
});
