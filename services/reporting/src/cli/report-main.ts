// `npm run report -- --from 2026-01-01 --to 2026-12-31 [--as-of <ISO>] [--holder <id>]... [--out <dir>] [--language kk|ru|en]`
// The annual report by replay of the event store at DATABASE_URL (README, "The annual report (B2)"): writes
// report.json, report.csv and report.<language>.html into --out and prints the SHA-256 of the JSON.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createPostgresEventStore } from '@od/event-store';
import { readPlatformConfig, redactPersonalData } from '@od/platform';
import { codeVersionOf, readPostgresStoreHead, renderReportHtml, replayReport, reportAsCsv, reportAsJson, sha256Hex } from '@od/reporting';
import { readReportArguments, UsageError, USAGE } from './report-arguments';
import { progressView } from './report-progress';

async function packageVersion(): Promise<string> {
  const manifest = process.env.npm_package_json ?? path.resolve('package.json');
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}

async function main(): Promise<void> {
  const args = readReportArguments(process.argv.slice(2), new Date(), process.cwd());
  const { databaseUrl } = readPlatformConfig();
  const codeVersion = codeVersionOf(await packageVersion(), process.env.OD_CODE_VERSION);
  const head = await readPostgresStoreHead(databaseUrl, args.schema);
  const store = createPostgresEventStore({ connectionString: databaseUrl, schema: args.schema, poolSize: 2, notifyOnAppend: false });
  const view = progressView();
  const started = performance.now();
  let result;
  try {
    view.start(head.facts);
    result = await replayReport(
      store,
      {
        period: { from: args.from, to: args.to },
        asOf: args.asOf,
        holderIds: args.holderIds,
        redact: redactPersonalData,
        codeVersion,
        head,
        pageSize: args.pageSize,
      },
      (progress) => view.update(progress),
    );
  } finally {
    view.stop();
    await store.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const json = reportAsJson(result.report);
  const hash = sha256Hex(json);
  const files: [string, string][] = [
    ['report.json', json],
    ['report.csv', reportAsCsv(result.report)],
  ];
  for (const language of args.languages) files.push([`report.${language}.html`, await renderReportHtml(result.report, language, { jsonHash: hash })]);
  await mkdir(args.outDir, { recursive: true });
  for (const [name, text] of files) await writeFile(path.join(args.outDir, name), text, 'utf8');

  const { inputs } = result.report;
  process.stdout.write(
    `${[
      `period ${inputs.period.from} – ${inputs.period.to} (Almaty dates), as of ${inputs.asOf}${args.asOfGiven ? '' : ' (now: pass --as-of to make the same report again)'}`,
      `replayed ${result.factsRead} facts up to ${inputs.positionReached ?? 'the start'} (${inputs.factsReplayed} recorded by the as-of) in ${seconds.toFixed(2)} s: ${Math.round(result.factsRead / Math.max(seconds, 0.001))} facts/s`,
      `wrote ${files.map(([name]) => name).join(', ')} to ${args.outDir}`,
      `SHA-256 of report.json: ${hash}`,
    ].join('\n')}\n`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
