import { createTestDatabase, type TestDatabase } from '@od/testing';
import { aStreamId, anEvent } from '../contract-suite';
import { DuplicateEventIdError, WrongExpectedVersionError } from '../errors';
import { createPostgresEventStore, createPostgresHistoryImporter, migrateEventStore, type EventStore, type PostgresHistoryImporter } from '../index';
import type { ImportedEvent } from './import-events';

jest.setTimeout(30_000);

let database: TestDatabase;
let store: EventStore;
let importer: PostgresHistoryImporter;

beforeAll(async () => {
  database = await createTestDatabase('event_store_import');
  await migrateEventStore({ connectionString: database.url });
  store = createPostgresEventStore({ connectionString: database.url });
  importer = createPostgresHistoryImporter({ connectionString: database.url });
});

afterAll(async () => {
  await importer?.close();
  await store?.close();
  await database?.drop();
});

const imported = (streamId: string, recordedAt: string, data: Record<string, unknown> = {}): ImportedEvent => ({ ...anEvent(data), streamId, recordedAt });

describe('importing history (many streams, one transaction, recordedAt stated)', () => {
  it('writes the batch in its order with the recordedAt it states, versions counted on from each expected version', async () => {
    const first = aStreamId('imported');
    const second = aStreamId('imported');
    const before = await store.appendToStream(second, [anEvent({ n: 0 })], { expectedVersion: 'no_stream' });
    const batch = [
      imported(first, '2025-02-03T04:05:06.789Z', { n: 1 }),
      imported(second, '2025-02-03T04:05:07.000Z', { n: 2 }),
      imported(first, '2025-02-04T00:00:00.000Z', { n: 3 }),
    ];

    const result = await importer.importEvents(
      batch,
      new Map([
        [first, 0],
        [second, before.nextExpectedVersion],
      ]),
    );

    expect(Object.fromEntries(result.versions)).toEqual({ [first]: 2, [second]: 2 });
    const all = (await store.readAll()).filter((event) => event.streamId === first || event.streamId === second);
    expect(all.map((event) => [event.streamId, event.streamVersion, (event.data as { n: number }).n, event.recordedAt])).toEqual([
      [second, 1, 0, expect.any(String)],
      [first, 1, 1, '2025-02-03T04:05:06.789Z'],
      [second, 2, 2, '2025-02-03T04:05:07.000Z'],
      [first, 2, 3, '2025-02-04T00:00:00.000Z'],
    ]);
    expect(all.at(-1)?.position).toEqual(result.lastPosition);
    // The streams go on with ordinary appends at the versions the import left.
    await expect(store.appendToStream(first, [anEvent()], { expectedVersion: 2 })).resolves.toMatchObject({ nextExpectedVersion: 3 });
  });

  it('refuses the whole batch when one stream is not at its expected version', async () => {
    const fresh = aStreamId('imported');
    const moved = aStreamId('imported');
    await store.appendToStream(moved, [anEvent()], { expectedVersion: 'no_stream' });

    const attempt = importer.importEvents(
      [imported(fresh, '2025-03-01T00:00:00.000Z'), imported(moved, '2025-03-01T00:00:01.000Z')],
      new Map([
        [fresh, 0],
        [moved, 0],
      ]),
    );

    await expect(attempt).rejects.toMatchObject({ name: WrongExpectedVersionError.name, streamId: moved, actual: 1 });
    expect(await store.readStream(fresh)).toEqual([]);
    expect(await store.readStream(moved)).toHaveLength(1);
  });

  it('refuses an event id already stored, and a stream without an expected version, writing nothing', async () => {
    const streamId = aStreamId('imported');
    const event = imported(streamId, '2025-03-02T00:00:00.000Z');
    await importer.importEvents([event], new Map([[streamId, 0]]));
    const other = aStreamId('imported');

    await expect(importer.importEvents([{ ...event, streamId: other }], new Map([[other, 0]]))).rejects.toBeInstanceOf(DuplicateEventIdError);
    await expect(importer.importEvents([imported(other, '2025-03-02T00:00:00.000Z')], new Map())).rejects.toThrow(/expected version/);
    expect(await store.readStream(other)).toEqual([]);
  });
});
