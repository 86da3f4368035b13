import { randomUUID } from 'node:crypto';
import type { DomainEvent, EventToAppend } from '@od/contracts';
import { accept, eventIdFor, InvalidCommandIdError, systemCommandId } from '@od/domain';
import { createPostgresEventStore, migrateEventStore, type EventStore } from '@od/event-store';
import { createTestDatabase, type TestDatabase } from '@od/testing';
import { clientCommandEnvelope, handleCommand, type CommandOutcome, type ExpectedStream } from './handle-command';

jest.setTimeout(30_000);

let database: TestDatabase;
let store: EventStore;

beforeAll(async () => {
  database = await createTestDatabase('handle_command');
  await migrateEventStore({ connectionString: database.url });
  store = createPostgresEventStore({ connectionString: database.url });
});

afterAll(async () => {
  await store?.close();
  await database?.drop();
});

type Noted = DomainEvent<'Noted', { readonly text: string }>;
const citizen = { kind: 'citizen', id: '900101300017' } as const;
const now = new Date('2026-11-02T06:00:00Z');

/** A command that notes its text on `streamId`. */
function note(
  streamId: string,
  commandId: string,
  text: string,
  actor: { kind: 'citizen' | 'staff'; id: string } = citizen,
  expected: ExpectedStream = 'any',
): Promise<CommandOutcome<never>> {
  return handleCommand<number, Noted, never>(store, {
    streamId,
    expected,
    initialState: 0,
    evolve: (count) => count + 1,
    decide: () => accept<Noted>({ type: 'Noted', schemaVersion: 1, data: { text } }),
    command: clientCommandEnvelope({ commandId, correlationId: commandId, actor, data: { text } }, now, 'Note'),
  });
}

const stream = () => `note-${randomUUID()}`;

describe('Handling a command by its id', () => {
  it('answers a retry of the same command with its first result and appends nothing', async () => {
    const [streamId, commandId] = [stream(), randomUUID()];
    const first = await note(streamId, commandId, 'one');
    expect(await note(streamId, commandId.toUpperCase(), 'one')).toEqual({ ...first, replayed: true });
    expect(await store.readStream(streamId)).toHaveLength(1);
  });

  it('refuses the same id with another body or another actor as command_id_reused, appending nothing', async () => {
    const [streamId, commandId] = [stream(), randomUUID()];
    await note(streamId, commandId, 'one');
    expect(await note(streamId, commandId, 'two')).toMatchObject({ ok: false, rejection: { code: 'command_id_reused', field: 'commandId' } });
    expect(await note(streamId, commandId, 'one', { kind: 'citizen', id: '850505400018' })).toMatchObject({
      ok: false,
      rejection: { code: 'command_id_reused' },
    });
    expect(await store.readStream(streamId)).toHaveLength(1);
  });

  it('refuses the same id on another stream as command_id_reused (the store refuses its event ids), not an error', async () => {
    const commandId = randomUUID();
    await note(stream(), commandId, 'one');
    const elsewhere = stream();
    expect(await note(elsewhere, commandId, 'one')).toMatchObject({ ok: false, rejection: { code: 'command_id_reused' } });
    expect(await store.readStream(elsewhere)).toHaveLength(0);
  });

  it('given two different commands with one id racing on one stream, one is appended and the other refused, never answered with the first', async () => {
    for (let round = 0; round < 5; round += 1) {
      const [streamId, commandId] = [stream(), randomUUID()];
      const outcomes = await Promise.all([note(streamId, commandId, 'one'), note(streamId, commandId, 'two')]);
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(outcomes.find((outcome) => !outcome.ok)).toMatchObject({ rejection: { code: 'command_id_reused' } });
      expect(await store.readStream(streamId)).toHaveLength(1);
    }
  });

  it('given the same command racing itself, both answer the one append', async () => {
    const [streamId, commandId] = [stream(), randomUUID()];
    const outcomes = await Promise.all([note(streamId, commandId, 'one'), note(streamId, commandId, 'one')]);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(await store.readStream(streamId)).toHaveLength(1);
  });

  it('replays a command stored before fingerprints existed, whatever the retry carries', async () => {
    const [streamId, commandId] = [stream(), randomUUID()];
    const legacy: EventToAppend = {
      type: 'Noted',
      schemaVersion: 1,
      data: { text: 'one' },
      metadata: {
        eventId: eventIdFor(commandId, 0),
        commandId,
        correlationId: commandId,
        causationId: commandId,
        actor: citizen,
        occurredAt: now.toISOString(),
      },
    };
    await store.appendToStream(streamId, [legacy], { expectedVersion: 'no_stream' });
    expect(await note(streamId, commandId, 'two')).toMatchObject({ ok: true, replayed: true, version: 1 });
    expect(await store.readStream(streamId)).toHaveLength(1);
  });

  it('given a stream, when a command that expects a new stream comes, then it is refused as stream_exists and nothing is appended', async () => {
    const streamId = stream();
    await note(streamId, randomUUID(), 'one');
    expect(await note(streamId, randomUUID(), 'two', citizen, 'new')).toMatchObject({ ok: false, rejection: { code: 'stream_exists' } });
    expect(await store.readStream(streamId)).toHaveLength(1);
  });

  it('given a stream made by a command that expected it new, when that command comes again, then it replays', async () => {
    const [streamId, commandId] = [stream(), randomUUID()];
    const first = await note(streamId, commandId, 'one', citizen, 'new');
    expect(await note(streamId, commandId, 'one', citizen, 'new')).toEqual({ ...first, replayed: true });
    expect(await note(streamId, commandId, 'two', citizen, 'new')).toMatchObject({ ok: false, rejection: { code: 'command_id_reused' } });
  });

  it('given no stream, when a command that expects an existing one comes, then it is refused as stream_not_found', async () => {
    const streamId = stream();
    expect(await note(streamId, randomUUID(), 'one', citizen, 'existing')).toMatchObject({ ok: false, rejection: { code: 'stream_not_found' } });
    expect(await store.readStream(streamId)).toHaveLength(0);
  });

  it('takes no system command id from a client', () => {
    const commandId = systemCommandId('holder-registry:seed:kazatomprom');
    expect(() => clientCommandEnvelope({ commandId, correlationId: commandId, actor: citizen, data: {} }, now, 'Note')).toThrow(InvalidCommandIdError);
  });
});
