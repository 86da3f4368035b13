import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { canonicalRequestBytes } from './canonical-request';
import { createCmsSignatureVerifier } from './cms-signature-verifier';
import { createTestCa, privateKeyPem, SAMPLE_BINS, SAMPLE_IINS, signRequest, type TestCa, type TestUser } from './testing';

// R1 interoperability: the README tells clients to sign with `openssl cms -sign ... -outform DER | base64 -w0`.
// These tests run that exact command against the test CA. Where openssl is not installed, the signature
// is made with pkijs instead (and the test says so) — the check is never skipped.

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const payloadBytes = canonicalRequestBytes({
  commandId: '3c0e8f1a-5b7d-4e2a-8f61-2b9d0c4e7a15',
  holderId: 'ministry-of-digital-development',
  subject: 'Сұрау',
  text: 'Интернет-конференция қашан өтеді?',
  language: 'kk',
});

let dir: string;
let ca: TestCa;
let users: { ecdsa: TestUser; rsa: TestUser; company: TestUser };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'od-signatures-'));
  // openssl stamps signingTime from the real clock, so this CA lives on the real clock too.
  ca = await createTestCa({ now: new Date() });
  const [ecdsa, rsa, company] = await Promise.all([
    ca.issueUser({ iin: SAMPLE_IINS[0] }),
    ca.issueUser({ iin: SAMPLE_IINS[1], key: 'rsa-2048' }),
    ca.issueUser({ iin: SAMPLE_IINS[2], bin: SAMPLE_BINS[0], organization: 'ТОО «Тест»' }),
  ]);
  users = { ecdsa, rsa, company };
  writeFileSync(path.join(dir, 'payload.json'), payloadBytes);
  writeFileSync(path.join(dir, 'root.pem'), ca.root.certificate.toString('pem'));
  writeFileSync(path.join(dir, 'intermediate.pem'), ca.intermediate.certificate.toString('pem'));
  for (const [name, user] of Object.entries(users)) {
    writeFileSync(path.join(dir, `${name}.cert.pem`), user.certificate.toString('pem'));
    writeFileSync(path.join(dir, `${name}.key.pem`), await privateKeyPem(user.keys));
  }
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The README command, run by a shell in the folder with the files. */
function opensslSign(name: string): string {
  const command = `openssl cms -sign -binary -in payload.json -signer ${name}.cert.pem -inkey ${name}.key.pem -outform DER -nosmimecap -md sha256 | base64 -w0`;
  return execFileSync('bash', ['-o', 'pipefail', '-c', command], { cwd: dir, encoding: 'utf8' });
}

describe('R1 EDS made by openssl (the README command)', () => {
  test.each([
    ['an individual ECDSA key', 'ecdsa', { iin: SAMPLE_IINS[0] }],
    ['an individual RSA key', 'rsa', { iin: SAMPLE_IINS[1] }],
    ['a legal entity ECDSA key', 'company', { bin: SAMPLE_BINS[0] }],
  ] as const)(
    'given a request signed with %s by openssl cms -sign, when verified, then it is accepted with openssl signingTime as signedAt',
    async (_, name, ids) => {
      const before = Date.now();
      const signatureBase64 = hasOpenssl ? opensslSign(name) : await signRequest(payloadBytes, users[name], { signingTime: new Date() });
      if (!hasOpenssl) console.warn('openssl is not installed: the signature was made with pkijs instead');
      const result = await createCmsSignatureVerifier(ca.trust()).verify({
        payloadBytes,
        signatureBase64,
        account: { ...ids, phoneVerified: true },
        now: new Date(),
      });
      if (!result.ok) throw new Error(`${result.code}: ${result.detail}`);
      expect(Date.parse(result.evidence.signedAt ?? '')).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - 1000);
    },
  );

  test('given a signature made by the test CA signer (pkijs), when openssl cms -verify checks it against the root, then openssl accepts it too', async () => {
    const signature = await signRequest(payloadBytes, users.ecdsa, { signingTime: new Date(), includeChain: true });
    writeFileSync(path.join(dir, 'pkijs.sig.der'), Buffer.from(signature, 'base64'));
    if (!hasOpenssl) {
      console.warn('openssl is not installed: cross-checking with our own verifier instead');
      const result = await createCmsSignatureVerifier(ca.trust()).verify({
        payloadBytes,
        signatureBase64: signature,
        account: { iin: SAMPLE_IINS[0], phoneVerified: true },
        now: new Date(),
      });
      expect(result.ok).toBe(true);
      return;
    }
    const run = spawnSync(
      'openssl',
      ['cms', '-verify', '-binary', '-inform', 'DER', '-in', 'pkijs.sig.der', '-content', 'payload.json', '-CAfile', 'root.pem', '-out', '/dev/null'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(run.stderr).toContain('Verification successful');
    expect(run.status).toBe(0);
  });
});
