import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pkcs12KeyFile } from './pkcs12';
import { createTestCa, privateKeyPem, type TestUser } from './test-ca';

// The development CA's .p12 files must open in the tools people use, not only in our own reader (the portal's
// signing page has its own tests): OpenSSL reads them with the password and finds the same key and certificate.

let dir: string;
let user: TestUser;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'od-pkcs12-'));
  const ca = await createTestCa();
  user = await ca.issueUser({ iin: '900315300010', commonName: 'ТЕСТОВ ТЕСТ' });
  file = path.join(dir, 'user.p12');
  writeFileSync(file, await pkcs12KeyFile(user, 'құпия сөз', { friendlyName: 'user' }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const opensslPkcs12 = (...args: string[]) => spawnSync('openssl', ['pkcs12', '-in', file, ...args], { encoding: 'utf8' });
const pemBody = (pem: string, label: string) => new RegExp(`-----BEGIN ${label}-----[\\s\\S]*?-----END ${label}-----`).exec(pem)?.[0].replace(/\s+/g, '');

describe('a development key file as PKCS#12', () => {
  it('given the password (UTF-8, not ASCII), when OpenSSL reads the .p12, then it holds the user’s certificate and private key, with a verified MAC', async () => {
    const read = opensslPkcs12('-passin', 'pass:құпия сөз', '-nodes');
    expect(read.stderr).not.toMatch(/error|invalid/i);
    expect(read.status).toBe(0);
    expect(pemBody(read.stdout, 'CERTIFICATE')).toBe(pemBody(user.certificate.toString('pem'), 'CERTIFICATE'));
    expect(pemBody(read.stdout, 'PRIVATE KEY')).toBe(pemBody(await privateKeyPem(user.keys), 'PRIVATE KEY'));
  });

  it('given the file, when OpenSSL describes it, then the key and the certificate are encrypted with PBES2 (PBKDF2, AES-256-CBC) and the MAC is HMAC-SHA-256', () => {
    const info = opensslPkcs12('-passin', 'pass:құпия сөз', '-info', '-noout');
    expect(info.status).toBe(0);
    expect(info.stderr).toMatch(/MAC: sha256/);
    expect(info.stderr).toMatch(/Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC/);
    expect(info.stderr).toMatch(/PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC/);
  });

  it('given a wrong password, when OpenSSL reads the .p12, then it refuses it (the MAC does not verify)', () => {
    const read = opensslPkcs12('-passin', 'pass:wrong', '-nodes');
    expect(read.status).not.toBe(0);
    expect(read.stderr).toMatch(/mac verify (error|failure)/i);
  });
});
