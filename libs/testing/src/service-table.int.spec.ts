import { spawn } from 'node:child_process';
import path from 'node:path';
import { services } from '@od/service-table';
import { buildOnce } from './platform-processes';

/**
 * The service table (scripts/lib/services.mjs) is what `npm start`, docker-compose.yml and the test platform
 * start services by; each built service must read the port variable the table names for it, and refuse to
 * start on a malformed one, naming the variable and the rule, before it connects to anything.
 */
jest.setTimeout(180_000);

function startRefused(entry: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [entry], {
      cwd: path.resolve(__dirname, '../../..'),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

let outDir: string;
beforeAll(() => {
  outDir = buildOnce();
});

describe('Every service in the table refuses a malformed port at start-up', () => {
  it.each(services.map((service) => [service.name, service.portEnv] as const))('%s names %s and the rule', async (name, portEnv) => {
    const refused = await startRefused(path.join(outDir, 'services', name, 'src', 'main.js'), { [portEnv]: '80x', NODE_ENV: 'development' });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(`${portEnv} must be a whole number from 1 to 65535, got "80x"`);
  });
});
