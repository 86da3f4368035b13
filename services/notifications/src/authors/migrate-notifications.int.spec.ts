import { runSqlMigrations } from '@od/event-store';
import { createTestDatabase, type TestDatabase } from '@od/testing';
import { Pool } from 'pg';
import { migrateNotifications } from './migrate-notifications';

/**
 * The service's migrations were recorded as `0001-create-request-authors` and `0002-create-checkpoints`
 * before the one numbering scheme (`NNN_name.sql`); a database migrated then starts without re-running them.
 */
jest.setTimeout(60_000);

let database: TestDatabase;
let pool: Pool;

beforeAll(async () => {
  database = await createTestDatabase('notificationsmigrations');
  pool = new Pool({ connectionString: database.url });
});
afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

it('a database migrated under the old ids applies only what came after them, keeps its rows, and records the new ids', async () => {
  await runSqlMigrations(pool, {
    schema: 'notifications',
    lockKey: 'od.notifications.migrate',
    migrations: [
      {
        id: '0001-create-request-authors',
        sql: `CREATE TABLE notifications.request_authors (request_id uuid PRIMARY KEY, author_kind text NOT NULL, author_id text NOT NULL, language text NOT NULL, subject text NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now())`,
      },
      {
        id: '0002-create-checkpoints',
        sql: `CREATE TABLE notifications.checkpoints (name text PRIMARY KEY, position text NOT NULL, stream_sequence bigint, updated_at timestamptz NOT NULL DEFAULT now())`,
      },
    ],
  });
  await pool.query(`INSERT INTO notifications.checkpoints (name, position) VALUES ('notices', '7:1')`);

  expect(await migrateNotifications(pool)).toEqual(['003_create_staff_grants']);
  const ids = await pool.query<{ id: string }>(`SELECT id FROM notifications.schema_migrations ORDER BY id`);
  expect(ids.rows.map((row) => row.id)).toEqual([
    '0001-create-request-authors',
    '0002-create-checkpoints',
    '001_create_request_authors',
    '002_create_checkpoints',
    '003_create_staff_grants',
  ]);
  expect((await pool.query(`SELECT name, position FROM notifications.checkpoints`)).rows).toEqual([{ name: 'notices', position: '7:1' }]);
});

it('a fresh database gets the tables under the new ids', async () => {
  const fresh = await createTestDatabase('notificationsfresh');
  const freshPool = new Pool({ connectionString: fresh.url });
  try {
    expect(await migrateNotifications(freshPool)).toEqual(['001_create_request_authors', '002_create_checkpoints', '003_create_staff_grants']);
    expect((await freshPool.query(`SELECT to_regclass('notifications.request_authors') IS NOT NULL AS authors`)).rows).toEqual([{ authors: true }]);
  } finally {
    await freshPool.end();
    await fresh.drop();
  }
});
