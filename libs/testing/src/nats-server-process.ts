import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A nats-server of its own for one test file: 127.0.0.1, a free port, JetStream in a temporary folder. */
export interface NatsServerUnderTest {
  readonly url: string;
  readonly dir: string;
  readonly logs: string[];
  stop(): Promise<void>;
}

function natsServerBinary(): string {
  const candidates = [process.env.NATS_SERVER_BIN, '/usr/sbin/nats-server', '/usr/local/bin/nats-server', '/usr/bin/nats-server'];
  const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!found) throw new Error('no nats-server binary (set NATS_SERVER_BIN)');
  return found;
}

/** A TCP port of 127.0.0.1 nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts `nats-server -c <dir>/server.conf -js -sd <dir>/jetstream`, the config including `files`
 * (written into the same folder first, e.g. `auth.conf`). Resolves once the server says it is ready.
 */
export async function startNatsServer(files: Record<string, string>): Promise<NatsServerUnderTest> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'od-nats-permissions-'));
  const port = await freePort();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const config = [`listen: "127.0.0.1:${port}"`, ...Object.keys(files).map((name) => `include "./${name}"`), ''].join('\n');
  writeFileSync(path.join(dir, 'server.conf'), config);
  const logs: string[] = [];
  const child: ChildProcess = spawn(natsServerBinary(), ['-c', path.join(dir, 'server.conf'), '-js', '-sd', path.join(dir, 'jetstream')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A test whose beforeAll timed out never stops it: it must still end with the test process.
  process.once('exit', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nats-server not ready within 10 s:\n${logs.join('')}`)), 10_000);
    const onData = (chunk: Buffer) => {
      logs.push(chunk.toString());
      if (logs.join('').includes('Server is ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`nats-server exited with ${code}:\n${logs.join('')}`));
    });
  });
  return {
    url: `nats://127.0.0.1:${port}`,
    dir,
    logs,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
