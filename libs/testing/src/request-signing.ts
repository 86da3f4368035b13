import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEV_ACCOUNTS } from '@od/identity';
import { canonicalRequestBytes, toSignedRequestPayload } from '@od/signatures';
import { createTestCa, crlPem, signRequest, type TestCa, type TestUser } from '@od/signatures/testing';

export interface RequestSigners {
  readonly ca: TestCa;
  /** EDS_TRUSTED_ROOTS, EDS_INTERMEDIATES, EDS_CRLS for the intake service: trust this CA. */
  readonly env: Record<string, string>;
  /** The body with `signature`: the account's EDS over the request's canonical bytes (R1). */
  sign<Body extends { commandId: string; holderId: string; subject: string; text: string; language: string }>(
    account: string,
    body: Body,
  ): Promise<Body & { signature: string }>;
  /** The certificate of a development account (made on first use). */
  certificateOf(account: string): Promise<TestUser>;
  /** A certificate of `citizen-aigerim` that is on the CRL the intake service reads at start-up. */
  readonly revoked: TestUser;
}

/** A test CA whose certificates carry the development accounts' IINs and BINs. */
export async function createRequestSigners(): Promise<RequestSigners> {
  const ca = await createTestCa();
  const revoked = await ca.issueUser({ iin: DEV_ACCOUNTS['citizen-aigerim'].iin, commonName: 'Revoked certificate' });
  await ca.revoke(revoked);
  const dir = await mkdtemp(path.join(tmpdir(), 'od-test-ca-'));
  const files = { root: path.join(dir, 'root.pem'), intermediate: path.join(dir, 'intermediate.pem'), crl: path.join(dir, 'crl.pem') };
  await writeFile(files.root, ca.root.certificate.toString('pem'));
  await writeFile(files.intermediate, ca.intermediate.certificate.toString('pem'));
  await writeFile(files.crl, crlPem(ca.crl));
  const certificates = new Map<string, Promise<TestUser>>();

  function certificateOf(account: string): Promise<TestUser> {
    const claims = DEV_ACCOUNTS[account];
    if (!claims) throw new Error(`no development account ${account}`);
    if (!certificates.has(account)) certificates.set(account, ca.issueUser({ iin: claims.iin, bin: claims.bin, commonName: claims.displayName }));
    return certificates.get(account) as Promise<TestUser>;
  }

  return {
    ca,
    revoked,
    env: { EDS_TRUSTED_ROOTS: files.root, EDS_INTERMEDIATES: files.intermediate, EDS_CRLS: files.crl },
    certificateOf,
    sign: async (account, body) => ({
      ...body,
      signature: await signRequest(canonicalRequestBytes(toSignedRequestPayload(body)), await certificateOf(account), { signingTime: new Date() }),
    }),
  };
}
