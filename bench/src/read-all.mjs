// Reads the whole store in pages of 1,000 through readAll, against keyset pagination on the baseline
// table (`WHERE id > $1 ORDER BY id LIMIT 1000`) over the same number of rows. Several passes; the
// figures cover them all.
import pg from 'pg';
import { eventStoreLib, storedEventCount, Latencies, RAW_TABLE, settings } from './common.mjs';

const PAGE = 1_000;
const PASSES = 3;

export const sides = {
  async store() {
    const { createPostgresEventStore } = await eventStoreLib();
    const store = createPostgresEventStore({ connectionString: settings.databaseUrl, poolSize: 1 });
    const stored = await storedEventCount();
    const latencies = new Latencies();
    let read = 0;
    let seconds = 0;
    let shortPasses = 0;
    for (let pass = 0; pass < PASSES; pass++) {
      const started = process.hrtime.bigint();
      let fromPosition;
      let passRead = 0;
      for (;;) {
        const page = await latencies.time(() => store.readAll({ fromPosition, maxCount: PAGE }));
        passRead += page.length;
        if (page.length < PAGE) break;
        fromPosition = page[page.length - 1].position;
      }
      seconds += Number(process.hrtime.bigint() - started) / 1e9;
      read += passRead;
      if (passRead < stored) shortPasses++;
    }
    await store.close();
    const notes =
      shortPasses > 0 ? [`${shortPasses} pass(es) saw fewer than the ${stored} stored events: a transaction elsewhere in the cluster held xmin back`] : [];
    return { n: read, unit: 'events', passes: PASSES, stored, seconds, p50: latencies.percentile(50), p99: latencies.percentile(99), notes };
  },

  async raw() {
    const stored = await storedEventCount();
    const client = new pg.Client({ connectionString: settings.databaseUrl });
    await client.connect();
    const sql = `SELECT id, stream_id, stream_version::text AS version_text, type, schema_version, data, metadata, recorded_at
                   FROM ${RAW_TABLE} WHERE id > $1 ORDER BY id LIMIT $2`;
    const latencies = new Latencies();
    let read = 0;
    let seconds = 0;
    for (let pass = 0; pass < PASSES; pass++) {
      const started = process.hrtime.bigint();
      let after = '0';
      let passRead = 0;
      while (passRead < stored) {
        const { rows } = await latencies.time(() => client.query(sql, [after, Math.min(PAGE, stored - passRead)]));
        if (rows.length === 0) break;
        passRead += rows.length;
        after = rows[rows.length - 1].id;
      }
      seconds += Number(process.hrtime.bigint() - started) / 1e9;
      read += passRead;
    }
    await client.end();
    return { n: read, unit: 'rows', passes: PASSES, seconds, p50: latencies.percentile(50), p99: latencies.percentile(99) };
  },
};
