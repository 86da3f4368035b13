// Writes a throw-away test CA and a few user keys and certificates as PEM files, and each user's key and
// certificate again as one PKCS#12 file (`<name>.p12`, password DEV_KEY_FILE_PASSWORD), for local runs, the
// portal's signing page and the README's curl example:  node scripts/build.mjs && node dist/libs/signatures/src/testing/make-test-ca.js <dir>
// Then sign with openssl (see libs/signatures/README.md) and configure the portal to trust <dir>/root.pem.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEV_ACCOUNTS } from '@od/identity';
import { DEV_KEY_FILE_PASSWORD, pkcs12KeyFile } from './pkcs12';
import { createTestCa, crlPem, privateKeyPem, SAMPLE_BINS, SAMPLE_IINS, type IssueUserOptions } from './test-ca';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node dist/libs/signatures/src/testing/make-test-ca.js <dir>');
  process.exit(2);
}

// The development accounts that may sign requests (services/identity-dev issues their tokens), so that
// `npm start` and the README's curl example work end to end; then a few generic samples.
const developmentSigners = Object.fromEntries(
  Object.entries(DEV_ACCOUNTS)
    .filter(([, account]) => account.od_role === 'citizen' || account.od_role === 'organisation')
    .map(([id, account]) => [id, { iin: account.iin, bin: account.bin, commonName: account.displayName }]),
);

const users: Record<string, IssueUserOptions> = {
  ...developmentSigners,
  individual: { iin: SAMPLE_IINS[0], commonName: 'ТЕСТОВ ТЕСТ' },
  'individual-rsa': { iin: SAMPLE_IINS[1], commonName: 'ТЕСТОВА АЙГЕРІМ', key: 'rsa-2048' },
  'legal-entity': { iin: SAMPLE_IINS[2], bin: SAMPLE_BINS[0], commonName: 'ДИРЕКТОРОВ ДИРЕКТОР', organization: 'ТОО «Тест»' },
  revoked: { iin: SAMPLE_IINS[3], commonName: 'ОТОЗВАНОВ ОТОЗВАН' },
};

await mkdir(dir, { recursive: true });
const ca = await createTestCa();
const write = (file: string, content: string | Uint8Array) =>
  writeFile(path.join(dir, file), content, { mode: file.endsWith('.key.pem') || file.endsWith('.p12') ? 0o600 : 0o644 });
const lines: string[] = [];
for (const [name, options] of Object.entries(users)) {
  const user = await ca.issueUser(options);
  if (name === 'revoked') await ca.revoke(user);
  await write(`${name}.cert.pem`, user.certificate.toString('pem'));
  await write(`${name}.key.pem`, await privateKeyPem(user.keys));
  await write(`${name}.p12`, await pkcs12KeyFile(user, DEV_KEY_FILE_PASSWORD, { friendlyName: name }));
  lines.push(
    `  ${name.padEnd(15)} ${[options.iin && `IIN ${options.iin}`, options.bin && `BIN ${options.bin}`].filter(Boolean).join(', ')}  ${name}.cert.pem ${name}.key.pem ${name}.p12`,
  );
}
await write('root.pem', ca.root.certificate.toString('pem'));
await write('intermediate.pem', ca.intermediate.certificate.toString('pem'));
await write('crl.pem', crlPem(ca.crl));
console.log(
  `test CA in ${dir}: root.pem (trust it), intermediate.pem, crl.pem (lists "revoked"); .p12 password: ${DEV_KEY_FILE_PASSWORD}\n${lines.join('\n')}`,
);
