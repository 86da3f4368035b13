import { Client } from 'pg';
import { createTestDatabase, eventually, type TestDatabase } from '@od/testing';
import { aStreamId, anEvent, runEventStoreContract } from '../contract-suite';
import { comparePositions } from '../global-position';
import { createPostgresEventStore, migrateEventStore } from '../index';

jest.setTimeout(30_000);

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('event_store_contract');
  await migrateEventStore({ connectionString: database.url });
});

afterAll(async () => {
  await database?.drop();
});

runEventStoreContract('PostgreSQL', async () => {
  const store = createPostgresEventStore({ connectionString: database.url, pollIntervalMs: 50 });
  return { store, cleanup: () => store.close() };
});

describe('PostgreSQL adapter', () => {
  async function withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  it('migrates once even when several processes migrate at the same time, into any schema', async () => {
    const schema = 'concurrent_migration';
    await Promise.all(Array.from({ length: 4 }, () => migrateEventStore({ connectionString: database.url, schema })));
    await migrateEventStore({ connectionString: database.url, schema });

    const applied = await withClient((client) => client.query(`SELECT id FROM ${schema}.schema_migrations ORDER BY id`));
    expect(applied.rows.map((row) => row.id)).toEqual(['001_create_streams', '002_create_events', '003_forbid_changes', '004_append_function']);

    const store = createPostgresEventStore({ connectionString: database.url, schema });
    try {
      const streamId = aStreamId();
      await store.appendToStream(streamId, [anEvent()]);
      expect(await store.readStream(streamId)).toHaveLength(1);
      const inDefault = await withClient((client) => client.query(`SELECT 1 FROM event_store.events WHERE stream_id = $1`, [streamId]));
      expect(inDefault.rowCount).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('refuses to rewrite history: UPDATE and DELETE of events fail', async () => {
    await withClient(async (client) => {
      await expect(client.query(`UPDATE event_store.events SET type = 'Rewritten'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM event_store.events`)).rejects.toThrow(/append-only/);
    });
  });

  it('withholds an event from readAll while an older transaction is still running, then releases it', async () => {
    const store = createPostgresEventStore({ connectionString: database.url, pollIntervalMs: 20 });
    const blocker = new Client({ connectionString: database.url });
    await blocker.connect();
    try {
      // An older transaction that has taken a transaction id and may still write: everything committed after
      // it started must wait, or a reader could pass a position this transaction later fills in.
      await blocker.query('BEGIN');
      await blocker.query('SELECT pg_current_xact_id()');
      const { lastPosition } = await store.appendToStream(aStreamId(), [anEvent()]);
      const seen = async () => (await store.readAll({ fromPosition: { ...lastPosition, sequence: lastPosition.sequence - 1n } })).length;

      expect(await seen()).toBe(0);

      await blocker.query('COMMIT');
      await eventually(async () => ((await seen()) === 1 ? true : undefined), 10_000, 'the event after the blocker committed');
    } finally {
      await blocker.end();
      await store.close();
    }
  });

  it('orders by (transaction, sequence): an older transaction that commits later still comes first, and is not skipped', async () => {
    const store = createPostgresEventStore({ connectionString: database.url, pollIntervalMs: 20 });
    const older = new Client({ connectionString: database.url });
    await older.connect();
    const start = (await store.appendToStream(aStreamId(), [anEvent()])).lastPosition;
    const subscription = store.subscribeToAll({ fromPosition: start });
    const iterator = subscription[Symbol.asyncIterator]();
    try {
      // `older` takes its transaction id first, but draws its sequence (and commits) after a younger append.
      await older.query('BEGIN');
      const olderXid = BigInt((await older.query('SELECT pg_current_xact_id()::text AS xid')).rows[0].xid);
      const younger = await store.appendToStream(aStreamId(), [anEvent({ younger: true })]);
      const olderStream = aStreamId();
      await older.query(`INSERT INTO event_store.streams (stream_id, version) VALUES ($1, 1)`, [olderStream]);
      const olderEvent = anEvent({ older: true });
      const inserted = await older.query(
        `INSERT INTO event_store.events (event_id, stream_id, stream_version, type, schema_version, data, metadata)
         VALUES ($1, $2, 1, $3, 1, $4, $5) RETURNING sequence::text AS sequence`,
        [olderEvent.metadata.eventId, olderStream, olderEvent.type, JSON.stringify(olderEvent.data), JSON.stringify(olderEvent.metadata)],
      );
      expect(BigInt(inserted.rows[0].sequence)).toBeGreaterThan(younger.lastPosition.sequence);
      expect(olderXid).toBeLessThan(younger.lastPosition.transactionId);
      // Without the xmin rule a reader would deliver `younger` now, checkpoint its position, and never see
      // `older`, which sorts before it. The store's reader holds `younger` back until `older` has ended:
      const first = iterator.next();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await older.query('COMMIT');

      const delivered = [(await first).value, (await iterator.next()).value];
      expect(delivered.map((event) => event?.data)).toEqual([{ older: true }, { younger: true }]);
      expect(comparePositions(delivered[0]!.position, delivered[1]!.position)).toBe(-1);
    } finally {
      await older.end();
      await subscription.close();
      await store.close();
    }
  });

  it('close() of a subscription and of the store releases every connection they opened', async () => {
    const applicationConnections = () =>
      withClient(async (client) => {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name LIKE 'od-event-store%'`, [
          database.name,
        ]);
        return rows[0].n as number;
      });
    const store = createPostgresEventStore({ connectionString: database.url, pollIntervalMs: 20 });
    const { lastPosition } = await store.appendToStream(aStreamId(), [anEvent()]);
    const subscription = store.subscribeToAll({ fromPosition: lastPosition });
    const pending = subscription[Symbol.asyncIterator]().next();
    await eventually(async () => ((await applicationConnections()) >= 2 ? true : undefined), 5_000, 'the subscription to listen');

    await subscription.close();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    await store.close();

    await eventually(async () => ((await applicationConnections()) === 0 ? true : undefined), 5_000, 'connections to close');
  });
});
