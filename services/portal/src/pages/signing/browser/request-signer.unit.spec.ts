import { DEV_ACCOUNTS } from '@od/identity';
import { createCmsSignatureVerifier, type SignatureVerifier } from '@od/signatures';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestCa, DEV_KEY_FILE_PASSWORD, pkcs12KeyFile, privateKeyPem, type TestCa, type TestUser } from '@od/signatures/testing';
import { canonicalSignedBytes } from '../signed-request';
import { KeyFileSigner } from './request-signer';
import { SigningError } from './signing-error';

const aigerim = DEV_ACCOUNTS['citizen-aigerim'];
const bytes = canonicalSignedBytes({
  commandId: '7d1f6a52-2c1e-4b8e-9a51-0f3c2d6e8b10',
  holderId: 'kazatomprom',
  subject: 'Мектеп бюджеті',
  text: 'Мектептің 2026 жылғы бюджетін жариялаңыз.\nРахмет!',
  language: 'kk',
});
const account = { iin: aigerim.iin, phoneVerified: true };

let ca: TestCa;
let verifier: SignatureVerifier;
let ecdsa: TestUser;
let rsa: TestUser;
let dana: TestUser;
const filesOf = async (user: TestUser) => ({ key: await privateKeyPem(user.keys), certificate: user.certificate.toString('pem') });

beforeAll(async () => {
  ca = await createTestCa();
  verifier = createCmsSignatureVerifier(ca.trust());
  ecdsa = await ca.issueUser({ iin: aigerim.iin, commonName: aigerim.displayName });
  rsa = await ca.issueUser({ iin: aigerim.iin, key: 'rsa-2048' });
  dana = await ca.issueUser({ iin: DEV_ACCOUNTS['citizen-dana'].iin });
});

describe('R1 in the browser: the development key-file signer', () => {
  it.each([
    ['ECDSA P-256, key and certificate chosen as two files', () => ecdsa, (files: { key: string; certificate: string }) => [files.key, files.certificate]],
    ['RSA-2048, one file holding both', () => rsa, (files: { key: string; certificate: string }) => [`${files.certificate}\n${files.key}`]],
  ])('given the account’s %s, when the request is signed, then the platform’s verifier accepts it as the account holder’s', async (_, user, choose) => {
    const signature = await new KeyFileSigner(choose(await filesOf(user()))).sign(bytes);
    const result = await verifier.verify({ payloadBytes: bytes, signatureBase64: signature, account, now: new Date() });
    expect(result).toMatchObject({ ok: true });
  });

  it('given another account’s key file, when the request is signed and sent, then the verifier refuses it: the signer is not the account holder', async () => {
    const files = await filesOf(dana);
    const signature = await new KeyFileSigner([files.key, files.certificate]).sign(bytes);
    const result = await verifier.verify({ payloadBytes: bytes, signatureBase64: signature, account, now: new Date() });
    expect(result).toMatchObject({ ok: false, code: 'signer_not_account_holder', rule: 'R1' });
  });

  it('given a signature over the request, when one character of the text changes, then it no longer verifies (the bytes are what is signed)', async () => {
    const files = await filesOf(ecdsa);
    const signature = await new KeyFileSigner([files.key, files.certificate]).sign(bytes);
    const changed = canonicalSignedBytes({
      commandId: '7d1f6a52-2c1e-4b8e-9a51-0f3c2d6e8b10',
      holderId: 'kazatomprom',
      subject: 'Мектеп бюджеті',
      text: 'Мектептің 2025 жылғы бюджетін жариялаңыз.\nРахмет!',
      language: 'kk',
    });
    expect(await verifier.verify({ payloadBytes: changed, signatureBase64: signature, account, now: new Date() })).toMatchObject({
      ok: false,
      code: 'signature_invalid',
    });
  });

  it.each([
    ['no file at all', async () => [], 'no_key_file'],
    ['only the certificate', async () => [(await filesOf(ecdsa)).certificate], 'no_private_key'],
    ['only the key', async () => [(await filesOf(ecdsa)).key], 'no_certificate'],
    [
      'a key in the old SEC1 form',
      async () => ['-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----', (await filesOf(ecdsa)).certificate],
      'key_format',
    ],
    ['one account’s key with another’s certificate', async () => [(await filesOf(ecdsa)).key, (await filesOf(dana)).certificate], 'key_not_certificate'],
    ['a file that is neither PEM nor PKCS#12', async () => [new TextEncoder().encode('just some notes')], 'unknown_file'],
  ])('given %s, when signing, then the user is told what to choose (%s)', async (_, files, problem) => {
    await expect(new KeyFileSigner(await files()).sign(bytes)).rejects.toEqual(new SigningError(problem as never));
  });
});

describe('R1 in the browser: a PKCS#12 (.p12) key file, as the development CA writes it and as NCA key files are', () => {
  const p12Of = (user: TestUser, password = DEV_KEY_FILE_PASSWORD) => pkcs12KeyFile(user, password, { friendlyName: 'citizen-aigerim' });

  it.each([
    ['ECDSA P-256', () => ecdsa],
    ['RSA-2048', () => rsa],
  ])(
    'given the account’s %s .p12 made by the development CA’s code and its password, when the request is signed, then the platform’s verifier accepts it as the account holder’s',
    async (_, user) => {
      const signature = await new KeyFileSigner([await p12Of(user())], { password: DEV_KEY_FILE_PASSWORD }).sign(bytes);
      const result = await verifier.verify({ payloadBytes: bytes, signatureBase64: signature, account, now: new Date() });
      expect(result).toMatchObject({ ok: true, evidence: { subjectIin: aigerim.iin } });
    },
  );

  it.each([
    ['a wrong password', 'wrong-password', 'p12_password'],
    ['no password', '', 'p12_no_password'],
  ])('given the .p12 with %s, when signing, then nothing is signed and the user is told about the password (%s)', async (_, password, problem) => {
    await expect(new KeyFileSigner([await p12Of(ecdsa)], { password }).sign(bytes)).rejects.toEqual(new SigningError(problem as never));
  });

  it('given another account’s .p12 (Dana’s), when the request is signed and sent, then the verifier refuses it: the signer is not the account holder', async () => {
    const signature = await new KeyFileSigner([await p12Of(dana)], { password: DEV_KEY_FILE_PASSWORD }).sign(bytes);
    const result = await verifier.verify({ payloadBytes: bytes, signatureBase64: signature, account, now: new Date() });
    expect(result).toMatchObject({ ok: false, code: 'signer_not_account_holder', rule: 'R1' });
  });

  describe('files OpenSSL 3 writes', () => {
    let dir: string;
    const opensslP12 = async (user: TestUser, ...options: string[]) => {
      const files = await filesOf(user);
      writeFileSync(path.join(dir, 'key.pem'), files.key);
      writeFileSync(path.join(dir, 'cert.pem'), files.certificate);
      const made = spawnSync(
        'openssl',
        ['pkcs12', '-export', '-inkey', 'key.pem', '-in', 'cert.pem', '-out', 'out.p12', '-passout', 'pass:Qwerty12', ...options],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
      expect(made.stderr).toBe('');
      return new Uint8Array(readFileSync(path.join(dir, 'out.p12')));
    };
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'od-portal-p12-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('given a .p12 made by `openssl pkcs12 -export` (PBES2, AES-256-CBC: its default), when signing with its password, then the verifier accepts the signature', async () => {
      const signature = await new KeyFileSigner([await opensslP12(ecdsa)], { password: 'Qwerty12' }).sign(bytes);
      expect(await verifier.verify({ payloadBytes: bytes, signatureBase64: signature, account, now: new Date() })).toMatchObject({ ok: true });
    });

    it('given a .p12 encrypted the legacy way (PBE-SHA1-3DES, a SHA-1 MAC), when signing with the right password, then it is refused as legacy (p12_legacy), and with a wrong one as a wrong password', async () => {
      const legacy = await opensslP12(ecdsa, '-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES', '-macalg', 'sha1');
      await expect(new KeyFileSigner([legacy], { password: 'Qwerty12' }).sign(bytes)).rejects.toEqual(new SigningError('p12_legacy'));
      await expect(new KeyFileSigner([legacy], { password: 'qwerty12' }).sign(bytes)).rejects.toEqual(new SigningError('p12_password'));
    });
  });
});
