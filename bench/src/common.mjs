import pg from 'pg';
// Helpers every benchmark side uses: the run's settings (from the environment scripts/bench.mjs sets),
// the compiled libs, events shaped like the real ones, a latency recorder and a worker pool.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const settings = {
  repoRoot: process.env.BENCH_REPO_ROOT ?? process.cwd(),
  buildDir: process.env.BENCH_BUILD_DIR ?? path.resolve('.data/bench-build'),
  databaseUrl: must('BENCH_DATABASE_URL'),
  natsUrl: process.env.BENCH_NATS_URL ?? 'nats://127.0.0.1:4222',
  subjectRoot: must('BENCH_SUBJECT_ROOT'),
  streamName: must('BENCH_STREAM'),
  /** Events per benchmark (appends for the single-event row, events for the batched one). */
  n: Number(process.env.BENCH_N ?? 20_000),
  concurrency: Number(process.env.BENCH_CONCURRENCY ?? 16),
};

function must(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the benchmarks through \`npm run bench\``);
  return value;
}

/** A module of the compiled build (`node scripts/build.mjs --out .data/bench-build`). */
export function fromBuild(relative) {
  return import(pathToFileURL(path.join(settings.buildDir, relative)).href);
}

export const eventStoreLib = () => fromBuild('libs/event-store/src/index.js');

const holders = ['akimat-astana', 'akimat-almaty', 'ministry-health', undefined];

/** An event as the intake service appends one (~450 bytes of JSON), with a fresh UUID. */
export function anEvent(n) {
  const id = randomUUID();
  const holderId = holders[n % holders.length];
  return {
    type: 'RequestSubmitted',
    schemaVersion: 1,
    data: {
      requestId: id,
      subject: 'Street lights on Abay avenue',
      text: 'Please repair the street lights on Abay avenue between Kenesary and Beibitshilik streets.',
      channel: 'portal',
      n,
    },
    metadata: {
      eventId: id,
      commandId: id,
      correlationId: id,
      causationId: id,
      actor: { kind: 'citizen', id: '900101300123' },
      ...(holderId === undefined ? {} : { holderId }),
      occurredAt: new Date().toISOString(),
    },
  };
}

/** The baseline table: the same columns as the store's events, one bigint identity key, nothing else. */
export const RAW_TABLE = 'public.raw_events';
export const RAW_COLUMNS = 'event_id, stream_id, stream_version, type, schema_version, data, metadata';
export function rawValues(streamId, version, event) {
  return [event.metadata.eventId, streamId, version, event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata)];
}

export class Latencies {
  #samples = [];
  /** Times `fn`, keeps its duration in ms, returns its result. */
  async time(fn) {
    const started = process.hrtime.bigint();
    const result = await fn();
    this.#samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    return result;
  }
  add(ms) {
    this.#samples.push(ms);
  }
  get count() {
    return this.#samples.length;
  }
  percentile(p) {
    if (this.#samples.length === 0) return undefined;
    const sorted = Float64Array.from(this.#samples).sort();
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  }
}

/**
 * Runs `task(i, worker)` for i = 0..n-1 on `workers` concurrent loops, each taking the next index.
 * Returns the wall-clock seconds.
 */
export async function runPool(n, workers, task) {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = next++; i < n; i = next++) await task(i, worker);
    }),
  );
  return Number(process.hrtime.bigint() - started) / 1e9;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many events the bench database's store holds. */
export async function storedEventCount() {
  const client = new pg.Client({ connectionString: settings.databaseUrl });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) FROM event_store.events')).rows[0].count);
  } finally {
    await client.end();
  }
}

export function peakRssMb() {
  return process.resourceUsage().maxRSS / 1024;
}

/** VmHWM (peak resident set) of another process, in MB; undefined once it has exited. */
export async function peakRssMbOf(pid) {
  try {
    const { readFile } = await import('node:fs/promises');
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Samples what the benchmark's PostgreSQL sessions (by application_name) are doing, every ~10 ms, until
 * `stop()`: the share of active samples per wait event ('CPU' when active and not waiting). It shows
 * where an append spends its time in the server (WAL flush, a lock, the client round trip).
 */
export async function sampleWaits(applicationName) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: settings.databaseUrl, application_name: 'od-bench-sampler' });
  await client.connect();
  const tally = new Map();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query(
        `SELECT state, coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait
           FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
        [applicationName],
      );
      for (const row of rows) {
        // Lock:object in a committing append is PreCommit_Notify's lock on the database: pg_notify's queue.
        const active = row.wait === 'Lock:object' ? 'Lock:object (NOTIFY queue at commit)' : row.wait;
        const key = row.state === 'active' ? active : `${row.state} (waiting for the client)`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
        samples++;
      }
      await sleep(10);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await client.end();
      return [...tally.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([wait, count]) => `${wait} ${Math.round((100 * count) / samples)}%`)
        .join(', ');
    },
  };
}
