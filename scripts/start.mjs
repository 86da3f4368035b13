#!/usr/bin/env node
// `npm start`: everything Open Dialogue needs on one machine.
//   1. PostgreSQL at DATABASE_URL (an embedded one in .data/postgres if nothing answers), its database created;
//   2. `node scripts/build.mjs`, then the NATS accounts and nkey users from the holders registry
//      (.data/nats/auth.conf, seeds in .data/nats/seeds, made once per machine);
//   3. NATS with JetStream at NATS_URL, authentication on: if nothing answers there, or what answers admits
//      anyone, its own nats-server with that configuration (data in .data/nats);
//   4. every service of scripts/lib/services.mjs as a child process, each signed in to NATS with its own
//      seed, output prefixed with its name; waits until each answers GET /health with 200 and prints where
//      things are.
// Ctrl-C / SIGTERM stops the services, then the servers this script started. If a service dies, everything
// stops and the exit code is 1.
//
//   node scripts/start.mjs [--check] [--only=gateway,intake] [--no-build] [--demo]
//     --check     start everything, wait until healthy, stop, exit 0 (smoke test)
//     --demo      development only (refused with NODE_ENV=production): once healthy, seed through the public API a
//                 conference live now and a survey open now (libs/testing/src/demo-seeding.ts) and print them
//     --only=…    start only these services (comma-separated names from scripts/lib/services.mjs)
//     --no-build  use the existing dist/
// Environment: DATABASE_URL, NATS_URL, NATS_SUBJECT_ROOT, NATS_EVENTS_STREAM, LOG_LEVEL, each service's
// <NAME>_HTTP_PORT, START_HEALTH_TIMEOUT_MS (default 90000).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readPlatformEnv, root } from './lib/config.mjs';
import { ensureNats, ensurePostgres, redact, sleep } from './lib/infra.mjs';
import { paint, pipeWithPrefix, prefixFor } from './lib/output.mjs';
import { healthPath, servicePort, services } from './lib/services.mjs';

const args = process.argv.slice(2);
const flags = {
  check: args.includes('--check'),
  build: !args.includes('--no-build'),
  demo: args.includes('--demo'),
  only: args
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
    .filter(Boolean),
};
if (args.includes('--help') || args.includes('-h')) {
  console.log('Usage: node scripts/start.mjs [--check] [--only=name,name] [--no-build] [--demo]');
  process.exit(0);
}
const unknown = args.filter((arg) => !['--check', '--no-build', '--demo'].includes(arg) && !arg.startsWith('--only='));
if (unknown.length) {
  console.error(`Unknown argument(s): ${unknown.join(' ')}. Usage: node scripts/start.mjs [--check] [--only=name,name] [--no-build] [--demo]`);
  process.exit(2);
}
// The demo moves two services' clocks back while it prepares (OD_CLOCK_OFFSET_MS): never in production.
if (flags.demo && process.env.NODE_ENV === 'production') {
  console.error('--demo is for development only: it is refused with NODE_ENV=production.');
  process.exit(2);
}
if (flags.demo && flags.only) {
  console.error('--demo needs the whole platform: it cannot be combined with --only.');
  process.exit(2);
}

const log = (message) => console.log(`${paint(1, '[start]')} ${message}`);
const fail = (message) => console.error(`${paint(31, '[start] ERROR:')} ${message}`);
const healthTimeoutMs = Number(process.env.START_HEALTH_TIMEOUT_MS ?? 90_000);

const selected = flags.only ? services.filter((service) => flags.only.includes(service.name)) : services;
if (flags.only) {
  const known = new Set(services.map((service) => service.name));
  const wrong = flags.only.filter((name) => !known.has(name));
  if (wrong.length) {
    fail(`--only names unknown service(s): ${wrong.join(', ')}. Known: ${[...known].join(', ')}.`);
    process.exit(2);
  }
}

const state = { postgres: undefined, nats: undefined, children: [], shuttingDown: false };

async function shutdown(code, reason) {
  if (state.shuttingDown) return;
  state.shuttingDown = true;
  if (reason) log(reason);
  const running = state.children.filter((child) => child.exit === undefined);
  if (running.length) log(`Stopping ${running.map((child) => child.service.name).join(', ')}…`);
  await Promise.all(
    running.reverse().map(async (child) => {
      child.process.kill('SIGTERM');
      const killer = setTimeout(() => {
        log(`${child.service.name} did not stop within 10 s; killing it.`);
        child.process.kill('SIGKILL');
      }, 10_000);
      await child.exited;
      clearTimeout(killer);
    }),
  );
  for (const server of [state.nats, state.postgres]) {
    try {
      await server?.stop();
    } catch (error) {
      fail(error.message);
    }
  }
  process.exit(code);
}

let signalled = 0;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    signalled += 1;
    if (signalled > 1) {
      fail(`${signal} again: killing everything now.`);
      for (const child of state.children) child.process.kill('SIGKILL');
      process.exit(1); // the 'exit' safety nets stop the servers we started
    }
    void shutdown(0, `${signal} received.`);
  });
}

function run(command, commandArgs) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });
}

function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(false));
  });
}

async function waitHealthy(child) {
  const url = `http://127.0.0.1:${child.port}${healthPath}`;
  const deadline = Date.now() + healthTimeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exit !== undefined || state.shuttingDown) return false;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return true;
      last = `HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await sleep(250);
  }
  throw new Error(
    `${child.service.name} did not answer 200 at ${url} within ${healthTimeoutMs / 1000} s (last: ${last}). Its output is above, prefixed [${child.service.name}].`,
  );
}

/**
 * R1 needs a CA to trust. Unless EDS_TRUSTED_ROOTS names one (the national CA in production), a
 * development CA is made once in .data/dev-ca, with certificates for the development accounts (PEM files
 * and a .p12 each); one made before the .p12 files existed is made again (new keys for every account).
 */
async function developmentTrust() {
  if (process.env.EDS_TRUSTED_ROOTS) return {};
  const dir = path.join(root, '.data', 'dev-ca');
  if (!existsSync(path.join(dir, 'root.pem')) || !existsSync(path.join(dir, 'citizen-aigerim.p12'))) {
    log(`No EDS_TRUSTED_ROOTS: making a development CA in ${path.relative(root, dir)} (certificates for the development accounts).`);
    const code = await run(process.execPath, [path.join('dist', 'libs', 'signatures', 'src', 'testing', 'make-test-ca.js'), dir]);
    if (code !== 0) throw new Error(`making the development CA failed (exit code ${code})`);
  }
  log(`Signatures (R1) are verified against the development CA in ${path.relative(root, dir)}.`);
  return { EDS_TRUSTED_ROOTS: path.join(dir, 'root.pem'), EDS_INTERMEDIATES: path.join(dir, 'intermediate.pem'), EDS_CRLS: path.join(dir, 'crl.pem') };
}

/**
 * The platform's NATS users (an nkey seed per service, agency and the developer tool, kept once made) and
 * accounts, from the holders registry, and a server file that loads them: `.data/nats/server.conf`.
 */
async function natsAuthentication(platform) {
  const dir = path.join(root, '.data', 'nats');
  const args = [
    path.join('dist', 'libs', 'nats-permissions', 'src', 'generate-nats-auth.js'),
    '--root',
    platform.NATS_SUBJECT_ROOT,
    '--stream',
    platform.NATS_EVENTS_STREAM,
  ];
  const code = await run(process.execPath, args);
  if (code !== 0) throw new Error(`generating the NATS accounts failed (exit code ${code})`);
  await mkdir(dir, { recursive: true });
  const configFile = path.join(dir, 'server.conf');
  await writeFile(configFile, '# Written by `npm start`: JetStream, and the accounts and users generated in auth.conf.\njetstream {}\ninclude ./auth.conf\n');
  return { configFile, seedFileOf: (service) => path.join(dir, 'seeds', `service-${service}.nk`) };
}

async function main() {
  const platform = readPlatformEnv();
  state.postgres = await ensurePostgres({ url: platform.DATABASE_URL, root, log });
  if (state.shuttingDown) return;

  if (flags.build) {
    log('Building (node scripts/build.mjs)…');
    const code = await run(process.execPath, [path.join('scripts', 'build.mjs')]);
    if (code !== 0) return shutdown(1, `The build failed (exit code ${code}); nothing started.`);
  }
  const natsAuth = await natsAuthentication(platform);
  state.nats = await ensureNats({ url: platform.NATS_URL, root, configFile: natsAuth.configFile, log });
  if (state.shuttingDown) return;

  const missing = selected.filter((service) => !existsSync(path.join(root, service.entry)));
  if (missing.length) {
    const lines = missing.map((service) => `  ${service.name}: ${service.entry} was not built — is there a services/${service.name}/src/main.ts?`);
    return shutdown(1, `Cannot start:\n${lines.join('\n')}\n  (Run a subset with --only=name,name.)`);
  }
  const ports = selected.map((service) => ({ service, port: servicePort(service) }));
  for (const { service, port } of ports) {
    if (await portAnswers(port)) {
      return shutdown(
        1,
        `Port ${port} (${service.portEnv}, for ${service.name}) is already in use — is another \`npm start\` running? Stop it or set ${service.portEnv}.`,
      );
    }
  }

  const width = Math.max(...selected.map((service) => service.name.length));
  const env = {
    ...process.env,
    ...platform,
    DATABASE_URL: state.postgres.url,
    NATS_URL: state.nats.url,
    ...(await developmentTrust()),
  };
  // The portal is a client of the public API like any other: it is told where the gateway answers.
  const gatewayPort = ports.find(({ service }) => service.name === 'gateway')?.port;
  if (gatewayPort && !process.env.PORTAL_GATEWAY_URL) env.PORTAL_GATEWAY_URL = `http://127.0.0.1:${gatewayPort}`;
  /** Starts one service as a child process; `extraEnv` over the platform's settings (the demo's clock offset). */
  const launch = (service, port, index, extraEnv = {}) => {
    const prefix = prefixFor(service.name, index, width);
    const childProcess = spawn(process.execPath, ['--enable-source-maps', service.entry], {
      cwd: root,
      env: {
        ...env,
        [service.portEnv]: String(port),
        // Services that use NATS sign in with their own seed; identity-dev and the portal never use it.
        ...(service.nats === false ? {} : { NATS_NKEY_SEED_FILE: natsAuth.seedFileOf(service.name) }),
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const child = { service, port, index, process: childProcess, exit: undefined, replacing: false };
    child.exited = new Promise((resolve) => {
      childProcess.on('exit', (code, signal) => {
        child.exit = { code, signal };
        resolve(child.exit);
        if (!state.shuttingDown && !child.replacing) {
          fail(`${service.name} exited (code ${code}${signal ? `, signal ${signal}` : ''}).`);
          void shutdown(1, 'A service died: stopping everything.');
        }
      });
    });
    childProcess.on('error', (error) => fail(`${service.name} could not be started: ${error.message}`));
    pipeWithPrefix(childProcess.stdout, prefix, process.stdout);
    pipeWithPrefix(childProcess.stderr, prefix, process.stderr);
    return child;
  };
  ports.forEach(({ service, port }, index) => state.children.push(launch(service, port, index)));
  log(`Started ${selected.map((service) => service.name).join(', ')}; waiting for ${healthPath} on each (up to ${healthTimeoutMs / 1000} s)…`);

  try {
    await Promise.all(state.children.map((child) => waitHealthy(child)));
  } catch (error) {
    return shutdown(1, `${paint(31, 'ERROR:')} ${error.message}`);
  }
  if (state.shuttingDown) return;

  const urlOf = (name) => `http://127.0.0.1:${state.children.find((child) => child.service.name === name).port}`;
  let demo;
  if (flags.demo) {
    /** Stops a service and starts it again with `extraEnv`, waiting for its health, without stopping the platform. */
    const relaunch = async (name, extraEnv) => {
      const old = state.children.find((child) => child.service.name === name);
      old.replacing = true;
      old.process.kill('SIGTERM');
      await old.exited;
      const child = launch(old.service, old.port, old.index, extraEnv);
      state.children[state.children.indexOf(old)] = child;
      await waitHealthy(child);
    };
    try {
      const { seedDemo, describeDemo } = await import(pathToFileURL(path.join(root, 'dist', 'libs', 'testing', 'src', 'demo-seeding.js')).href);
      const seeded = await seedDemo({
        apiUrl: urlOf('gateway'),
        identityUrl: urlOf('identity-dev'),
        log,
        moveClocks: async (offsetMs) => {
          const extraEnv = offsetMs === undefined ? {} : { OD_CLOCK_OFFSET_MS: String(offsetMs) };
          log(
            offsetMs === undefined
              ? 'Demo: conferences and surveys back on the system clock.'
              : `Demo: conferences and surveys restarted with OD_CLOCK_OFFSET_MS=${offsetMs}.`,
          );
          for (const name of ['conferences', 'surveys']) await relaunch(name, extraEnv);
        },
      });
      demo = describeDemo(seeded, `${urlOf('gateway')}`);
    } catch (error) {
      return shutdown(1, `${paint(31, 'ERROR:')} the demo could not be seeded: ${error.message}`);
    }
  }

  const rows = [];
  for (const child of state.children) {
    if (child.service.name === 'gateway') rows.push(['Public API', `http://127.0.0.1:${child.port}/api`]);
    if (child.service.name === 'portal') rows.push(['Web portal', `http://127.0.0.1:${child.port}/`]);
    rows.push([child.service.name, `http://127.0.0.1:${child.port}${healthPath}`]);
  }
  rows.push(['PostgreSQL', state.postgres.describe], ['NATS', redact(state.nats.describe)]);
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  console.log(
    `\n${paint(32, 'Open Dialogue is running')} (all ${state.children.length} service(s) healthy):\n` +
      rows.map(([label, value]) => `  ${label.padEnd(labelWidth)}  ${value}`).join('\n') +
      `\n${demo ? `${demo}\n` : ''}${flags.check ? '' : 'Press Ctrl-C to stop.\n'}`,
  );
  if (flags.check) return shutdown(0, 'Check passed: every service answered its health check. Shutting down.');
}

main().catch((error) => shutdown(1, `${paint(31, 'ERROR:')} ${error.message}`));
