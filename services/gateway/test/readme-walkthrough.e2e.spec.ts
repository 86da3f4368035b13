import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildOnce, createTestDatabase, startPlatform, testBusNames, type PlatformUnderTest, type TestDatabase } from '@od/testing';

jest.setTimeout(420_000);

/**
 * The README's curl walkthrough (issue 11 §3) runs as written: every ```bash block of its section "Using the
 * API with curl", in order, in one bash with `-euo pipefail`, against the whole platform, pointed at it by the
 * variables the README names (OD_API, OD_IDENTITY, OD_DEV_CA). A command that answers anything but what the
 * README shows (curl --fail-with-body, or a status it checks) stops the script, and the test fails with its output.
 */
const repositoryRoot = path.resolve(__dirname, '../../..');
const section = '## Using the API with curl';

/** The ```bash blocks of the README's walkthrough section, in order. */
function walkthroughBlocks(readme: string): string[] {
  const start = readme.indexOf(`\n${section}\n`);
  if (start === -1) throw new Error(`README.md has no section "${section}"`);
  const end = readme.indexOf('\n## ', start + section.length + 2);
  const lines = readme.slice(start, end === -1 ? undefined : end).split('\n');
  const blocks: string[] = [];
  let block: string[] | undefined;
  for (const line of lines) {
    if (block === undefined && line === '```bash') block = [];
    else if (block !== undefined && line === '```') {
      blocks.push(block.join('\n'));
      block = undefined;
    } else block?.push(line);
  }
  if (block !== undefined) throw new Error('README.md: a ```bash block of the walkthrough is not closed');
  return blocks;
}

function runBash(scriptFile: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', [scriptFile], { cwd: repositoryRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

let platform: PlatformUnderTest;
let database: TestDatabase;
let devCa: string;

beforeAll(async () => {
  // The development CA as `npm start` makes it (certificates and keys of the development accounts as files).
  devCa = mkdtempSync(path.join(tmpdir(), 'od-readme-ca-'));
  const made = spawnSync(process.execPath, [path.join(buildOnce(), 'libs', 'signatures', 'src', 'testing', 'make-test-ca.js'), devCa], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`making the development CA failed: ${made.stderr}`);
  database = await createTestDatabase('readmewalkthrough');
  platform = await startPlatform({
    databaseUrl: database.url,
    ...testBusNames('readmewalkthrough'),
    services: [
      'identity-dev',
      'relay',
      'intake',
      'moderation',
      'response',
      'access',
      'conferences',
      'surveys',
      'deadlines',
      'notifications',
      'projections',
      'reporting',
      'gateway',
    ],
    env: {
      GATEWAY_RATE_LIMIT: '100000',
      EDS_TRUSTED_ROOTS: path.join(devCa, 'root.pem'),
      EDS_INTERMEDIATES: path.join(devCa, 'intermediate.pem'),
      EDS_CRLS: path.join(devCa, 'crl.pem'),
    },
  });
});

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
  rmSync(devCa, { recursive: true, force: true });
});

describe("The README's curl walkthrough", () => {
  it('runs as written from top to bottom: every block, every status as shown', async () => {
    const blocks = walkthroughBlocks(readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8'));
    expect(blocks.length).toBeGreaterThanOrEqual(7); // tokens, AWP, submit, lifecycle, branches, conference, survey
    const scriptFile = path.join(devCa, 'walkthrough.sh');
    writeFileSync(scriptFile, `set -euo pipefail\n${blocks.join('\n')}\necho WALKTHROUGH-COMPLETE\n`);

    const { code, output } = await runBash(scriptFile, { OD_API: platform.gatewayUrl, OD_IDENTITY: platform.identityUrl, OD_DEV_CA: devCa });

    if (code !== 0 || !output.includes('WALKTHROUGH-COMPLETE'))
      throw new Error(`the walkthrough stopped (exit ${code}); its output ends:\n${output.slice(-6000)}`);
    expect(output).toContain('"status":"answered"'); // the main request reached its answer
    expect(output).toContain('extension_already_used'); // R5 allows one extension
    expect(output).toContain('conference_not_open');
    expect(output).toContain('survey_not_open');
  });
});
