import { holderStream, requestStream, type EventToAppend } from '@od/contracts';
import { ID_NAMESPACES, SEEDED_HOLDERS, uuidV5, holderSeeding } from '@od/domain';
import { createPostgresEventStore, migrateEventStore, type EventStore } from '@od/event-store';
import { createTestDatabase, type TestDatabase } from '@od/testing';
import { ensureSeededHolders } from './holder-registry';

jest.setTimeout(30_000);

let database: TestDatabase;
let store: EventStore;

beforeAll(async () => {
  database = await createTestDatabase('holder_registry');
  await migrateEventStore({ connectionString: database.url });
  store = createPostgresEventStore({ connectionString: database.url });
});

afterAll(async () => {
  await store?.close();
  await database?.drop();
});

/**
 * What a citizen's submission appends (as intake derives it: request id from the command id in the request
 * namespace, the fact's event id from `<commandId>/0` in the event namespace, unchanged since the first
 * release), written straight to the store so the test reads the same before and after the fix.
 */
async function aCitizenRequestWithCommandId(commandId: string): Promise<void> {
  const requestId = uuidV5(commandId, ID_NAMESPACES.request);
  const fact: EventToAppend = {
    type: 'RequestSubmitted',
    schemaVersion: 1,
    data: { requestId, holderId: 'kazatomprom', subject: 'A guess', text: 'Which command id will the seeding use?', language: 'en' },
    metadata: {
      eventId: uuidV5(`${commandId}/0`, ID_NAMESPACES.event),
      commandId,
      correlationId: commandId,
      causationId: commandId,
      actor: { kind: 'citizen', id: '850505400018' },
      holderId: 'kazatomprom',
      occurredAt: '2026-11-02T05:00:00.000Z',
    },
  };
  await store.appendToStream(requestStream(requestId), [fact], { expectedVersion: 'no_stream' });
}

describe('Seeding the holder registry at start-up', () => {
  it('is not stopped by a citizen who took the command id the seeding derived from a public holder id', async () => {
    // The holder is not in the registry yet (a holder added in a new release); the citizen, reading the
    // public source, submits first with the command id the seeding used to derive: `seed-holder:<id>` in
    // the client event namespace.
    const holder = SEEDED_HOLDERS[0];
    await aCitizenRequestWithCommandId(uuidV5(`seed-holder:${holder.id}`, ID_NAMESPACES.event));

    await expect(ensureSeededHolders(store, new Date('2026-11-02T06:00:00Z'), holderSeeding)).resolves.toBeUndefined();
    expect((await store.readStream(holderStream(holder.id))).map((fact) => fact.type)).toContain('HolderRegistered');

    // And every later start too.
    await expect(ensureSeededHolders(store, new Date('2026-11-03T06:00:00Z'), holderSeeding)).resolves.toBeUndefined();
  });

  it('registers each holder once, even when several services seed an empty registry at the same time', async () => {
    await migrateEventStore({ connectionString: database.url, schema: 'seeded_at_once' });
    const empty = createPostgresEventStore({ connectionString: database.url, schema: 'seeded_at_once' });
    try {
      await Promise.all([1, 2, 3].map((hour) => ensureSeededHolders(empty, new Date(`2026-11-04T0${hour}:00:00Z`), holderSeeding)));
      for (const holder of SEEDED_HOLDERS) {
        const registered = (await empty.readStream(holderStream(holder.id))).filter((fact) => fact.type === 'HolderRegistered');
        expect(registered).toHaveLength(1);
      }
    } finally {
      await empty.close();
    }
  });
});
