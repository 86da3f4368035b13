// The history the report rows replay: made by the real generator (`npm run history:generate`, libs/history)
// into a database of its own, and KEPT between runs — 5,000,000 facts take most of an hour to generate on
// this machine. The database is named by what makes its facts: od_bench_history_<hash of seed, years,
// requests a year and the generator's sources>. A database is reused when its `bench_history` row says
// it was finished (a run stopped half-way leaves none, and is dropped and made again); a smaller run
// reuses any finished history of the same seed and generator with at least the facts it needs, and
// replays a prefix of it.
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

export const HISTORY_SEED = 'open-dialogue-bench';
export const HISTORY_YEARS = 3;
export const HISTORY_START = '2025-01-01T00:00:00+05:00';
/** Facts per request measured on the generator: 15.1 for 3 × 1,000 requests, 14.2 for 3 × 115,000 (4,900,199 facts: the fixed share shrinks); the margin covers seeds. */
const FACTS_PER_REQUEST = 14;
const MARGIN = 1.03;

/** Requests a year for a history of at least `facts` facts, in whole thousands so nearby sizes share a history. */
export function requestsPerYearFor(facts) {
  return Math.ceil((facts * MARGIN) / (FACTS_PER_REQUEST * HISTORY_YEARS) / 1000) * 1000;
}

/** A hash of the generator's sources (not its specs): a changed generator makes other facts, so another history. */
export async function generatorVersion(repoRoot) {
  const hash = createHash('sha256');
  for (const folder of ['libs/history/src/generating', 'libs/history/src/cli']) {
    const files = (await readdir(path.join(repoRoot, folder))).filter((name) => name.endsWith('.ts') && !name.includes('.spec.')).sort();
    for (const name of files)
      hash
        .update(`${folder}/${name}\0`)
        .update(await readFile(path.join(repoRoot, folder, name)))
        .update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

export function historyDatabaseName({ seed, years, requestsPerYear, generator }) {
  const key = createHash('sha256').update(JSON.stringify({ seed, years, requestsPerYear, generator })).digest('hex').slice(0, 12);
  return `od_bench_history_${key}`;
}

const urlOf = (adminUrl, database) => Object.assign(new URL(adminUrl), { pathname: `/${database}` }).href;

async function withClient(connectionString, work) {
  const client = new pg.Client({ connectionString, application_name: 'od-bench-history' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The finished history's own record, or undefined when the database is missing or was left half-made. */
async function finishedRecord(adminUrl, database) {
  const exists = await withClient(adminUrl, async (admin) => (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount > 0);
  if (!exists) return { exists: false };
  return withClient(urlOf(adminUrl, database), async (client) => {
    const table = await client.query(`SELECT to_regclass('public.bench_history') IS NOT NULL AS present`);
    if (!table.rows[0].present) return { exists: true };
    const { rows } = await client.query('SELECT record FROM public.bench_history');
    return { exists: true, record: rows[0]?.record };
  });
}

/**
 * A finished history with at least `facts` facts: reused when cached, else generated (by the built CLI, as a
 * child process, from the repository root) and recorded as finished. `say` gets one line per step.
 */
export async function ensureHistory({ adminUrl, repoRoot, buildDir, facts, say, database: named }) {
  const generator = await generatorVersion(repoRoot);
  if (named) return namedHistory(adminUrl, named, generator, facts, say);
  const reusable = await findReusable(adminUrl, generator, facts);
  if (reusable) {
    say(
      `history: reusing ${reusable.database} (${reusable.record.facts.toLocaleString('en-US')} facts, generated in ${Math.round(reusable.record.generationSeconds)} s on ${reusable.record.generatedAt})`,
    );
    return { ...reusable, reused: true };
  }
  const requestsPerYear = requestsPerYearFor(facts);
  const database = historyDatabaseName({ seed: HISTORY_SEED, years: HISTORY_YEARS, requestsPerYear, generator });
  const found = await finishedRecord(adminUrl, database);
  await withClient(adminUrl, async (admin) => {
    if (found.exists) {
      say(`history: ${database} was left unfinished by an earlier run: dropping it`);
      await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE ${database}`);
  });
  say(
    `history: generating ${HISTORY_YEARS} years × ${requestsPerYear.toLocaleString('en-US')} requests (seed "${HISTORY_SEED}") into ${database}: expect ~${Math.round((requestsPerYear * HISTORY_YEARS * FACTS_PER_REQUEST) / 1e6)} M facts, tens of minutes`,
  );
  const started = Date.now();
  const output = await runGenerator(buildDir, repoRoot, urlOf(adminUrl, database), requestsPerYear);
  const generationSeconds = (Date.now() - started) / 1000;
  const written = /wrote (\d+) events/.exec(output);
  const record = {
    seed: HISTORY_SEED,
    years: HISTORY_YEARS,
    start: HISTORY_START,
    requestsPerYear,
    generator,
    facts: written ? Number(written[1]) : undefined,
    generationSeconds,
    generatedAt: new Date().toISOString(),
    generatorOutput: output.trim().split('\n'),
  };
  await withClient(urlOf(adminUrl, database), async (client) => {
    // The generator writes with autovacuum off on this machine: statistics for the scans, then the marker.
    await client.query('VACUUM ANALYZE event_store.events');
    await client.query('CREATE TABLE public.bench_history (record jsonb NOT NULL)');
    await client.query('INSERT INTO public.bench_history (record) VALUES ($1)', [JSON.stringify(record)]);
  });
  say(`history: generated ${record.facts?.toLocaleString('en-US')} facts in ${Math.round(generationSeconds)} s`);
  if (!(record.facts >= facts))
    throw new Error(`the generated history has ${record.facts} facts, fewer than the ${facts} asked: raise MARGIN in bench/src/report-history.mjs`);
  return { database, record, reused: false };
}

/**
 * `BENCH_REPORT_HISTORY=<database>`: that history as it is, finished or still being generated (its first facts
 * are final: the generator writes in time order), e.g. to measure the smaller sizes while a large history is made.
 */
async function namedHistory(adminUrl, database, generator, facts, say) {
  const { exists, record } = await finishedRecord(adminUrl, database);
  if (!exists) throw new Error(`BENCH_REPORT_HISTORY=${database}: no such database`);
  if (record) {
    say(`history: ${database} as named (${record.facts} facts, finished; generator ${record.generator}, the sources now ${generator})`);
    return { database, record, reused: true };
  }
  const present = await withClient(urlOf(adminUrl, database), async (client) => {
    // Statistics for the scans' plans, and hint bits set (autovacuum is off here): otherwise the first side to
    // read freshly written rows pays for marking them, and the ratio favours whichever side reads second.
    await client.query('VACUUM ANALYZE event_store.events');
    return Number((await client.query('SELECT count(*) FROM event_store.events')).rows[0].count);
  });
  if (present < facts) throw new Error(`BENCH_REPORT_HISTORY=${database} holds ${present} facts so far, fewer than the ${facts} asked`);
  say(`history: ${database} as named, NOT finished (${present} facts so far): replaying a prefix of it`);
  return {
    database,
    reused: true,
    record: { seed: HISTORY_SEED, years: HISTORY_YEARS, generator: `${generator} (sources now; unfinished)`, facts: present, unfinished: true },
  };
}

/** The finished history of this seed and generator with the fewest facts that are still enough. */
async function findReusable(adminUrl, generator, facts) {
  const names = await withClient(adminUrl, async (admin) =>
    (await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'od\\_bench\\_history\\_%' ORDER BY datname`)).rows.map((r) => r.datname),
  );
  const candidates = [];
  for (const database of names) {
    const { record } = await finishedRecord(adminUrl, database);
    if (record && record.seed === HISTORY_SEED && record.generator === generator && record.facts >= facts) candidates.push({ database, record });
  }
  return candidates.sort((a, b) => a.record.facts - b.record.facts)[0];
}

function runGenerator(buildDir, repoRoot, databaseUrl, requestsPerYear) {
  const cli = path.join(buildDir, 'libs/history/src/cli/generate-main.js');
  const args = [
    cli,
    '--years',
    String(HISTORY_YEARS),
    '--requests-per-year',
    String(requestsPerYear),
    '--seed',
    HISTORY_SEED,
    '--start',
    HISTORY_START,
    '--database-url',
    databaseUrl,
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`history:generate failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

// `node bench/src/report-history.mjs <facts>`: make (or find) the history ahead of a run, e.g. in the background.
if (import.meta.url === `file://${process.argv[1]}`) {
  const repoRoot = process.cwd();
  const result = await ensureHistory({
    adminUrl: process.env.BENCH_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    repoRoot,
    buildDir: process.env.BENCH_BUILD_DIR ?? path.join(repoRoot, '.data', 'bench-build'),
    facts: Number(process.argv[2] ?? 5_000_000),
    say: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify({ database: result.database, ...result.record }, null, 2)}\n`);
}
