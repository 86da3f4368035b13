import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { canonicalRequestBytes, toSignedRequestPayload } from '@od/signatures';
import { createTestCa, signRequest } from '@od/signatures/testing';
import {
  storedEventCount,
  createRequestSigners,
  createTestDatabase,
  startPlatform,
  testBusNames,
  type PlatformUnderTest,
  type RequestSigners,
  type TestDatabase,
} from '@od/testing';

jest.setTimeout(120_000);

const bus = testBusNames('signedrequests');
let database: TestDatabase;
let platform: PlatformUnderTest;
let signers: RequestSigners;

const aRequest = () => ({
  commandId: randomUUID(),
  holderId: 'kazatomprom',
  subject: 'Мектеп бюджеті',
  text: 'Мектептің 2026 жылғы бюджетін жариялаңыз.',
  language: 'kk',
});
const bytesOf = (body: ReturnType<typeof aRequest>) => canonicalRequestBytes(toSignedRequestPayload(body));

async function submit(account: string, body: Record<string, unknown>) {
  const response = await fetch(`${platform.gatewayUrl}/api/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await platform.tokenFor(account)}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function query<Row>(sql: string, parameters: unknown[] = []): Promise<Row[]> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows as Row[];
  } finally {
    await client.end();
  }
}

const storedEvents = () => storedEventCount(database.url);

beforeAll(async () => {
  database = await createTestDatabase('signedrequests');
  signers = await createRequestSigners();
  platform = await startPlatform({
    databaseUrl: database.url,
    ...bus,
    env: signers.env,
    services: ['identity-dev', 'relay', 'intake', 'projections', 'gateway'],
  });
});

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

describe('R1: a request is certified by the account holder’s EDS', () => {
  it('R1: a valid signature is accepted, and the fact keeps the signature and the certificate’s fingerprint', async () => {
    const body = await signers.sign('citizen-aigerim', aRequest());
    const answer = await submit('citizen-aigerim', body);
    expect(answer.status).toBe(201);
    const [event] = await query<{ data: { signature: Record<string, string> } }>(`SELECT data FROM event_store.events WHERE stream_id = $1`, [
      `request-${answer.body.requestId}`,
    ]);
    const certificate = await signers.certificateOf('citizen-aigerim');
    const fingerprint = Buffer.from(await crypto.subtle.digest('SHA-256', certificate.certificate.rawData)).toString('hex');
    expect(event.data.signature).toMatchObject({ cms: body.signature, certificateFingerprintSha256: fingerprint });
  });

  it('R1: a legal entity signs with the certificate carrying its BIN', async () => {
    expect((await submit('org-astana-tech', await signers.sign('org-astana-tech', aRequest()))).status).toBe(201);
  });

  const refusals: [string, () => Promise<{ account: string; body: Record<string, unknown> }>, number, string][] = [
    [
      'a tampered payload',
      async () => ({ account: 'citizen-aigerim', body: { ...(await signers.sign('citizen-aigerim', aRequest())), text: 'Another text.' } }),
      422,
      'signature_invalid',
    ],
    [
      'a signature that is not CMS',
      async () => ({ account: 'citizen-aigerim', body: { ...aRequest(), signature: Buffer.from('not a signature').toString('base64') } }),
      422,
      'signature_invalid',
    ],
    ['another signer', async () => ({ account: 'citizen-aigerim', body: await signers.sign('citizen-dana', aRequest()) }), 422, 'signer_not_account_holder'],
    [
      'an account without a verified phone',
      async () => ({ account: 'citizen-no-phone', body: await signers.sign('citizen-no-phone', aRequest()) }),
      403,
      'phone_not_verified',
    ],
    [
      'an untrusted root',
      async () => {
        const rogue = await createTestCa({ name: 'Rogue' });
        const body = aRequest();
        return { account: 'citizen-aigerim', body: { ...body, signature: await signRequest(bytesOf(body), await rogue.issueUser({ iin: '900101300017' })) } };
      },
      422,
      'certificate_untrusted',
    ],
    [
      'an expired certificate',
      async () => {
        const expired = await signers.ca.issueUser({
          iin: '900101300017',
          notBefore: new Date('2024-01-01T00:00:00Z'),
          notAfter: new Date('2025-01-01T00:00:00Z'),
        });
        const body = aRequest();
        return { account: 'citizen-aigerim', body: { ...body, signature: await signRequest(bytesOf(body), expired) } };
      },
      422,
      'certificate_expired',
    ],
    [
      'a revoked certificate',
      async () => {
        const body = aRequest();
        return { account: 'citizen-aigerim', body: { ...body, signature: await signRequest(bytesOf(body), signers.revoked) } };
      },
      422,
      'certificate_revoked',
    ],
  ];

  it.each(refusals)('R1: %s is refused with its own code, in the user’s language, and nothing is appended', async (_, make, status, code) => {
    const { account, body } = await make();
    const before = await storedEvents();
    const answer = await submit(account, body);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({
      error: code,
      rule: 'R1',
      field: 'signature',
      messages: { kk: expect.any(String), ru: expect.any(String), en: expect.any(String) },
    });
    const language = account === 'citizen-aigerim' ? 'kk' : 'en';
    expect(answer.body.message).toBe((answer.body.messages as Record<string, string>)[language]);
    expect(await storedEvents()).toBe(before);
  });

  it('R1: a request without a signature is a 400 naming the field', async () => {
    const answer = await submit('citizen-aigerim', aRequest());
    expect(answer.status).toBe(400);
    expect(answer.body.fields).toContainEqual(expect.objectContaining({ field: 'signature' }));
  });
});
