import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { createPostgresEventStore, migrateEventStore, parsePosition, START_POSITION, type EventStore } from '@od/event-store';
import { connectNats, ensureEventsStream } from '@od/platform';
import { createTestDatabase, eventually, testBusNames, testNatsUrl, type TestDatabase } from '@od/testing';
import { Pool } from 'pg';
import { pino } from 'pino';
import { aFact } from '../test/facts';
import { expectedMessage, readJetStream, readWholeStore } from '../test/read-back';
import { postgresCheckpointStore, type CheckpointStore } from './checkpoints/checkpoint-store';
import { migrateCheckpoints } from './checkpoints/migrate-checkpoints';
import { Relay } from './publishing/relay';
import { LeadershipLock } from './standby/leadership-lock';

jest.setTimeout(60_000);

const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const bus = testBusNames('relay');
const relayName = `relay-${bus.streamName}`;
let db: TestDatabase;
let store: EventStore;
let pool: Pool;
let checkpoints: CheckpointStore;
let nc: NatsConnection;
let js: JetStreamClient;
let jsm: JetStreamManager;

beforeAll(async () => {
  db = await createTestDatabase('relay');
  await migrateEventStore({ connectionString: db.url });
  await migrateCheckpoints(db.url);
  await migrateCheckpoints(db.url); // a second start finds nothing to do
  store = createPostgresEventStore({ connectionString: db.url, pollIntervalMs: 50 });
  pool = new Pool({ connectionString: db.url, max: 2 });
  // An idle connection the server ends (restart, dropped database) is discarded by the pool; without a
  // listener its 'error' would end the process.
  pool.on('error', () => undefined);
  checkpoints = postgresCheckpointStore(pool);
  nc = await connectNats(testNatsUrl, 'relay-int-spec');
  js = jetstream(nc);
  jsm = await jetstreamManager(nc);
  await ensureEventsStream(jsm, bus);
});

afterAll(async () => {
  await jsm?.streams.delete(bus.streamName).catch(() => undefined);
  await nc?.close();
  await store?.close();
  await pool?.end();
  await db?.drop();
});

function startRelay(): { relay: Relay; running: Promise<void> } {
  const relay = new Relay({
    store,
    js,
    jsm,
    checkpoints,
    logger,
    relayName,
    streamName: bus.streamName,
    subjectRoot: bus.subjectRoot,
    checkpointIntervalMs: 50,
  });
  return { relay, running: relay.run() };
}

/** Facts appended so far: what the stream must reach (a `readAll` right after appending may not show them all yet). */
let appendedTotal = 0;
const holders = ['akimat-astana', 'akimat-almaty', 'ministry-health', undefined];

/** Appends `count` facts over several streams, holders and types, some appends carrying several facts. */
async function appendFacts(count: number): Promise<void> {
  let n = 0;
  const streams = Array.from({ length: 7 }, (_, i) => `${i % 2 ? 'request' : 'survey'}-${bus.streamName.toLowerCase()}-${i}`);
  while (n < count) {
    const streamId = streams[n % streams.length];
    const size = Math.min(count - n, 1 + (n % 3));
    const holderId = holders[n % holders.length];
    const facts = Array.from({ length: size }, (_, i) => aFact({ holderId, type: (n + i) % 2 ? 'RequestSubmitted' : 'RequestAccepted', n: n + i }));
    await store.appendToStream(streamId, facts);
    n += size;
    appendedTotal += size;
  }
}

async function waitUntilPublished(count: number): Promise<void> {
  await eventually(async () => ((await jsm.streams.info(bus.streamName)).state.messages >= count ? true : undefined), 20_000, `${count} messages in JetStream`);
}

/** The bus carries what the store holds: same facts, once each, in the store's order, addressed right. */
async function expectStreamMirrorsStore(): Promise<void> {
  const [stored, published] = await Promise.all([readWholeStore(store), readJetStream(js, jsm, bus.streamName)]);
  expect(published).toHaveLength(stored.length);
  expect(new Set(published.map((message) => message.msgId)).size).toBe(stored.length);
  published.forEach((message, i) => {
    expect(message).toMatchObject(expectedMessage(bus.subjectRoot, stored[i]));
  });
}

describe('relay', () => {
  it('publishes every stored fact once, in store order, with subject, headers and message id', async () => {
    await appendFacts(60);
    const { relay, running } = startRelay();
    await appendFacts(40); // and follows live appends
    await waitUntilPublished(appendedTotal);
    await relay.stop();
    await running;

    await expectStreamMirrorsStore();
    const checkpoint = await checkpoints.load(relayName);
    const stored = await readWholeStore(store);
    expect(checkpoint).toEqual(stored[stored.length - 1].position);
  });

  it('restarts from its checkpoint without publishing anything twice', async () => {
    await appendFacts(25);
    const { relay, running } = startRelay();
    await waitUntilPublished(appendedTotal);
    await relay.stop();
    await running;

    await expectStreamMirrorsStore();
    expect(relay.status().published).toBe(25);
  });

  it('after a crash between ack and checkpoint, resumes from the stream tail: nothing twice, even beyond the dedupe window', async () => {
    // As if the relay died after JetStream acked everything but before it saved a checkpoint.
    await checkpoints.save(relayName, START_POSITION);
    await appendFacts(10);
    const { relay, running } = startRelay();
    await waitUntilPublished(appendedTotal);
    await relay.stop();
    await running;

    await expectStreamMirrorsStore();
    expect(relay.status().published).toBe(10);
    const stored = await readWholeStore(store);
    expect(await checkpoints.load(relayName)).toEqual(stored[stored.length - 1].position);
  });

  it('stops for an operator when something else publishes into the events stream', async () => {
    await js.publish(`${bus.subjectRoot}.events._platform.intruder.Something`, '{}');
    const { running } = startRelay();
    await expect(running).rejects.toThrow(/something other than the relay publishes/);
    const last = (await jsm.streams.info(bus.streamName)).state.last_seq;
    await jsm.streams.deleteMessage(bus.streamName, last, false);

    // With the intruder gone (its sequence now a hole at the end), the relay finds its own tail again.
    await appendFacts(5);
    const { relay, running: again } = startRelay();
    await waitUntilPublished(appendedTotal);
    await relay.stop();
    await again;
    expect(relay.status().published).toBe(5);
    await expectStreamMirrorsStore();
  });

  it('keeps a second relay of the same name on standby until the first lets go', async () => {
    const first = new LeadershipLock({ connectionString: db.url, relayName, logger, retryMs: 50 });
    const second = new LeadershipLock({ connectionString: db.url, relayName, logger, retryMs: 50 });
    const stop = new AbortController();
    expect(await first.acquire(stop.signal)).toBe(true);

    let secondLeads = false;
    const secondAcquired = second.acquire(stop.signal).then((won) => (secondLeads = won));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(secondLeads).toBe(false);

    await first.release();
    await secondAcquired;
    expect(secondLeads).toBe(true);
    await second.release();
  });
});

describe('checkpoint store', () => {
  it('keeps a position exactly, beyond what a float can hold', async () => {
    const position = parsePosition('18446744073709551615:9007199254740993');
    await checkpoints.save('precision', position);
    expect(await checkpoints.load('precision')).toEqual(position);
  });
});
