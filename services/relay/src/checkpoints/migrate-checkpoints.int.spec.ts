import { runSqlMigrations } from '@od/event-store';
import { createTestDatabase, type TestDatabase } from '@od/testing';
import { Client } from 'pg';
import { migrateCheckpoints } from './migrate-checkpoints';

/**
 * The relay's migration was recorded as `0001-create-checkpoints` before the one numbering scheme
 * (`NNN_name.sql`); a database migrated then must start without re-running it, and keeps its rows.
 */
jest.setTimeout(60_000);

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('relaymigrations');
});
afterAll(() => database?.drop());

async function query<T>(sql: string): Promise<T[]> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

it('a database migrated under the old id applies nothing again, keeps its checkpoint, and records the new id', async () => {
  // What the relay's previous code did: the same table, under its `<version>-<name>` id.
  await runSqlMigrations(database.url, {
    schema: 'relay',
    lockKey: 'od.relay.migrate',
    migrations: [
      {
        id: '0001-create-checkpoints',
        sql: `CREATE TABLE relay.checkpoints (name text PRIMARY KEY, position text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`,
      },
    ],
  });
  await query(`INSERT INTO relay.checkpoints (name, position) VALUES ('OD_EVENTS', '12:3')`);

  expect(await migrateCheckpoints(database.url)).toEqual([]);
  expect(await migrateCheckpoints(database.url)).toEqual([]);
  expect((await query<{ id: string }>(`SELECT id FROM relay.schema_migrations ORDER BY id`)).map((row) => row.id)).toEqual([
    '0001-create-checkpoints',
    '001_create_checkpoints',
  ]);
  expect(await query(`SELECT name, position FROM relay.checkpoints`)).toEqual([{ name: 'OD_EVENTS', position: '12:3' }]);
});
