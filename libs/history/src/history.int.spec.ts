import { createPostgresEventStore, createPostgresHistoryImporter, migrateEventStore, type RecordedEvent } from '@od/event-store';
import { createTestDatabase, type TestDatabase } from '@od/testing';
import { exportHistory } from './exporting/export-history';
import { generateHistory, type HistoryOptions } from './generating/generate-history';
import { writeHistory } from './generating/write-history';

jest.setTimeout(120_000);

let database: TestDatabase;
const options: HistoryOptions = { seed: 'int', start: new Date('2025-01-01T00:00:00+05:00'), years: 0.5, requestsPerYear: 400, votesPerSurvey: 10 };

beforeAll(async () => {
  database = await createTestDatabase('history');
});

afterAll(async () => {
  await database?.drop();
});

async function generateInto(schema: string) {
  await migrateEventStore({ connectionString: database.url, schema });
  const importer = createPostgresHistoryImporter({ connectionString: database.url, schema });
  try {
    return await writeHistory(generateHistory(options), importer, { batchSize: 700 });
  } finally {
    await importer.close();
  }
}

async function readEverything(schema: string): Promise<RecordedEvent[]> {
  const store = createPostgresEventStore({ connectionString: database.url, schema });
  try {
    return await store.readAll();
  } finally {
    await store.close();
  }
}

const fact = (event: RecordedEvent) => ({ ...event, position: undefined });

describe('a generated history in PostgreSQL, and its export', () => {
  it('writes the same facts for the same seed into two schemas, in recorded order, recordedAt kept', async () => {
    const first = await generateInto('history_a');
    const second = await generateInto('history_b');
    expect({ ...second, waitedMs: 0 }).toEqual({ ...first, waitedMs: 0 });
    const a = await readEverything('history_a');
    const b = await readEverything('history_b');
    expect(a).toHaveLength(first.events);
    expect(b.map(fact)).toEqual(a.map(fact));
    const times = a.map((event) => Date.parse(event.recordedAt));
    expect(times.every((time, i) => i === 0 || time >= times[i - 1])).toBe(true);
    expect(a[0].type).toBe('HolderRegistered');
  });

  it('exports the facts recorded up to the as-of instant as NDJSON, pseudonymised, every line a fact', async () => {
    const all = await readEverything('history_a');
    const asOf = new Date('2025-03-31T23:59:59+05:00');
    const expected = all.filter((event) => Date.parse(event.recordedAt) <= asOf.getTime());
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.length).toBeLessThan(all.length);
    const lines: string[] = [];
    const store = createPostgresEventStore({ connectionString: database.url, schema: 'history_a' });
    let counts;
    try {
      counts = await exportHistory(store, { asOf, key: Buffer.from('k'.repeat(40)), pageSize: 900 }, (line) => {
        lines.push(line);
      });
    } finally {
      await store.close();
    }
    expect(counts).toEqual({ read: all.length, written: expected.length });
    const exported = lines.map((line) => {
      expect(line.endsWith('\n')).toBe(true);
      return JSON.parse(line);
    });
    expect(exported.map((line) => [line.type, line.recordedAt])).toEqual(expected.map((event) => [event.type, event.recordedAt]));
    expect(exported.every((line) => Date.parse(line.recordedAt) <= asOf.getTime())).toBe(true);
    const submitted = expected.filter((event) => event.type === 'RequestSubmitted');
    const exportedAuthors = exported.filter((line) => line.type === 'RequestSubmitted').map((line) => line.data.author.id);
    expect(exportedAuthors.every((id: string) => /^ps_[0-9a-f]{32}$/.test(id))).toBe(true);
    expect(new Set(exportedAuthors).size).toBe(new Set(submitted.map((event) => (event.data as { author: { id: string } }).author.id)).size);
  });
});
