// The annual report by replay against a real PostgreSQL store (issue 13 §1, §2): determinism, as-of, the command
// line as a person runs it, and the HTML as a browser shows it (headless Chromium, axe WCAG 2.1 AA, a screenshot).
import AxeBuilder from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import type { RecordedEvent } from '@od/event-store';
import { createPostgresEventStore, createPostgresHistoryImporter, migrateEventStore, type EventStore, type ImportedEvent } from '@od/event-store';
import { redactPersonalData } from '@od/platform';
import { buildReport, readPostgresStoreHead, renderReportHtml, replayReport, reportAsCsv, reportAsJson, sha256Hex, type ReportLanguage } from '@od/reporting';
import { AS_OF, History, PERIOD_2026, scriptedHistory } from '@od/reporting/testing';
import { createTestDatabase, eventually, testRunId, type TestDatabase } from '@od/testing';

const run = promisify(execFile);
// Generous time limits: the build, the child processes and Chromium share two cores with whatever else runs.
const root = path.resolve(__dirname, '../../../..');
const outputDir = path.join(root, '.data', 'test', 'reporting');
const options = { period: PERIOD_2026, asOf: AS_OF, redact: redactPersonalData, codeVersion: '0.1.0+int' };

/** A builder's facts as an import: a uuid per fact (derived from its place), one stream per fact, its own recordedAt. */
function asImport(facts: readonly RecordedEvent[], offset: number): ImportedEvent[] {
  return facts.map((fact, index) => {
    const hex = (offset + index + 1).toString(16).padStart(12, '0');
    return {
      type: fact.type,
      schemaVersion: fact.schemaVersion,
      data: fact.data,
      metadata: { ...fact.metadata, eventId: `00000000-0000-4000-8000-${hex}` },
      streamId: `scripted-${offset + index + 1}`,
      recordedAt: fact.recordedAt,
    } as ImportedEvent;
  });
}

/** Imports the facts (ids and streams numbered from `offset`) and waits until the store holds `storedAfter` readable facts. */
async function importFacts(url: string, facts: readonly RecordedEvent[], offset: number, storedAfter: number): Promise<void> {
  const importer = createPostgresHistoryImporter({ connectionString: url });
  try {
    const events = asImport(facts, offset);
    await importer.importEvents(events, new Map(events.map((event) => [event.streamId, 0])));
  } finally {
    await importer.close();
  }
  // readAll (and so the head) shows a transaction only once every transaction older than it has ended, in the
  // whole cluster: a long one of another test can hold the import back for a moment.
  await eventually(async () => ((await readPostgresStoreHead(url)).facts === storedAfter ? true : undefined), 60_000, `${storedAfter} facts readable`);
}

async function outputsOf(store: EventStore, url: string, asOf = AS_OF): Promise<Record<string, string>> {
  const head = await readPostgresStoreHead(url);
  const { report } = await replayReport(store, { ...options, asOf, head, pageSize: 7 });
  const json = reportAsJson(report);
  const outputs: Record<string, string> = { 'report.json': json, 'report.csv': reportAsCsv(report) };
  for (const language of ['kk', 'ru', 'en'] as ReportLanguage[])
    outputs[`report.${language}.html`] = await renderReportHtml(report, language, { jsonHash: sha256Hex(json) });
  return outputs;
}

describe('the annual report by replay of a PostgreSQL event store', () => {
  let database: TestDatabase;
  let store: EventStore;
  const scripted = scriptedHistory().facts;

  beforeAll(async () => {
    database = await createTestDatabase('report_replay');
    await migrateEventStore({ connectionString: database.url });
    store = createPostgresEventStore({ connectionString: database.url, notifyOnAppend: false });
    await importFacts(database.url, scripted, 0, scripted.length);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  }, 60_000);

  it('gives the figures the fold gives for the same facts, read in small pages up to the head', async () => {
    const head = await readPostgresStoreHead(database.url);
    expect(head.facts).toBe(scripted.length);
    const progress: number[] = [];
    const replayed = await replayReport(store, { ...options, head, pageSize: 7 }, (step) => progress.push(step.factsRead));
    const folded = buildReport(scripted, options);
    expect(replayed.factsRead).toBe(scripted.length);
    expect(progress[progress.length - 1]).toBe(scripted.length);
    expect(progress.length).toBe(Math.ceil(scripted.length / 7));
    expect(replayed.report.holders).toEqual(folded.holders);
    expect(replayed.report.total).toEqual(folded.total);
    expect(replayed.report.ranking).toEqual(folded.ranking);
    expect(replayed.report.inputs.factsReplayed).toBe(folded.inputs.factsReplayed);
    expect(replayed.report.inputs.positionReached).toMatch(/^\d+:\d+$/);
  }, 60_000);

  it('makes byte-identical JSON, CSV and HTML twice, and again after facts recorded later than the as-of; a later as-of sees them', async () => {
    const first = await outputsOf(store, database.url);
    expect(await outputsOf(store, database.url)).toEqual(first);

    // Recorded after the as-of, though they happened in the period: a request to Kazatomprom answered late, a like.
    const late = new History();
    late.submitted('late-1', 'kap', '2026-06-01T05:00:00Z', { recordedAt: '2027-02-01T00:00:00Z' });
    late.answered('late-1', 'kap', '2026-06-03T05:00:00Z', { recordedAt: '2027-02-01T00:00:01Z' });
    late.add(
      'AnswerRated',
      { requestId: 'late-1', holderId: 'kap', rating: 'like', ratedAt: '2026-06-04T05:00:00Z' },
      { at: '2026-06-04T05:00:00Z', recordedAt: '2027-02-01T00:00:02Z' },
    );
    await importFacts(database.url, late.facts, 10_000, scripted.length + late.facts.length);

    const after = await outputsOf(store, database.url);
    for (const name of Object.keys(first)) expect({ name, bytes: after[name] }).toEqual({ name, bytes: first[name] });
    const later = await outputsOf(store, database.url, '2027-03-01T00:00:00Z');
    expect(later['report.json']).not.toBe(first['report.json']);
    expect(JSON.parse(later['report.json']).total.requests.received).toBe(JSON.parse(first['report.json']).total.requests.received + 1);
  }, 120_000);

  describe('the command line and the browser', () => {
    const buildDir = path.join(root, '.data', 'test', `report-build-${testRunId}`);
    let outDir: string;

    beforeAll(async () => {
      await run(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--out', buildDir], { cwd: root });
      outDir = await mkdtemp(path.join(os.tmpdir(), 'od-report-'));
    }, 300_000);

    afterAll(async () => {
      await rm(buildDir, { recursive: true, force: true });
      if (outDir) await rm(outDir, { recursive: true, force: true });
    });

    const cli = (args: string[]) =>
      run(process.execPath, [path.join(buildDir, 'services', 'reporting', 'src', 'cli', 'report-main.js'), ...args], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: database.url, OD_CODE_VERSION: 'int' },
      });

    it('refuses a bad option by name with exit code 2 and writes nothing', async () => {
      const refused = cli(['--from', '2026-01-01', '--to', '2026-12-31', '--as-of', 'yesterday', '--out', path.join(outDir, 'refused')]);
      await expect(refused).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--as-of: asOf must be an ISO 8601 instant') });
      await expect(cli(['--from', '2026-01-01', '--to', '2025-12-31'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--to:') });
      await expect(cli(['--from', '2026-01-01', '--to', '2026-12-31', '--language', 'de'])).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringContaining('--language must be one of kk, ru, en'),
      });
      expect(await readdir(outDir)).toEqual([]);
    }, 180_000);

    it('writes the JSON, CSV and three HTML files the library makes, and prints the JSON’s SHA-256; the HTML passes axe in Chromium', async () => {
      const target = path.join(outDir, 'report');
      const { stdout } = await cli(['--from', '2026-01-01', '--to', '2026-12-31', '--as-of', AS_OF, '--out', target]);
      expect((await readdir(target)).sort()).toEqual(['report.csv', 'report.en.html', 'report.json', 'report.kk.html', 'report.ru.html']);
      const json = await readFile(path.join(target, 'report.json'), 'utf8');
      expect(stdout).toContain(`SHA-256 of report.json: ${sha256Hex(json)}`);
      expect(stdout).not.toContain('\u001b['); // no progress bar when stdout is not a terminal
      const report = JSON.parse(json);
      expect(report.inputs.codeVersion).toBe('0.1.0+int');
      const expected = await outputsOf(store, database.url);
      expect(report.total).toEqual(JSON.parse(expected['report.json']).total);

      await mkdir(outputDir, { recursive: true });
      const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      try {
        for (const language of ['en', 'ru', 'kk']) {
          const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
          const page = await context.newPage();
          await page.goto(`file://${path.join(target, `report.${language}.html`)}`);
          // The CSP allows the inline sheet by its hash: if the hash were wrong the page would be unstyled.
          expect(await page.evaluate("getComputedStyle(document.querySelector('th')).backgroundColor")).toBe('rgb(243, 242, 241)');
          expect(await page.locator('figure svg').count()).toBe(3);
          await page.screenshot({ path: path.join(outputDir, `report.${language}.png`), fullPage: true });
          const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
          await context.close();
        }
      } finally {
        await browser.close();
      }
    }, 300_000);
  });
});
