// The annual report by replay (issue 13 §4) over the first N facts of a generated history
// (bench/src/report-history.mjs), against a raw sequential scan of the same N rows of the same table.
//   store: `replayReport` (libs/reporting) through `createPostgresEventStore`, as `npm run report` does it, up to
//          a head placed on the Nth fact; then the outputs (JSON, CSV, HTML in kk/ru/en): the report's total time.
//   raw:   one server-side cursor (`DECLARE ... CURSOR FOR SELECT <the columns readAll selects> FROM
//          event_store.events ORDER BY transaction_id, sequence LIMIT N`, `FETCH 10000` until done, the next
//          FETCH queued before a batch is touched) through the same `pg` driver, rows parsed as readAll's are
//          (jsonb to objects, timestamps to Dates) and counted, nothing else: the fastest way to get these facts
//          into this process. In the primary key's order (an index scan over a heap written in that order), as
//          readAll reads; the plan is kept in the results.
// The parent passes the history and N: BENCH_REPORT_DATABASE_URL, BENCH_REPORT_FACTS.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import { fromBuild, eventStoreLib } from './common.mjs';

const FETCH = 10_000;
/** The whole generated history (it runs 2025–2027), and an as-of after its last fact: every fact is counted. */
export const REPORT_PERIOD = { from: '2025-01-01', to: '2027-12-31' };
export const REPORT_AS_OF = '2028-02-01T00:00:00Z';
const LANGUAGES = ['kk', 'ru', 'en'];

const databaseUrl = () => required('BENCH_REPORT_DATABASE_URL');
const facts = () => Number(required('BENCH_REPORT_FACTS'));

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the report rows through \`npm run bench -- --only=report\``);
  return value;
}

const COLUMNS = `transaction_id::text AS position_transaction_id, sequence::text AS position_sequence, stream_id,
  stream_version::text AS version_text, type, schema_version, data, metadata, recorded_at`;

/** The Nth fact in the global order: the replay's head, so it reads exactly the rows the scan reads. */
async function headAt(n) {
  const { parsePosition } = await eventStoreLib();
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT transaction_id::text || ':' || sequence::text AS position FROM event_store.events ORDER BY transaction_id, sequence OFFSET $1 LIMIT 1`,
      [n - 1],
    );
    if (rows.length === 0) throw new Error(`the history holds fewer than ${n} facts`);
    return { position: parsePosition(rows[0].position), facts: n };
  } finally {
    await client.end();
  }
}

/** Heap in use after a full collection (not timed: it runs between the replay and the outputs). */
function retainedHeapMb() {
  setFlagsFromString('--expose-gc');
  runInNewContext('gc')();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

export const sides = {
  async store() {
    const n = facts();
    const { createPostgresEventStore } = await eventStoreLib();
    const { replayReport, reportAsJson, reportAsCsv, sha256Hex, renderReportHtml } = await fromBuild('libs/reporting/src/index.js');
    const { redactPersonalData } = await fromBuild('libs/platform/src/index.js');
    const head = await headAt(n);
    // As the CLI opens it (services/reporting/src/cli/report-main.ts).
    const store = createPostgresEventStore({ connectionString: databaseUrl(), poolSize: 2, notifyOnAppend: false });
    const started = process.hrtime.bigint();
    let result;
    try {
      result = await replayReport(store, { period: REPORT_PERIOD, asOf: REPORT_AS_OF, redact: redactPersonalData, codeVersion: 'bench', head });
    } finally {
      await store.close();
    }
    const replayed = process.hrtime.bigint();
    const heapAfterReplayMb = retainedHeapMb(); // the finished report and everything the fold still holds
    const outputsStarted = process.hrtime.bigint();
    const json = reportAsJson(result.report);
    const hash = sha256Hex(json);
    const csv = reportAsCsv(result.report);
    let htmlBytes = 0;
    for (const language of LANGUAGES) htmlBytes += (await renderReportHtml(result.report, language, { jsonHash: hash })).length;
    const finished = process.hrtime.bigint();
    if (result.factsRead !== n) throw new Error(`the replay read ${result.factsRead} facts, not the ${n} of the scan`);
    return {
      n,
      unit: 'facts',
      seconds: Number(replayed - started) / 1e9,
      outputSeconds: Number(finished - outputsStarted) / 1e9,
      totalSeconds: Number(replayed - started + (finished - outputsStarted)) / 1e9,
      holders: result.report.holders.length,
      jsonBytes: json.length,
      csvBytes: csv.length,
      htmlBytes,
      sha256: hash,
      heapAfterReplayMb,
    };
  },

  async raw() {
    const n = facts();
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    const started = process.hrtime.bigint();
    let read = 0;
    let types = 0;
    let plan;
    try {
      await client.query('BEGIN READ ONLY');
      // The primary key's order, as readAll reads it (the table was written in that order, so the heap is read
      // front to back), never a sort of millions of rows that a plan without statistics might pick.
      await client.query('SET LOCAL enable_sort = off');
      const query = `SELECT ${COLUMNS} FROM event_store.events ORDER BY transaction_id, sequence LIMIT ${n}`;
      plan = (await client.query(`EXPLAIN ${query}`)).rows.map((row) => row['QUERY PLAN'].trim()).join(' / ');
      await client.query(`DECLARE scan NO SCROLL CURSOR FOR ${query}`);
      // The next FETCH is queued before this batch is touched, as the replay asks for its next page before folding.
      let next = client.query(`FETCH ${FETCH} FROM scan`);
      for (;;) {
        const { rows } = await next;
        if (rows.length === 0) break;
        next = client.query(`FETCH ${FETCH} FROM scan`);
        read += rows.length;
        for (const row of rows) types += row.type.length; // touch each row, as the fold must
      }
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (read !== n) throw new Error(`the scan read ${read} rows, not ${n}`);
    return { n: read, unit: 'rows', seconds, touched: types, plan };
  },
};
