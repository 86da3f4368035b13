import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, nkeyAuthenticator, type NatsConnection } from '@nats-io/transport-node';
import { SEEDED_HOLDERS } from '@od/domain';
import { generateNatsAuth, serviceUserName, type GeneratedNatsAuth } from '@od/nats-permissions';
import { services } from '@od/service-table';
import { freePort, startNatsServer, type NatsServerUnderTest } from './nats-server-process';
import { testRunId } from './test-run';

const repositoryRoot = path.resolve(__dirname, '../../..');

/** The runnable services, as `npm start` and docker-compose.yml know them: the one table in scripts/lib/services.mjs. */
export type ServiceName = (typeof services)[number]['name'];

/** Each service's port variable (`portEnv`), from the same table. */
const portVariable = Object.fromEntries(services.map((service) => [service.name, service.portEnv])) as Record<ServiceName, string>;
const usesNats = (name: ServiceName) => (services.find((service) => service.name === name) as { nats?: boolean } | undefined)?.nats !== false;

export interface PlatformUnderTest {
  readonly gatewayUrl: string;
  /** The web portal, when `portal` is one of the services. */
  readonly portalUrl: string;
  /** The development identity provider (`POST /token`), when `identity-dev` is one of the services. */
  readonly identityUrl: string;
  /** The NATS the services use: the platform's own, with authentication on, unless `natsUrl` was given. */
  readonly natsUrl: string;
  /**
   * Connects to the platform's NATS as one of its generated users (`service-gateway`, `agency-<holder>`,
   * `tool-developer`), with that user's inbox prefix — to act as an attacker holding those credentials would.
   */
  connectNatsAs(user: string): Promise<NatsConnection>;
  readonly logs: Record<string, string[]>;
  /** An access token for a seeded account of the development identity provider (e.g. `citizen-aigerim`). */
  tokenFor(account: string): Promise<string>;
  stop(): Promise<void>;
  /**
   * Kills one service hard (SIGKILL) and starts it again, as a crash would. `env` is added to the service's
   * settings from now on (e.g. `OD_CLOCK_OFFSET_MS` to move its clock; development and tests only).
   */
  restart(service: ServiceName, env?: Record<string, string>): Promise<void>;
}

export interface PlatformOptions {
  readonly databaseUrl: string;
  readonly subjectRoot: string;
  readonly streamName: string;
  readonly services: readonly ServiceName[];
  readonly env?: Record<string, string>;
  /** Settings for one service only, over `env`. */
  readonly serviceEnv?: Partial<Record<ServiceName, Record<string, string>>>;
  /**
   * An open NATS server to run on instead of the platform's own authenticated one: only for a service-level
   * test that drives the bus itself (publishes facts, deletes consumers) around the processes.
   */
  readonly natsUrl?: string;
}

interface PlatformNats {
  readonly url: string;
  readonly auth?: GeneratedNatsAuth;
  serviceEnv(name: ServiceName): Record<string, string>;
  stop(): Promise<void>;
}

/**
 * A nats-server of the platform's own, configured as `npm start` configures it: the generated accounts and
 * nkey users (every service, every seeded holder, the developer tool), nobody admitted without a key.
 */
async function securedNats(options: PlatformOptions): Promise<PlatformNats> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'od-platform-nats-'));
  const auth = generateNatsAuth({
    cwd: dir,
    bus: { subjectRoot: options.subjectRoot, streamName: options.streamName },
    holderIds: SEEDED_HOLDERS.map((holder) => holder.id),
    seedsDir: 'seeds',
    out: 'auth.conf',
  });
  let server: NatsServerUnderTest;
  try {
    server = await startNatsServer({ 'auth.conf': readFileSync(auth.out, 'utf8') });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: server.url,
    auth,
    serviceEnv: (name): Record<string, string> => (usesNats(name) ? { NATS_NKEY_SEED_FILE: path.join(auth.seedsDir, `${serviceUserName(name)}.nk`) } : {}),
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function openNats(url: string): PlatformNats {
  return { url, serviceEnv: () => ({}), stop: async () => undefined };
}

let builtDir: string | undefined;

/** Compiles the services once per test process into its own folder, so parallel runs never share a build. */
export function buildOnce(): string {
  if (builtDir) return builtDir;
  const outDir = path.join(repositoryRoot, '.data', 'test-builds', `${testRunId}-${process.pid}`);
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--out', outDir], { cwd: repositoryRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr || result.stdout}`);
  builtDir = outDir;
  // The build is this process's alone: remove it when the process ends.
  process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
  return outDir;
}

/** Another process answers on the port chosen for a service: choose another port and start it again. */
class PortTakenError extends Error {}

/** How long one service may take to answer /health when it starts alone. */
const HEALTH_TIMEOUT_MS = 30_000;

async function waitForHealth(url: string, child: ChildProcess, name: string, logs: string[], timeoutMs = HEALTH_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${logs.slice(-20).join('')}`);
    try {
      const response = await fetch(url);
      // Healthy, and ours: another test's process may have taken the port between choosing and binding it.
      if (response.ok && response.headers.get('x-process-id') === String(child.pid)) return;
      if (response.ok)
        throw new PortTakenError(`another process (pid ${response.headers.get('x-process-id')}) answers at ${url}, not ${name} (pid ${child.pid})`);
    } catch (error) {
      if (error instanceof PortTakenError) throw error;
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not become healthy at ${url}:\n${logs.slice(-20).join('')}`);
}

/** Starts the named services as real processes from a fresh build, each answering /health before it returns. */
export async function startPlatform(options: PlatformOptions): Promise<PlatformUnderTest> {
  const outDir = buildOnce();
  const nats = options.natsUrl ? openNats(options.natsUrl) : await securedNats(options);
  const ports = Object.fromEntries(await Promise.all(options.services.map(async (name) => [name, await freePort()] as const))) as Record<ServiceName, number>;
  const children = new Map<ServiceName, ChildProcess>();
  // A test whose beforeAll timed out never calls stop(): its services must still end with the test process.
  process.once('exit', () => {
    for (const child of children.values()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const identityUrl = () => `http://127.0.0.1:${ports['identity-dev']}`;
  const authEnv = (): Record<string, string> =>
    options.services.includes('identity-dev')
      ? { AUTH_ISSUER: identityUrl(), AUTH_AUDIENCE: 'open-dialogue', IDENTITY_DEV_KEY_FILE: path.join(outDir, 'identity-dev-key.json') }
      : {};
  // The portal reaches the platform only through the gateway's public API.
  const portalEnv = (): Record<string, string> => ({
    PORTAL_GATEWAY_URL: `http://127.0.0.1:${ports.gateway}`,
    PORTAL_PUBLIC_URL: `http://127.0.0.1:${ports.portal}`,
  });
  const logs: Record<string, string[]> = {};
  const restartEnv: Partial<Record<ServiceName, Record<string, string>>> = {};

  /** Starts a service and waits for its /health; on a port another process took meanwhile, on another port. */
  async function launch(name: ServiceName, healthTimeoutMs?: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await launchOnce(name, healthTimeoutMs);
      } catch (error) {
        if (!(error instanceof PortTakenError) || attempt === 3) throw error;
        await halt(name, 'SIGKILL');
        ports[name] = await freePort();
      }
    }
  }

  async function launchOnce(name: ServiceName, healthTimeoutMs?: number): Promise<void> {
    const child = spawn(process.execPath, ['--enable-source-maps', path.join(outDir, 'services', name, 'src', 'main.js')], {
      cwd: repositoryRoot,
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        NATS_URL: nats.url,
        ...nats.serviceEnv(name),
        NATS_SUBJECT_ROOT: options.subjectRoot,
        NATS_EVENTS_STREAM: options.streamName,
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'info',
        ...authEnv(),
        ...(name === 'portal' ? portalEnv() : {}),
        [portVariable[name]]: String(ports[name]),
        ...options.env,
        ...options.serviceEnv?.[name],
        ...restartEnv[name],
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = (logs[name] ??= []);
    child.stdout?.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    children.set(name, child);
    await waitForHealth(`http://127.0.0.1:${ports[name]}/health`, child, name, lines, healthTimeoutMs);
  }

  async function halt(name: ServiceName, signal: NodeJS.Signals): Promise<void> {
    const child = children.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  try {
    // The relay first (it alone creates the events stream, which the followers wait for before they serve), then
    // the rest at once: a platform comes up in the time of its slowest service, not of all of them in a row.
    // Started together, services share the CPU: each gets the time the wave would have had one after another, so a
    // loaded machine is no more likely to fail a start than before.
    const first: readonly ServiceName[] = options.services.filter((name) => name === 'relay' || name === 'identity-dev');
    const rest = options.services.filter((name) => !first.includes(name));
    await Promise.all(first.map((name) => launch(name, HEALTH_TIMEOUT_MS * first.length)));
    await Promise.all(rest.map((name) => launch(name, HEALTH_TIMEOUT_MS * rest.length)));
  } catch (error) {
    await Promise.all([...children.keys()].map((name) => halt(name, 'SIGKILL')));
    await nats.stop();
    throw error;
  }

  const clients: NatsConnection[] = [];
  return {
    gatewayUrl: `http://127.0.0.1:${ports.gateway}`,
    portalUrl: `http://127.0.0.1:${ports.portal}`,
    identityUrl: identityUrl(),
    natsUrl: nats.url,
    connectNatsAs: async (userName) => {
      const user = nats.auth?.users.find((candidate) => candidate.name === userName);
      if (!nats.auth || !user) throw new Error(`no NATS user ${userName} on this platform${nats.auth ? '' : ' (it runs on an open server)'}`);
      const seed = readFileSync(path.join(nats.auth.seedsDir, `${user.name}.nk`), 'utf8').trim();
      const nc = await connect({
        servers: nats.url,
        name: `test:${user.name}`,
        authenticator: nkeyAuthenticator(new TextEncoder().encode(seed)),
        inboxPrefix: user.inboxPrefix,
      });
      clients.push(nc);
      return nc;
    },
    logs,
    tokenFor: async (account) => {
      const response = await fetch(`${identityUrl()}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ account }),
      });
      if (!response.ok) throw new Error(`no token for ${account}: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { access_token: string }).access_token;
    },
    stop: async () => {
      await Promise.all(clients.map((nc) => nc.close().catch(() => undefined)));
      for (const name of [...options.services].reverse()) await halt(name, 'SIGTERM');
      await nats.stop();
    },
    restart: async (name, env) => {
      await halt(name, 'SIGKILL');
      if (env) restartEnv[name] = { ...restartEnv[name], ...env };
      await launch(name);
    },
  };
}
