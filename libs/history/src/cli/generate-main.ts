// `npm run history:generate -- --years 3 --requests-per-year N [--seed S] [--start ISO] [--database-url URL] [--schema NAME] [--batch-size N]`
// Writes a generated history into an empty event store schema (see the README, "History for analysts").
import { createPostgresHistoryImporter, migrateEventStore } from '@od/event-store';
import pg from 'pg';
import { generateHistory, historyEnd, newStats, planSubjects } from '../generating/generate-history';
import { writeHistory } from '../generating/write-history';
import { instant, parseCommandLine, positiveNumber, progressBar, runMain, UsageError } from './command-line';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/open_dialogue';
/** The first year with a published working-day calendar (`@od/calendar`): clocks cannot be counted before it. */
const DEFAULT_START = '2025-01-01T00:00:00+05:00';

runMain(async () => {
  const args = parseCommandLine(process.argv.slice(2), {
    years: { type: 'string' },
    'requests-per-year': { type: 'string' },
    seed: { type: 'string' },
    start: { type: 'string' },
    'database-url': { type: 'string' },
    schema: { type: 'string' },
    'batch-size': { type: 'string' },
    'votes-per-survey': { type: 'string' },
  });
  const options = {
    seed: args.seed ?? 'open-dialogue',
    start: instant('start', args.start, DEFAULT_START),
    years: positiveNumber('years', args.years, 3),
    requestsPerYear: Math.round(positiveNumber('requests-per-year', args['requests-per-year'])),
    votesPerSurvey: positiveNumber('votes-per-survey', args['votes-per-survey'], 80),
  };
  if (options.start.getTime() < Date.parse(DEFAULT_START)) {
    throw new UsageError(`--start must not be before ${DEFAULT_START}: the working-day calendar is published from 2025 on, and the clocks need it`);
  }
  const batchSize = Math.round(positiveNumber('batch-size', args['batch-size'], 5_000));
  const connectionString = args['database-url'] ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const schema = args.schema ?? 'event_store';
  if (!/^[a-z_][a-z0-9_]{0,47}$/.test(schema)) throw new UsageError(`--schema must be lower-case letters, digits and _ (at most 48), got "${schema}"`);

  await migrateEventStore({ connectionString, schema });
  await assertEmpty(connectionString, schema);

  const subjects = planSubjects(options);
  const stats = newStats();
  const end = new Date(historyEnd(options)).toISOString();
  process.stderr.write(`history: seed "${options.seed}", ${options.start.toISOString()} to ${end}, ${subjects.length} subjects, into schema ${schema}\n`);
  if (Date.parse(end) > Date.now()) process.stderr.write(`history: note: the history ends after today (${end}); its last facts are dated in the future\n`);
  const bar = await progressBar('history |{bar}| {percentage}% | {value}/{total} subjects | {events} events | {rate} events/s | ETA {eta_formatted}');
  const importer = createPostgresHistoryImporter({ connectionString, schema });
  const started = Date.now();
  bar.start(subjects.length, { events: 0, rate: 0 });
  try {
    const written = await writeHistory(generateHistory(options, stats, subjects), importer, {
      batchSize,
      onWritten: (events) =>
        bar.update(stats.subjects + stats.refused + stats.outsideCalendar, {
          events,
          rate: Math.round(events / Math.max(0.001, (Date.now() - started) / 1000)),
        }),
    });
    bar.update(subjects.length, { events: written.events, rate: Math.round(written.events / Math.max(0.001, (Date.now() - started) / 1000)) });
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `${[
        `wrote ${written.events} events to ${written.streams} streams in ${seconds.toFixed(1)} s: ${Math.round(written.events / seconds)} events/s (${(written.waitedMs / 1000).toFixed(1)} s of it waiting for the database with the next batch made)`,
        `subjects: ${stats.subjects} generated, ${stats.outsideCalendar} left out (their dates reach a year with no published calendar), ${stats.refused} refused by a decider`,
        ...stats.firstRefusals.map((refusal) => `  refused: ${refusal}`),
      ].join('\n')}\n`,
    );
  } finally {
    bar.stop();
    await importer.close();
  }
});

/** A history goes into a schema of its own: mixed with other facts, neither would be what it claims. */
async function assertEmpty(connectionString: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM "${schema}".streams) AS any`);
    if (rows[0].any) throw new UsageError(`--schema ${schema} already holds events; generate into an empty schema (e.g. --schema history)`);
  } finally {
    await client.end();
  }
}
