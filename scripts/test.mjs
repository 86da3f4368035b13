#!/usr/bin/env node
// `npm test`: the whole workspace's Jest run against a real PostgreSQL and NATS (JetStream).
//   1. PostgreSQL at TEST_POSTGRES_ADMIN_URL (default: DATABASE_URL's server, database `postgres`): if
//      nothing answers, an embedded one with throw-away settings (fsync off), data in .data/test/postgres;
//   2. NATS at NATS_URL: if nothing answers, `nats-server -js` with data in .data/test/nats;
//      (if the port is taken by something else, its own server goes on a free port instead)
//   3. jest over the root jest.config.cjs (every project under libs/ and services/), 2 workers, extra
//      arguments passed through: `npm test -- libs/calendar`, `npm test -- -t "appends"`;
//   4. stops what it started, prints one plain line `N passed, N failed`, exits with Jest's exit code.
// The whole run (`npm test` with no arguments) first runs the static checks — ESLint (module boundaries),
// Prettier's format check and `tsc --noEmit` — and fails on any error before Jest starts.
// Tiers: `--tier=unit` (`npm run test:unit`: *.unit.spec.ts, starts no server), `--tier=int`, `--tier=e2e`.
// Tests get TEST_POSTGRES_ADMIN_URL and NATS_URL pointing at the servers in use (libs/testing reads them).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readPlatformEnv, root } from './lib/config.mjs';
import { ensureNats, ensurePostgres, readJson, redact } from './lib/infra.mjs';
import { paint } from './lib/output.mjs';

const log = (message) => console.log(`${paint(1, '[test]')} ${message}`);
const fail = (message) => console.error(`${paint(31, '[test] ERROR:')} ${message}`);

const tierArgument = process.argv.slice(2).find((arg) => arg.startsWith('--tier='));
const tier = tierArgument?.slice('--tier='.length);
if (tier !== undefined && !['unit', 'int', 'e2e'].includes(tier)) {
  console.error(`--tier must be unit, int or e2e (got "${tier}")`);
  process.exit(2);
}
const passThrough = process.argv.slice(2).filter((arg) => arg !== tierArgument);
/** The static checks run with the whole suite; a part (`npm test -- libs/calendar`, a tier) skips them. */
const wholeRun = passThrough.length === 0 && tier === undefined;
const platform = readPlatformEnv();
const adminUrl = (() => {
  if (process.env.TEST_POSTGRES_ADMIN_URL) return process.env.TEST_POSTGRES_ADMIN_URL;
  const url = new URL(platform.DATABASE_URL);
  url.pathname = '/postgres';
  return url.toString();
})();
const testData = path.join(root, '.data', 'test');
// One results file per run: two runs on one machine must not read each other's counts.
const resultsFile = path.join(testData, `jest-results-${process.pid}.json`);
const exitGraceMs = Number(process.env.TEST_EXIT_GRACE_MS ?? 15_000);

const started = [];
let jest;
let stopping = false;

async function stopServers() {
  for (const server of started.reverse()) {
    try {
      await server.stop();
    } catch (error) {
      fail(error.message);
    }
  }
  started.length = 0;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (jest && jest.exitCode === null && jest.signalCode === null) {
      // Jest gets SIGINT from the terminal itself; forward the others. We go on when it has exited.
      if (signal !== 'SIGINT') jest.kill(signal);
      return;
    }
    if (stopping) return;
    stopping = true;
    log(`${signal} received; stopping.`);
    stopServers().finally(() => process.exit(130));
  });
}

function jestBin() {
  const require = createRequire(path.join(root, 'package.json'));
  const manifestPath = require.resolve('jest/package.json');
  const manifest = require(manifestPath);
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.jest;
  return path.join(path.dirname(manifestPath), bin);
}

function printCounts(results, code) {
  if (!results) {
    log(`Jest wrote no results to ${path.relative(root, resultsFile)} (exit code ${code}).`);
    console.log('0 passed, 0 failed');
    return;
  }
  const brokenSuites = results.numRuntimeErrorTestSuites ?? 0;
  if (brokenSuites) {
    log(`${brokenSuites} test file(s) failed to run (each counted below as one failed test).`);
  }
  if (results.numTotalTests === 0) log('No tests ran.');
  console.log(`${results.numPassedTests} passed, ${results.numFailedTests + brokenSuites} failed`);
}

/** The whole run must stay under 15 minutes: say which files take the time, so a slow one is seen when it lands. */
function printSlowest(results, count = 12) {
  const files = (results?.testResults ?? [])
    .map((file) => ({ name: path.relative(root, file.name), seconds: (file.endTime - file.startTime) / 1000 }))
    .filter((file) => Number.isFinite(file.seconds))
    .sort((a, b) => b.seconds - a.seconds);
  if (files.length < 2) return;
  const total = files.reduce((sum, file) => sum + file.seconds, 0);
  log(`slowest test files (of ${files.length}, ${Math.round(total)} s in all workers):`);
  for (const file of files.slice(0, count)) console.log(`  ${file.seconds.toFixed(1).padStart(7)} s  ${file.name}`);
}

/** Runs one static check as a child process; resolves to whether it passed. */
function check(name, command, args, env = {}) {
  log(`${name}: ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code === 0));
    child.on('error', (error) => {
      fail(`${name} could not run: ${error.message}`);
      resolve(false);
    });
  });
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * The portal's browser tests drive Debian's Chromium (playwright-core cannot download one here): install it when
 * it is missing and we are root, else say how. The tests themselves fail with the same advice if it is absent.
 */
async function ensureChromium() {
  const chromium = '/usr/bin/chromium';
  if (existsSync(chromium) || process.platform !== 'linux') return;
  if (process.getuid?.() !== 0) {
    fail(`No Chromium at ${chromium}: the portal's browser tests will fail. Install it: sudo apt-get install -y chromium`);
    return;
  }
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if (!(await check('chromium', 'apt-get', ['install', '-y', 'chromium'], env))) {
    await check('chromium', 'apt-get', ['update'], env);
    if (!(await check('chromium', 'apt-get', ['install', '-y', 'chromium'], env))) fail('apt-get could not install chromium: the browser tests will fail.');
  }
}

/** The package's own scripts (`npm run lint`, `format:check`, `typecheck`): one definition of each check. */
async function staticChecks() {
  const results = [];
  for (const script of ['lint', 'format:check', 'typecheck']) results.push(await check(script, npm, ['run', '--silent', script]));
  return results.every(Boolean);
}

async function main() {
  await mkdir(testData, { recursive: true });
  if (wholeRun && !(await staticChecks())) {
    fail('A static check failed (lint, format or types): fix it, then run the tests.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  if (tier === 'unit') return runJest({ postgresUrl: undefined, natsUrl: undefined });
  await ensureChromium();
  const postgres = await ensurePostgres({
    url: adminUrl,
    root,
    dataDir: path.join(testData, 'postgres'),
    createDatabase: false,
    fast: true,
    allowOtherPort: true,
    log,
  });
  started.push(postgres);
  const nats = await ensureNats({ url: platform.NATS_URL, root, storeDir: path.join(testData, 'nats'), allowOtherPort: true, log });
  started.push(nats);
  log(
    `PostgreSQL: ${redact(postgres.url)}${postgres.started ? ' (started for this run)' : ''}; NATS: ${nats.url}${nats.started ? ' (started for this run)' : ''}`,
  );
  return runJest({ postgresUrl: postgres.url, natsUrl: nats.url });
}

/** Test files of a tier, as Jest's path pattern. */
const tierPattern = { unit: '\\.unit\\.spec\\.ts$', int: '\\.int\\.spec\\.ts$', e2e: '\\.e2e\\.spec\\.ts$' };

async function runJest({ postgresUrl, natsUrl }) {
  const hasWorkerFlag = passThrough.some((arg) => /^(-w|--maxWorkers|-i|--runInBand)(=|$)/.test(arg));
  const jestArgs = [
    jestBin(),
    '--config',
    path.join(root, 'jest.config.cjs'),
    ...(hasWorkerFlag ? [] : ['--maxWorkers=2']),
    '--json',
    '--outputFile',
    resultsFile,
    ...(tier ? ['--testPathPatterns', tierPattern[tier]] : []),
    ...passThrough,
  ];
  await rm(resultsFile, { force: true });
  log(`jest ${jestArgs.slice(1).join(' ')}`);

  let hung = false;
  let code = await new Promise((resolve) => {
    jest = spawn(process.execPath, jestArgs, {
      cwd: root,
      stdio: 'inherit',
      // The unit tier starts no server: a unit test that reached for one would fail, as it should.
      env: { ...process.env, ...(postgresUrl ? { TEST_POSTGRES_ADMIN_URL: postgresUrl } : {}), ...(natsUrl ? { NATS_URL: natsUrl } : {}) },
    });
    jest.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
    jest.on('error', (error) => {
      fail(`could not run jest: ${error.message}`);
      resolve(1);
    });
    // A test that leaves a handle open (a connection, a timer) keeps Jest alive after the run; in CI that
    // would hang forever. Once the results are written, give it a grace period, then stop it.
    const watching = passThrough.some((arg) => /^--watch(All)?(=|$)/.test(arg));
    const watcher = setInterval(() => {
      if (watching) return clearInterval(watcher);
      if (!existsSync(resultsFile) || jest.exitCode !== null || jest.signalCode !== null) return;
      clearInterval(watcher);
      setTimeout(() => {
        if (jest.exitCode !== null || jest.signalCode !== null) return;
        hung = true;
        fail(
          `Jest did not exit ${exitGraceMs / 1000} s after the run finished: a test leaves something open (run \`npm test -- --detectOpenHandles\`). Stopping it.`,
        );
        jest.kill('SIGTERM');
        setTimeout(() => jest.kill('SIGKILL'), 5000).unref();
      }, exitGraceMs).unref();
    }, 500);
    jest.on('exit', () => clearInterval(watcher));
  });

  const results = await readJson(resultsFile);
  await rm(resultsFile, { force: true });
  if (hung) code = results?.success ? 0 : 1;
  stopping = true;
  await stopServers();
  printSlowest(results);
  printCounts(results, code);
  process.exit(code);
}

main().catch(async (error) => {
  fail(error.message);
  stopping = true;
  await stopServers();
  console.log('0 passed, 0 failed');
  process.exit(1);
});
