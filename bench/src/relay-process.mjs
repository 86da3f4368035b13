// The built relay as a child process, as it runs in production (`node .../services/relay/src/main.js`,
// from the repository root so it finds infra/nats/events-stream.json).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { peakRssMbOf, settings } from './common.mjs';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startRelay() {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(settings.buildDir, 'services/relay/src/main.js')], {
    cwd: settings.repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: settings.databaseUrl,
      NATS_URL: settings.natsUrl,
      NATS_SUBJECT_ROOT: settings.subjectRoot,
      NATS_EVENTS_STREAM: settings.streamName,
      RELAY_HTTP_PORT: String(port),
      LOG_LEVEL: process.env.BENCH_RELAY_LOG_LEVEL ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  const keep = (chunk) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 50));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let peak = 0;
  return {
    port,
    output,
    exited,
    get running() {
      return child.exitCode === null && child.signalCode === null;
    },
    /** Samples the child's peak RSS (VmHWM); call it now and then, and before stopping. */
    async samplePeakRss() {
      peak = Math.max(peak, (await peakRssMbOf(child.pid)) ?? 0);
      return peak;
    },
    /** User + system CPU seconds the child has used so far (/proc/<pid>/stat, 100 ticks a second). */
    async cpuSeconds() {
      try {
        const { readFile } = await import('node:fs/promises');
        const stat = (await readFile(`/proc/${child.pid}/stat`, 'utf8')).split(') ')[1].split(' ');
        return (Number(stat[11]) + Number(stat[12])) / 100;
      } catch {
        return undefined;
      }
    },
    async healthy() {
      try {
        return (await fetch(`http://127.0.0.1:${port}/health`)).ok;
      } catch {
        return false;
      }
    },
    async stop() {
      await this.samplePeakRss();
      if (this.running) child.kill('SIGTERM');
      const outcome = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(undefined), 25_000))]);
      if (!outcome) {
        child.kill('SIGKILL');
        return { code: null, signal: 'SIGKILL (did not stop within 25 s)' };
      }
      return outcome;
    },
  };
}

export function failWith(relay, message) {
  return new Error(`${message}\n--- relay output (last lines) ---\n${relay.output.join('\n')}`);
}
