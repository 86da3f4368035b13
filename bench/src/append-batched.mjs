// Appends of 10 events per call to streams that already exist (exact expectedVersion, each worker
// owning its streams so nothing conflicts), against one autocommitted 10-row INSERT per call.
import { randomUUID } from 'node:crypto';
import { connectClients } from './append.mjs';
import { anEvent, eventStoreLib, Latencies, RAW_COLUMNS, RAW_TABLE, rawValues, runPool, sampleWaits, settings } from './common.mjs';

const BATCH = 10;
const STREAMS_PER_WORKER = 10;
const WARMUP_CALLS = 100;

export const sides = {
  async store() {
    const { createPostgresEventStore } = await eventStoreLib();
    const store = createPostgresEventStore({ connectionString: settings.databaseUrl, poolSize: settings.concurrency });
    // Setup, not timed: every worker's streams exist with one event.
    const streams = Array.from({ length: settings.concurrency }, () =>
      Array.from({ length: STREAMS_PER_WORKER }, () => ({ id: `request-${randomUUID()}`, version: 0 })),
    );
    await runPool(settings.concurrency * STREAMS_PER_WORKER, settings.concurrency, async (i) => {
      const stream = streams[Math.floor(i / STREAMS_PER_WORKER)][i % STREAMS_PER_WORKER];
      stream.version = (await store.appendToStream(stream.id, [anEvent(i)], { expectedVersion: 'no_stream' })).nextExpectedVersion;
    });
    const call = async (i, worker) => {
      const stream = streams[worker][i % STREAMS_PER_WORKER];
      const events = Array.from({ length: BATCH }, (_, k) => anEvent(i * BATCH + k));
      stream.version = (await store.appendToStream(stream.id, events, { expectedVersion: stream.version })).nextExpectedVersion;
    };
    await runPool(WARMUP_CALLS, settings.concurrency, call);
    const calls = Math.ceil(settings.n / BATCH);
    const latencies = new Latencies();
    const waits = await sampleWaits('od-event-store');
    const seconds = await runPool(calls, settings.concurrency, (i, worker) => latencies.time(() => call(i, worker)));
    const sessions = await waits.stop();
    await store.close();
    return { n: calls * BATCH, unit: 'events', calls, seconds, p50: latencies.percentile(50), p99: latencies.percentile(99), sessions };
  },

  async raw() {
    const clients = await connectClients(settings.concurrency);
    const placeholders = Array.from({ length: BATCH }, (_, row) => `(${Array.from({ length: 7 }, (_, c) => `$${row * 7 + c + 1}`).join(', ')})`);
    const sql = `INSERT INTO ${RAW_TABLE} (${RAW_COLUMNS}) VALUES ${placeholders.join(', ')}`;
    const streamIds = Array.from({ length: settings.concurrency * STREAMS_PER_WORKER }, () => `request-${randomUUID()}`);
    const call = (i, worker) => {
      const streamId = streamIds[worker * STREAMS_PER_WORKER + (i % STREAMS_PER_WORKER)];
      const values = Array.from({ length: BATCH }, (_, k) => rawValues(streamId, i * BATCH + k + 2, anEvent(i * BATCH + k))).flat();
      return clients[worker].query(sql, values);
    };
    await runPool(WARMUP_CALLS, settings.concurrency, call);
    const calls = Math.ceil(settings.n / BATCH);
    const latencies = new Latencies();
    const waits = await sampleWaits('od-bench-raw');
    const seconds = await runPool(calls, settings.concurrency, (i, worker) => latencies.time(() => call(i, worker)));
    const sessions = await waits.stop();
    await Promise.all(clients.map((client) => client.end()));
    return { n: calls * BATCH, unit: 'events', calls, seconds, p50: latencies.percentile(50), p99: latencies.percentile(99), sessions };
  },
};
