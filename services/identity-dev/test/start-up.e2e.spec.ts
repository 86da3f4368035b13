import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { buildOnce } from '@od/testing';

jest.setTimeout(120_000);

interface Exit {
  readonly code: number | null;
  readonly stderr: string;
}

let entry: string;

beforeAll(() => {
  entry = path.join(buildOnce(), 'services', 'identity-dev', 'src', 'main.js');
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function startIdentityDev(env: Record<string, string>) {
  const child = spawn(process.execPath, [entry], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
  return {
    child,
    exited,
    listening: async () => {
      const deadline = Date.now() + 20_000;
      while (!stdout.includes('development identity provider at')) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`identity-dev did not start: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const nonLoopbackIpv4 = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;

describe('The development identity provider never runs where it could mint tokens for strangers', () => {
  it('refuses to start with NODE_ENV=production: exits non-zero saying why', async () => {
    const { exited } = startIdentityDev({ NODE_ENV: 'production', IDENTITY_DEV_HTTP_PORT: String(await freePort()) });
    const { code, stderr } = await exited;
    expect(code).toBe(1);
    expect(stderr).toContain('identity-dev refuses to start with NODE_ENV=production');
  });

  it('listens on the loopback address only, unless configured', async () => {
    const port = await freePort();
    const started = startIdentityDev({
      NODE_ENV: 'development',
      IDENTITY_DEV_HTTP_PORT: String(port),
      IDENTITY_DEV_KEY_FILE: path.join(path.dirname(entry), `key-${port}.json`),
    });
    try {
      await started.listening();
      expect(await accepts('127.0.0.1', port)).toBe(true);
      if (!nonLoopbackIpv4) throw new Error('this machine has no non-loopback IPv4 address to check the binding against');
      expect(await accepts(nonLoopbackIpv4, port)).toBe(false);
    } finally {
      started.child.kill('SIGTERM');
      await started.exited;
    }
  });
});
