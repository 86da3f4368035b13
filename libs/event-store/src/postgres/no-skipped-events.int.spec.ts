/**
 * The proof that a reader of the global order never skips an event.
 *
 * Many appenders on separate pooled connections write concurrently: batches of several events, some
 * streams shared so appends conflict and are retried with the actual version, some appends resent as a
 * retried command would be. Their transactions overlap, so they commit out of sequence order. A
 * `subscribeToAll` reader runs from the start the whole time. Afterwards it must have seen every committed
 * event exactly once, in exactly the order `readAll` returns. Alongside, a naive reader that checkpoints
 * on `sequence` alone shows what the (transaction_id, sequence) + xmin rule protects against.
 */
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@od/testing';
import { aStreamId, anEvent } from '../contract-suite';
import { WrongExpectedVersionError } from '../errors';
import type { EventStore, RecordedEvent } from '../event-store';
import { comparePositions, START_POSITION } from '../global-position';
import { createPostgresEventStore, migrateEventStore } from '../index';

const APPENDERS = 16;
const TOTAL_EVENTS = 20_000;
const SHARED_STREAMS = 8;
const MAX_BATCH = 6;

jest.setTimeout(120_000);

let database: TestDatabase;
let store: EventStore;

beforeAll(async () => {
  database = await createTestDatabase('no_skipped_events');
  await migrateEventStore({ connectionString: database.url });
  store = createPostgresEventStore({ connectionString: database.url, poolSize: APPENDERS + 4, pollIntervalMs: 50 });
});

afterAll(async () => {
  await store?.close();
  await database?.drop();
});

/** Deterministic, so a failing run can be replayed. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface AppendStats {
  appends: number;
  conflicts: number;
  retriesAnswered: number;
}

it(`a subscription sees every one of ${TOTAL_EVENTS} events written by ${APPENDERS} concurrent appenders exactly once, in readAll order`, async () => {
  const startedAt = Date.now();
  const committed = new Set<string>();
  const stats: AppendStats = { appends: 0, conflicts: 0, retriesAnswered: 0 };
  const shared = Array.from({ length: SHARED_STREAMS }, () => aStreamId('shared'));

  // The reader under test, from the very start, running while everything is written.
  const subscription = store.subscribeToAll({ batchSize: 1_000 });
  const seen: RecordedEvent[] = [];
  let reachedAll: () => void = () => undefined;
  const allSeen = new Promise<void>((resolve) => (reachedAll = resolve));
  let appendersDone = false;
  const reading = (async () => {
    for await (const event of subscription) {
      seen.push(event);
      if (appendersDone && seen.length >= committed.size) reachedAll();
    }
  })();

  // The reader this design exists to avoid: checkpoints on sequence alone.
  const naive = naiveSequenceReader(database.url);

  let budget = TOTAL_EVENTS;
  const appender = async (worker: number): Promise<void> => {
    const random = randomFrom(worker + 1);
    const known = new Map<string, number>();
    let own = aStreamId(`own${worker}`);
    while (budget > 0) {
      const useShared = random() < 0.35;
      if (!useShared && (known.get(own) ?? 0) >= 60) own = aStreamId(`own${worker}`);
      const streamId = useShared ? shared[Math.floor(random() * SHARED_STREAMS)] : own;
      const size = Math.min(budget, 1 + Math.floor(random() * MAX_BATCH));
      budget -= size;
      const events = Array.from({ length: size }, (_, n) => anEvent({ worker, n }, 'LoadGenerated'));
      for (;;) {
        try {
          const expectedVersion = known.get(streamId) ?? 'no_stream';
          const result = await store.appendToStream(streamId, events, { expectedVersion });
          stats.appends += 1;
          expect(result.alreadyAppended).toBe(false);
          for (const event of events) committed.add(event.metadata.eventId);
          known.set(streamId, result.nextExpectedVersion);
          if (random() < 0.03) {
            // The command is retried (say, its reply was lost): the store answers and writes nothing.
            const retry = await store.appendToStream(streamId, events, { expectedVersion });
            expect(retry).toEqual({ ...result, alreadyAppended: true });
            stats.retriesAnswered += 1;
          }
          break;
        } catch (error) {
          if (!(error instanceof WrongExpectedVersionError)) throw error;
          stats.conflicts += 1;
          known.set(streamId, error.actual);
        }
      }
    }
  };

  await Promise.all(Array.from({ length: APPENDERS }, (_, worker) => appender(worker)));
  appendersDone = true;
  if (seen.length >= committed.size) reachedAll();
  const writtenAt = Date.now();

  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    allSeen,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the subscription saw ${seen.length} of ${committed.size} events`)), 30_000);
    }),
  ]).finally(() => clearTimeout(timer));
  // Anything arriving now would be a duplicate or a phantom: give it a few poll intervals to show up.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await subscription.close();
  await reading;
  const naiveResult = await naive.stop();

  const all = await readEverything(store);
  const seenIds = seen.map((event) => event.metadata.eventId);

  expect(committed.size).toBe(TOTAL_EVENTS);
  expect(new Set(seenIds).size).toBe(seenIds.length); // nothing twice
  expect(seenIds.length).toBe(committed.size); // nothing missing, nothing extra
  expect(seenIds.filter((id) => !committed.has(id))).toEqual([]);
  expect(seenIds).toEqual(all.map((event) => event.metadata.eventId)); // exactly readAll's order
  for (let index = 1; index < all.length; index++) {
    if (comparePositions(all[index - 1].position, all[index].position) !== -1) throw new Error(`readAll out of order at ${index}`);
  }
  // Each stream reads as 1..n in the global order too.
  const lastVersion = new Map<string, number>();
  for (const event of seen) {
    expect(event.streamVersion).toBe((lastVersion.get(event.streamId) ?? 0) + 1);
    lastVersion.set(event.streamId, event.streamVersion);
  }

  // The test proves something only if commits really happened out of sequence order.
  let sequenceWentBack = 0;
  for (let index = 1; index < seen.length; index++) {
    if (seen[index].position.sequence < seen[index - 1].position.sequence) sequenceWentBack += 1;
  }
  expect(sequenceWentBack).toBeGreaterThan(0);
  expect(stats.conflicts).toBeGreaterThan(0);

  const naiveMissed = [...committed].filter((id) => !naiveResult.has(id)).length;
  console.log(
    [
      `${TOTAL_EVENTS} events from ${APPENDERS} appenders in ${stats.appends} appends`,
      `(${stats.conflicts} version conflicts retried, ${stats.retriesAnswered} resent commands answered without writing)`,
      `written in ${((writtenAt - startedAt) / 1000).toFixed(1)} s, all seen by the subscription ${((Date.now() - startedAt) / 1000).toFixed(1)} s after start;`,
      `${sequenceWentBack} events arrived with a lower sequence than the one before (committed out of order);`,
      `a reader checkpointing on sequence alone, run alongside, missed ${naiveMissed} events.`,
    ].join('\n'),
  );
});

async function readEverything(eventStore: EventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  let position = START_POSITION;
  for (;;) {
    const page = await eventStore.readAll({ fromPosition: position, maxCount: 5_000 });
    if (page.length === 0) return all;
    all.push(...page);
    position = page[page.length - 1].position;
  }
}

/** Polls `sequence > checkpoint ORDER BY sequence`: what a reader without the xmin rule would do. */
function naiveSequenceReader(connectionString: string): { stop(): Promise<Set<string>> } {
  const seen = new Set<string>();
  let stopped = false;
  const running = (async () => {
    const client = new Client({ connectionString });
    await client.connect();
    try {
      let checkpoint = 0n;
      while (!stopped) {
        const { rows } = await client.query<{ event_id: string; seq: string }>(
          `SELECT metadata->>'eventId' AS event_id, sequence::text AS seq FROM event_store.events
            WHERE sequence > $1 ORDER BY sequence LIMIT 1000`,
          [checkpoint.toString()],
        );
        for (const row of rows) {
          seen.add(row.event_id);
          checkpoint = BigInt(row.seq);
        }
        if (rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
    } finally {
      await client.end();
    }
  })();
  return {
    async stop() {
      stopped = true;
      await running;
      return seen;
    },
  };
}
