// Single-event appends to new streams (expectedVersion 'no_stream'), `concurrency` at a time,
// against one autocommitted INSERT per event on a plain table (one pg client per worker).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { anEvent, eventStoreLib, Latencies, RAW_COLUMNS, RAW_TABLE, rawValues, runPool, sampleWaits, settings } from './common.mjs';

const WARMUP = 500;

export const sides = {
  async store() {
    const { createPostgresEventStore } = await eventStoreLib();
    const store = createPostgresEventStore({ connectionString: settings.databaseUrl, poolSize: settings.concurrency });
    const append = (i) => store.appendToStream(`request-${randomUUID()}`, [anEvent(i)], { expectedVersion: 'no_stream' });
    await runPool(WARMUP, settings.concurrency, append);
    const latencies = new Latencies();
    const waits = await sampleWaits('od-event-store');
    const seconds = await runPool(settings.n, settings.concurrency, (i) => latencies.time(() => append(i)));
    const sessions = await waits.stop();
    await store.close();
    return { n: settings.n, unit: 'appends', seconds, p50: latencies.percentile(50), p99: latencies.percentile(99), sessions };
  },

  async raw() {
    const clients = await connectClients(settings.concurrency);
    const sql = `INSERT INTO ${RAW_TABLE} (${RAW_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`;
    const insert = (i, worker) => clients[worker].query(sql, rawValues(`request-${randomUUID()}`, 1, anEvent(i)));
    await runPool(WARMUP, settings.concurrency, insert);
    const latencies = new Latencies();
    const waits = await sampleWaits('od-bench-raw');
    const seconds = await runPool(settings.n, settings.concurrency, (i, worker) => latencies.time(() => insert(i, worker)));
    const sessions = await waits.stop();
    await Promise.all(clients.map((client) => client.end()));
    return { n: settings.n, unit: 'inserts', seconds, p50: latencies.percentile(50), p99: latencies.percentile(99), sessions };
  },
};

export async function connectClients(count) {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const client = new pg.Client({ connectionString: settings.databaseUrl, application_name: 'od-bench-raw' });
      await client.connect();
      return client;
    }),
  );
}
