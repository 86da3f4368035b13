import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildOnce, createTestDatabase, type TestDatabase } from '@od/testing';

jest.setTimeout(180_000);

let database: TestDatabase;
let built: string;
let files: string;

beforeAll(async () => {
  database = await createTestDatabase('history_cli');
  built = buildOnce();
  files = mkdtempSync(path.join(os.tmpdir(), 'od-history-cli-'));
});

afterAll(async () => {
  rmSync(files, { recursive: true, force: true });
  await database?.drop();
});

/** Runs a built command as `npm run history:…` does, without a terminal (so without the progress bar). */
function run(command: 'generate' | 'export', ...args: string[]) {
  const script = path.join(built, 'libs', 'history', 'src', 'cli', `${command}-main.js`);
  const result = spawnSync(process.execPath, [script, ...args, '--database-url', database.url], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run history:generate and history:export, as a newcomer runs them', () => {
  it('generates a small history, refuses a schema that holds one, and exports it up to the as-of instant', () => {
    const generated = run('generate', '--years', '0.25', '--requests-per-year', '400', '--seed', 'cli', '--schema', 'cli_history');
    expect(generated.stderr).not.toMatch(/Error/);
    expect(generated.status).toBe(0);
    const wrote = /wrote (\d+) events to (\d+) streams in [\d.]+ s: (\d+) events\/s/.exec(generated.stdout);
    expect(wrote).not.toBeNull();
    expect(generated.stdout).toMatch(/0 refused by a decider/);

    const again = run('generate', '--years', '0.25', '--requests-per-year', '400', '--schema', 'cli_history');
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/--schema cli_history already holds events/);

    const shortKey = path.join(files, 'short.key');
    writeFileSync(shortKey, 'too short\n');
    const refused = run('export', '--as-of', '2025-02-15T00:00:00+05:00', '--key-file', shortKey, '--schema', 'cli_history');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--key-file must hold at least 32 bytes/);
    const noOffset = run('export', '--as-of', '2025-02-15T00:00:00', '--key-file', shortKey, '--schema', 'cli_history');
    expect(noOffset.status).toBe(2);
    expect(noOffset.stderr).toMatch(/--as-of must be an ISO 8601 instant with its offset/);

    const key = path.join(files, 'export.key');
    writeFileSync(key, `${'0123456789abcdef'.repeat(4)}\n`);
    const out = path.join(files, 'history.ndjson');
    const exported = run('export', '--as-of', '2025-02-15T00:00:00+05:00', '--key-file', key, '--schema', 'cli_history', '--out', out);
    expect(exported.status).toBe(0);
    const counts = /exported (\d+) facts recorded up to 2025-02-14T19:00:00.000Z \(of (\d+) read\)/.exec(exported.stderr);
    expect(counts).not.toBeNull();
    const [written, read] = [Number(counts?.[1]), Number(counts?.[2])];
    expect(read).toBe(Number(wrote?.[1]));
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(read);
    const lines = readFileSync(out, 'utf8')
      .split('\n')
      .filter((line) => line.length > 0);
    expect(lines).toHaveLength(written);
    const facts = lines.map((line) => JSON.parse(line) as { recordedAt: string; type: string; metadata: { actor: { kind: string; id: string } } });
    expect(facts.every((fact) => Date.parse(fact.recordedAt) <= Date.parse('2025-02-15T00:00:00+05:00'))).toBe(true);
    expect(facts.filter((fact) => fact.metadata.actor.kind === 'citizen').every((fact) => /^ps_[0-9a-f]{32}$/.test(fact.metadata.actor.id))).toBe(true);
  });
});
