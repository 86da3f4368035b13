#!/usr/bin/env node
// `npm run bench`: speed and memory of the event store and the relay, each against the limit measured in
// the same run on the same machine (raw PostgreSQL statements, raw JetStream publishes). Prints one table,
// writes it to bench/results/<timestamp>.md and .json, and bench/results/latest.md. See bench/README.md.
//
// Everything it creates is its own and removed at the end: a build under .data/bench-build, a database
// od_bench_<timestamp>, NATS subjects bench_<timestamp>.> and the streams BENCH_<timestamp>*.
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { ensureHistory } from '../bench/src/report-history.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, '.data', 'bench-build');
const resultsDir = path.join(root, 'bench', 'results');
const adminUrl = process.env.BENCH_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const natsUrl = process.env.BENCH_NATS_URL ?? 'nats://127.0.0.1:4222';
const skipLag = process.argv.includes('--no-lag');
/** Option `--<name>=<value>` or `--<name> <value>`. */
const option = (name) => {
  const index = process.argv.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index < 0) return undefined;
  const arg = process.argv[index];
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : process.argv[index + 1];
};
// The report rows: facts replayed per row (`--report-sizes=100000,500000` for a quick run).
const reportSizes = (option('report-sizes') ?? process.env.BENCH_REPORT_SIZES ?? '1000000,5000000').split(',').map(Number);
if (reportSizes.some((size) => !Number.isInteger(size) || size < 1))
  throw new Error(`--report-sizes must be whole numbers of facts, got ${option('report-sizes')}`);

const startedAt = new Date();
const stamp = startedAt
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z'); // 20251125T155318Z (ISO 8601 basic)
const runId = `${stamp.toLowerCase()}_${process.pid}`;
const database = `od_bench_${runId}`;
const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).href;
const subjectRoot = `bench_${runId}`;
const streamName = `BENCH_${runId}`.toUpperCase();

const progress = (line) => process.stderr.write(`bench: ${line}\n`);
const fmt = (value, digits = 0) =>
  value === undefined || value === null || Number.isNaN(value)
    ? '—'
    : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * Each row: the sides to run in order (a side is one process: `node bench/src/side.mjs <module> <side>`),
 * and how their results make the row. Baselines run before and after the subject (A-B-A) where they are
 * cheap, so load from elsewhere on the machine shows up as a spread between the two baseline runs.
 */
const plan = [
  {
    name: 'event store append: 1 event to a new stream, c=16',
    module: 'append',
    sides: ['raw', 'store', 'raw'],
    baselineLabel: 'raw INSERT, 1 row/statement',
    notes: (store, raws) => [`server sessions: ${store.sessions} (raw: ${raws[0].sessions})`],
  },
  {
    name: 'event store append, batched: 10 events to an existing stream, c=16',
    module: 'append-batched',
    sides: ['raw', 'store', 'raw'],
    baselineLabel: 'raw 10-row INSERT',
    notes: (store, raws) => [`${fmt(store.calls / store.seconds)} calls/s; latency per call`, `server sessions: ${store.sessions} (raw: ${raws[0].sessions})`],
  },
  {
    name: 'readAll: whole store in pages of 1,000',
    module: 'read-all',
    sides: ['raw', 'store', 'raw'],
    baselineLabel: 'raw keyset SELECT ... ORDER BY id LIMIT 1000',
    notes: (store) => [`${store.passes} passes over ${fmt(store.stored)} events; latency per page`],
  },
  {
    name: 'relay throughput: store → JetStream (child process)',
    module: 'relay',
    sides: ['raw', 'store', 'raw', 'rawWithIds'],
    baselineLabel: 'raw JetStream publish, 256 in flight',
    notes: (store, raws, extra) => [
      `raw publish ack latency p50 ${fmt(mean(raws.map((r) => r.p50)), 1)} / p99 ${fmt(mean(raws.map((r) => r.p99)), 1)} ms, raw publisher CPU ${fmt(mean(raws.map((r) => r.cpuPercent)))}% of one core`,
      `raw with the relay's headers + Nats-Msg-Id + lastMsgID expectation: ${fmt(opsPerSec(extra.rawWithIds))} msg/s`,
    ],
  },
  ...(process.argv.includes('--no-ballots')
    ? []
    : [
        {
          name: 'a national survey opens: ballots from distinct verified users, 5 questions, through the surveys service (NATS request/reply) with the projection following',
          module: 'ballots',
          sides: ['raw', 'store'],
          baselineLabel: 'BallotCast appended straight to the store, no_stream, same concurrency',
        },
      ]),
  ...(process.argv.includes('--no-report')
    ? []
    : reportSizes.map((size) => ({
        name: `annual report by replay (readAll + fold), first ${fmt(size)} facts of a generated history`,
        module: 'report',
        key: `report-${size}`,
        // `--report-single-baseline`: the scan before the replay only (A-B), when there is no time for 3 × 5M reads.
        sides: process.argv.includes('--report-single-baseline') ? ['raw', 'store'] : ['raw', 'store', 'raw'],
        baselineLabel: 'raw cursor scan of the same rows, FETCH 10,000',
        env: async () => ({
          BENCH_REPORT_DATABASE_URL: Object.assign(new URL(adminUrl), { pathname: `/${(await reportHistory()).database}` }).href,
          BENCH_REPORT_FACTS: String(size),
        }),
        notes: (store) => [
          `report total ${fmt(store.totalSeconds, 1)} s (replay ${fmt(store.seconds, 1)} s + JSON, CSV and kk/ru/en HTML ${fmt(store.outputSeconds, 1)} s)`,
          `heap in use after the replay (after a full GC) ${fmt(store.heapAfterReplayMb)} MB`,
          `${store.holders} holders, JSON ${fmt(store.jsonBytes / 1024)} KB`,
        ],
      }))),
  ...(skipLag
    ? []
    : [
        {
          name: 'end-to-end lag: append committed → JetStream consumer',
          module: 'lag',
          sides: ['raw', 'store'],
          baselineLabel: 'raw publish → consumer, same rate',
          lag: true,
        },
      ]),
];

// `--only=<module>[,<module>]` (or `--only <module>`) runs just those rows (e.g. `npm run bench -- --only=ballots`).
const only = option('only')?.split(',');
if (only) plan.splice(0, plan.length, ...plan.filter((step) => only.includes(step.module)));

const opsPerSec = (result) => result.opsPerSec ?? result.n / result.seconds;
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

/** The generated history the report rows replay, made or found once per run (bench/src/report-history.mjs). */
let history;
function reportHistory() {
  history ??= ensureHistory({
    adminUrl,
    repoRoot: root,
    buildDir,
    facts: Math.max(...reportSizes),
    say: progress,
    database: process.env.BENCH_REPORT_HISTORY,
  });
  return history;
}

function runSide(module, side, sideEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bench', 'src', 'side.mjs'), module, side], {
      cwd: root,
      env: {
        ...process.env,
        BENCH_REPO_ROOT: root,
        BENCH_BUILD_DIR: buildDir,
        BENCH_DATABASE_URL: databaseUrl,
        BENCH_NATS_URL: natsUrl,
        BENCH_SUBJECT_ROOT: subjectRoot,
        BENCH_STREAM: streamName,
        ...sideEnv,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (code !== 0 || !line) return reject(new Error(`${module}/${side} failed (exit ${code})\n${stdout}`));
      resolve(JSON.parse(line.slice('BENCH_RESULT '.length)));
    });
  });
}

async function setUp() {
  progress(`building into ${path.relative(root, buildDir)}/`);
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--out', buildDir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  let postgres;
  try {
    await admin.query(`CREATE DATABASE ${database}`);
    const settings = await admin.query(
      `SELECT name, setting FROM pg_settings WHERE name IN ('synchronous_commit', 'fsync', 'shared_buffers', 'max_connections', 'wal_level') ORDER BY name`,
    );
    postgres = {
      version: (await admin.query('SHOW server_version')).rows[0].server_version,
      ...Object.fromEntries(settings.rows.map((r) => [r.name, r.setting])),
    };
  } finally {
    await admin.end();
  }
  const { migrateEventStore } = await import(pathToFileURL(path.join(buildDir, 'libs/event-store/src/index.js')).href);
  await migrateEventStore({ connectionString: databaseUrl });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`CREATE TABLE public.raw_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      event_id uuid NOT NULL, stream_id text NOT NULL, stream_version bigint NOT NULL, type text NOT NULL,
      schema_version integer NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now())`);
  await client.end();
  return postgres;
}

async function tearDown() {
  const failures = [];
  try {
    const nc = await connect({ servers: natsUrl, name: 'od-bench-cleanup' });
    const jsm = await jetstreamManager(nc);
    for await (const name of jsm.streams.names()) {
      if (name.startsWith(streamName)) await jsm.streams.delete(name).catch((error) => failures.push(`stream ${name}: ${error.message}`));
    }
    await nc.close();
  } catch (error) {
    failures.push(`NATS: ${error.message}`);
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  } catch (error) {
    failures.push(`database ${database}: ${error.message}`);
  } finally {
    await admin.end().catch(() => undefined);
  }
  await rm(buildDir, { recursive: true, force: true });
  for (const failure of failures) progress(`cleanup failed: ${failure}`);
}

function makeRow(step, results) {
  const store = results.store[0];
  const raws = results.raw;
  const baseline = mean(raws.map(opsPerSec));
  const storeOps = opsPerSec(store);
  const notes = [...(step.notes?.(store, raws, Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v[0]]))) ?? []), ...(store.notes ?? [])];
  if (raws.length > 1) {
    const spread = (Math.max(...raws.map(opsPerSec)) - Math.min(...raws.map(opsPerSec))) / baseline;
    notes.push(`baseline runs ${raws.map((r) => fmt(opsPerSec(r))).join(' / ')}${spread > 0.15 ? ' (unsteady machine)' : ''}`);
  }
  if (step.lag) notes.unshift(`baseline lag p50 ${fmt(raws[0].p50, 1)} / p99 ${fmt(raws[0].p99, 1)} ms`);
  return {
    benchmark: step.name,
    n: store.n,
    opsPerSec: storeOps,
    p50Ms: store.p50,
    p99Ms: store.p99,
    baseline: step.baselineLabel,
    baselineOpsPerSec: baseline,
    ratio: step.lag ? (store.p50 ?? NaN) / raws[0].p50 : storeOps / baseline,
    ratioOf: step.lag ? 'p50 lag ÷ baseline p50 lag' : 'ops/s ÷ baseline ops/s',
    peakRssMb: store.peakRssMb,
    storeSide: store,
    baselinePeakRssMb: Math.max(...raws.map((r) => r.peakRssMb)),
    notes,
  };
}

function table(rows) {
  const header = ['benchmark', 'n', 'ops/s', 'p50 ms', 'p99 ms', 'baseline ops/s', 'ratio to baseline', 'peak RSS MB', 'notes'];
  const lines = rows.map((row) => [
    row.benchmark,
    fmt(row.n),
    fmt(row.opsPerSec),
    fmt(row.p50Ms, 2),
    fmt(row.p99Ms, 2),
    `${fmt(row.baselineOpsPerSec)} (${row.baseline})`,
    row.ratioOf.startsWith('p50') ? `${fmt(row.ratio, 2)}× lag` : `${fmt(row.ratio, 2)}×`,
    fmt(row.peakRssMb),
    row.notes.join('; '),
  ]);
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The report rows against the goals of issue 13 §4, and how they grow from the smallest to the largest size. */
function reportSummary(rows, { database, reused, record }) {
  const reportRows = rows.filter((row) => row.benchmark.startsWith('annual report')).sort((a, b) => a.n - b.n);
  if (reportRows.length === 0) return [];
  const store = (row) => row.storeSide;
  const largest = reportRows[reportRows.length - 1];
  const smallest = reportRows[0];
  const lines = [
    `Report rows (issue 13 §4): history \`${database}\` (seed "${record.seed}", ${record.years} years × ${fmt(record.requestsPerYear)} requests, generator ${record.generator}, ${fmt(record.facts)} facts), ` +
      (record.unfinished
        ? 'named by BENCH_REPORT_HISTORY and still being generated: the rows replay its first facts, which are final.'
        : `${reused ? 'reused from the cache; it took' : 'generated in this run in'} ${fmt(record.generationSeconds)} s to generate (${fmt(record.facts / record.generationSeconds)} facts/s, ${record.generatedAt}).`),
    '',
    '| goal | measured | met |',
    '| --- | --- | --- |',
    ...reportRows.map(
      (row) =>
        `| replay ≥ 50 % of the raw scan, ${fmt(row.n)} facts | ${fmt(100 * row.ratio)} % (${fmt(row.opsPerSec)} vs ${fmt(row.baselineOpsPerSec)} facts/s) | ${row.ratio >= 0.5 ? 'yes' : 'no'} |`,
    ),
    `| report under 2 min, ${fmt(largest.n)} facts | ${fmt(store(largest).totalSeconds, 1)} s | ${store(largest).totalSeconds < 120 ? 'yes' : 'no'} |`,
    `| peak RSS under 500 MB, ${fmt(largest.n)} facts | ${fmt(largest.peakRssMb)} MB | ${largest.peakRssMb < 500 ? 'yes' : 'no'} |`,
  ];
  if (reportRows.length > 1) {
    const sizeRatio = largest.n / smallest.n;
    const timeRatio = store(largest).totalSeconds / store(smallest).totalSeconds;
    const scanRatio = smallest.baselineOpsPerSec / largest.baselineOpsPerSec;
    lines.push(
      `| growth ${fmt(smallest.n)} → ${fmt(largest.n)} linear or better (time ratio ÷ size ratio; ≤ 1.10 counted as linear: run-to-run noise) | report time ×${fmt(timeRatio, 2)} for ×${fmt(sizeRatio, 2)} the facts: ${fmt(timeRatio / sizeRatio, 2)}; peak RSS ${fmt(smallest.peakRssMb)} → ${fmt(largest.peakRssMb)} MB; the raw scan's time ÷ size: ${fmt(scanRatio, 2)} | ${timeRatio / sizeRatio <= 1.1 ? 'yes' : 'no'} |`,
    );
  }
  lines.push(
    '',
    `Load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}: the machine is shared; read the ratios.`,
    '',
  );
  return lines;
}

async function writeAtomically(file, text) {
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}

let exitCode = 0;
const wallStarted = Date.now();
const environment = {
  startedAt: startedAt.toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  loadAverageAtStart: os.loadavg().map((l) => Number(l.toFixed(2))),
  commit: (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
    } catch {
      return undefined;
    }
  })(),
};
try {
  environment.postgres = await setUp();
  const rows = [];
  const sides = {};
  for (const [index, step] of plan.entries()) {
    const started = Date.now();
    const results = {};
    const sideEnv = (await step.env?.()) ?? {};
    for (const side of step.sides) {
      progress(`[${index + 1}/${plan.length}] ${step.name}: ${side}…`);
      (results[side] ??= []).push(await runSide(step.module, side, sideEnv));
    }
    const row = makeRow(step, results);
    rows.push(row);
    sides[step.key ?? step.module] = results;
    progress(
      `[${index + 1}/${plan.length}] ${step.name}: ${fmt(row.opsPerSec)} ops/s, baseline ${fmt(row.baselineOpsPerSec)}, ratio ${fmt(row.ratio, 2)}, peak RSS ${fmt(row.peakRssMb)} MB (${((Date.now() - started) / 1000).toFixed(0)} s)${row.notes.length > 0 ? `; ${row.notes.join('; ')}` : ''}`,
    );
  }
  environment.loadAverageAtEnd = os.loadavg().map((l) => Number(l.toFixed(2)));
  environment.seconds = Math.round((Date.now() - wallStarted) / 1000);

  const text = [
    `# Benchmarks ${environment.startedAt}`,
    '',
    `commit ${environment.commit ?? '?'} · node ${environment.node} · ${environment.cpus} × ${environment.cpuModel} · ` +
      `PostgreSQL ${environment.postgres.version} (synchronous_commit=${environment.postgres.synchronous_commit}, fsync=${environment.postgres.fsync}, shared_buffers=${environment.postgres.shared_buffers}×8kB) · ` +
      `load average ${environment.loadAverageAtStart.join(' ')} at start, ${environment.loadAverageAtEnd.join(' ')} at end · ${environment.seconds} s`,
    '',
    table(rows),
    '',
    ...(history ? reportSummary(rows, await history) : []),
    'ratio: ops/s ÷ baseline ops/s (1.00× = as fast as the raw limit); for the lag row, p50 lag ÷ baseline p50 lag. ' +
      'peak RSS: the process doing the work (the benchmark process for store rows, the relay child for relay rows). See bench/README.md.',
    '',
  ].join('\n');
  process.stdout.write(`\n${text}`);
  await mkdir(resultsDir, { recursive: true });
  await writeAtomically(path.join(resultsDir, `${stamp}.md`), text);
  const historyRecord = history ? { database: (await history).database, reused: (await history).reused, ...(await history).record } : undefined;
  await writeAtomically(path.join(resultsDir, `${stamp}.json`), JSON.stringify({ environment, history: historyRecord, rows, sides }, null, 2) + '\n');
  // A partial run (--only) does not replace the full table in latest.md.
  if (!only) await writeAtomically(path.join(resultsDir, 'latest.md'), text);
  progress(`wrote bench/results/${stamp}.md, .json${only ? '' : ' and latest.md'}`);
} catch (error) {
  progress(`failed: ${error.stack ?? error}`);
  exitCode = 1;
} finally {
  await tearDown();
}
process.exit(exitCode);
