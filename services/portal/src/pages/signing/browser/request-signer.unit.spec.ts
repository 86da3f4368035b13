import { DEV_ACCOUNTS } from '@od/identity';
import { createCmsSignatureVerifier, type SignatureVerifier } from '@od/signatures';
import { createTestCa, privateKeyPem, type TestCa, type TestUser } from '@od/signatures/testing';
import { canonicalSignedBytes } from '../signed-request';
import { KeyFileError, KeyFileSigner, NcaLayerSigner } from './request-signer';

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
  ])('given %s, when signing, then the user is told what to choose (%s)', async (_, files, problem) => {
    await expect(new KeyFileSigner(await files()).sign(bytes)).rejects.toEqual(new KeyFileError(problem as never));
  });

  it('given the production seam, when NCALayer is asked to sign here, then it says it is not available (nothing is signed)', async () => {
    await expect(new NcaLayerSigner().sign()).rejects.toThrow(/NCALayer is not available here/);
  });
});
