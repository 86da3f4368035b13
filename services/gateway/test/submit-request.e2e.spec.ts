import { randomUUID } from 'node:crypto';
import {
  storedEventCount as storedEventsIn,
  createRequestSigners,
  createTestDatabase,
  startPlatform,
  testBusNames,
  type PlatformUnderTest,
  type RequestSigners,
  type TestDatabase,
} from '@od/testing';

jest.setTimeout(90_000);

const citizen = 'citizen-aigerim';
const otherCitizen = 'citizen-dana';
const bus = testBusNames('submitrequest');
let database: TestDatabase;
let platform: PlatformUnderTest;
let signers: RequestSigners;

type RequestBody = ReturnType<typeof aRequest>;
const signable = (body: Record<string, unknown>): body is RequestBody =>
  ['commandId', 'holderId', 'subject', 'text', 'language'].every((field) => typeof body[field] === 'string');

/** Posts a request, signed by the user (R1) when it has the fields a signature covers. */
async function post(unsigned: Record<string, unknown>, user = citizen) {
  const body = signable(unsigned) && !('signature' in unsigned) ? await signers.sign(user, unsigned) : unsigned;
  const response = await fetch(`${platform.gatewayUrl}/api/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await platform.tokenFor(user)}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function get(path: string, user = citizen) {
  const response = await fetch(`${platform.gatewayUrl}${path}`, { headers: { authorization: `Bearer ${await platform.tokenFor(user)}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const storedEventCount = () => storedEventsIn(database.url);

function aRequest(overrides: Record<string, unknown> = {}) {
  return {
    commandId: randomUUID(),
    holderId: 'kazatomprom',
    subject: 'Budget of school No. 12',
    text: 'Please publish the 2026 budget of school No. 12 in Astana.',
    language: 'en',
    ...overrides,
  };
}

beforeAll(async () => {
  database = await createTestDatabase('submitrequest');
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

describe('Submitting a request through HTTP, NATS, the store, the relay and the projection', () => {
  it('answers 201 with the request id and position, and the author reads it back once the projection has it', async () => {
    const submitted = await post(aRequest());
    expect(submitted.status).toBe(201);
    expect(submitted.body).toEqual({ requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), position: expect.stringMatching(/^\d+:\d+$/) });

    const read = await get(`/api/requests/${submitted.body.requestId}?atLeastPosition=${submitted.body.position}&waitMs=5000`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      requestId: submitted.body.requestId,
      holderId: 'kazatomprom',
      subject: 'Budget of school No. 12',
      language: 'en',
      status: 'received',
      position: submitted.body.position,
    });
  });

  it('a retry with the same commandId answers the same and appends nothing, also when raced', async () => {
    const request = await signers.sign(citizen, aRequest());
    const before = await storedEventCount();
    const answers = await Promise.all([post(request), post(request), post(request)]);
    const again = await post(request);
    for (const answer of [...answers, again]) {
      expect(answer.status).toBe(201);
      expect(answer.body).toEqual(answers[0].body);
    }
    expect(await storedEventCount()).toBe(before + 1);
  });

  it('400 names the field and the rule, and nothing is appended', async () => {
    const before = await storedEventCount();
    const answer = await post(aRequest({ language: 'de', subject: '' }));
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('validation_failed');
    expect(answer.body.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'language', rule: 'isIn' }), expect.objectContaining({ field: 'subject', rule: 'isNotEmpty' })]),
    );
    expect((await post({ ...aRequest(), commandId: 'not-a-uuid' })).body.fields).toEqual([expect.objectContaining({ field: 'commandId', rule: 'isUuid' })]);
    expect((await post({ ...aRequest(), extra: 1 })).status).toBe(400);
    expect(await storedEventCount()).toBe(before);
  });

  it('an unknown holder is 422 and nothing is appended', async () => {
    const before = await storedEventCount();
    const answer = await post(aRequest({ holderId: 'ministry-of-magic' }));
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ error: 'holder_unknown', field: 'holderId' });
    expect(await storedEventCount()).toBe(before);
  });

  it("Order 145 as amended in 2023: a ministry or a wholly state-owned company has no blog, 422 naming the provision in the reader's language, nothing appended", async () => {
    const before = await storedEventCount();
    for (const holderId of ['ministry-of-finance', 'samruk-kazyna']) {
      const answer = await post(aRequest({ holderId }), otherCitizen);
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({ error: 'holder_has_no_blog', field: 'holderId', rule: 'Order 145 as amended in 2023, p. 2 subp. 1 and 4' });
      // citizen-dana reads Russian: the provision's own words
      expect(answer.body.message).toContain('за исключением лиц со стопроцентным участием государства');
    }
    expect(await storedEventCount()).toBe(before);
    const kazmunaygas = await post(aRequest({ holderId: 'kazmunaygas' }), otherCitizen);
    expect(kazmunaygas.status).toBe(201);
  });

  it('without an identity the gateway answers 401; another citizen cannot read the request', async () => {
    const response = await fetch(`${platform.gatewayUrl}/api/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(aRequest()),
    });
    expect(response.status).toBe(401);

    const submitted = await post(aRequest());
    await get(`/api/requests/${submitted.body.requestId}?atLeastPosition=${submitted.body.position}&waitMs=5000`);
    expect((await get(`/api/requests/${submitted.body.requestId}`, otherCitizen)).status).toBe(404);
  });

  it('the read model survives a projections crash and catches up from its checkpoint', async () => {
    await platform.restart('projections');
    const submitted = await post(aRequest({ language: 'kk', subject: 'Мектеп бюджеті', text: 'Мектептің 2026 жылғы бюджетін жариялаңыз.' }));
    const read = await get(`/api/requests/${submitted.body.requestId}?atLeastPosition=${submitted.body.position}&waitMs=8000`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ subject: 'Мектеп бюджеті', language: 'kk' });
  });

  it('health answers for every service', async () => {
    const health = await fetch(`${platform.gatewayUrl}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', info: { nats: { status: 'up' } } });
  });
});
