// `npm run history:export -- --as-of <ISO> --key-file <path> [--out file.ndjson] [--database-url URL] [--schema NAME]`
// Writes the store's facts recorded up to the as-of instant as pseudonymised NDJSON (see the README, "History for analysts").
import { createPostgresEventStore } from '@od/event-store';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import pg from 'pg';
import { exportHistory } from '../exporting/export-history';
import { MINIMUM_KEY_BYTES } from '../exporting/pseudonymise';
import { instant, parseCommandLine, progressBar, runMain, UsageError } from './command-line';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/open_dialogue';

runMain(async () => {
  const args = parseCommandLine(process.argv.slice(2), {
    'as-of': { type: 'string' },
    out: { type: 'string' },
    'key-file': { type: 'string' },
    'database-url': { type: 'string' },
    schema: { type: 'string' },
  });
  const asOf = instant('as-of', args['as-of']);
  if (!args['key-file']) throw new UsageError('--key-file is required: a file of at least 32 random bytes, e.g. `openssl rand -hex 32 > export.key`');
  const key = await readKey(args['key-file']);
  const connectionString = args['database-url'] ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const schema = args.schema ?? 'event_store';
  if (!/^[a-z_][a-z0-9_]{0,47}$/.test(schema)) throw new UsageError(`--schema must be lower-case letters, digits and _ (at most 48), got "${schema}"`);

  const total = await countEvents(connectionString, schema);
  const store = createPostgresEventStore({ connectionString, schema, poolSize: 2 });
  const out = args.out ? createWriteStream(args.out) : process.stdout;
  const bar = await progressBar('export |{bar}| {percentage}% | {value}/{total} facts read | {rate} facts/s | ETA {eta_formatted}');
  const started = Date.now();
  bar.start(total, { rate: 0 });
  try {
    const counts = await exportHistory(
      store,
      { asOf, key, onRead: (read) => bar.update(read, { rate: Math.round(read / Math.max(0.001, (Date.now() - started) / 1000)) }) },
      async (line) => {
        if (!out.write(line)) await once(out, 'drain');
      },
    );
    bar.stop();
    if (args.out) {
      out.end();
      await once(out, 'finish');
    }
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write(
      `exported ${counts.written} facts recorded up to ${asOf.toISOString()} (of ${counts.read} read) in ${seconds.toFixed(1)} s${args.out ? ` to ${args.out}` : ''}\n`,
    );
  } finally {
    bar.stop();
    await store.close();
  }
});

async function readKey(path: string): Promise<Buffer> {
  let content: Buffer;
  try {
    content = await readFile(path);
  } catch (error) {
    throw new UsageError(`--key-file ${path} cannot be read: ${(error as Error).message}`);
  }
  const key = Buffer.from(content.toString('utf8').trim(), 'utf8');
  if (key.length < MINIMUM_KEY_BYTES) throw new UsageError(`--key-file must hold at least ${MINIMUM_KEY_BYTES} bytes of key; ${path} has ${key.length}`);
  return key;
}

async function countEvents(connectionString: string, schema: string): Promise<number> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*)::text AS count FROM "${schema}".events`);
    return Number(rows[0].count);
  } catch (error) {
    throw new UsageError(`--schema ${schema}: no event store there (${(error as Error).message})`);
  } finally {
    await client.end();
  }
}
