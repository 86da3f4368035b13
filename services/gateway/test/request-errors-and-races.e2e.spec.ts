import { randomUUID } from 'node:crypto';
import { grantAwpAccess, startFullPlatform, type FullPlatform, callApi } from '@od/testing';

jest.setTimeout(180_000);

/** R2–R7 refusals through HTTP, and two staff acting on one request at the same moment. */
let under: FullPlatform;

const call = (account: string, method: string, path: string, body?: unknown) => callApi(under.platform, account, method, path, body);

const act = (account: string, requestId: string, action: string, body: Record<string, unknown> = {}) =>
  call(account, 'POST', `/api/requests/${requestId}/${action}`, { commandId: randomUUID(), ...body });

async function submitted(author = 'citizen-aigerim'): Promise<string> {
  const body = await under.signers.sign(author, {
    commandId: randomUUID(),
    holderId: 'kazatomprom',
    subject: 'Tax refunds',
    text: 'How many VAT refunds were paid in 2026?',
    language: 'en',
  });
  const answer = await call(author, 'POST', '/api/requests', body);
  expect(answer.status).toBe(201);
  return answer.body.requestId as string;
}

async function accepted(author = 'citizen-aigerim'): Promise<string> {
  const requestId = await submitted(author);
  expect((await act('staff-kap-admin', requestId, 'acceptance')).status).toBe(201);
  return requestId;
}

beforeAll(async () => {
  under = await startFullPlatform('requesterrors', { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'moderation',
    'response',
    'access',
    'projections',
    'gateway',
  ]);
  await grantAwpAccess(under.platform, 'staff-kap-admin', 'administrator');
  await grantAwpAccess(under.platform, 'staff-kap-head', 'first_head');
  await grantAwpAccess(under.platform, 'staff-kap-responder', 'responder');
  await grantAwpAccess(under.platform, 'staff-kmg-admin', 'administrator');
});

afterAll(() => under?.stop());

describe('Refusals of the request lifecycle through HTTP', () => {
  it('R5: a second extension is 409 citing R5, and nothing more is appended', async () => {
    const requestId = await accepted();
    const extension = { days: 10, otherHolderIds: ['kazmunaygas'], reason: 'Hospital data is needed' };
    expect((await act('staff-kap-head', requestId, 'extension', extension)).status).toBe(201);
    const before = await under.storedEventCount();
    const second = await act('staff-kap-head', requestId, 'extension', extension);
    expect(second).toMatchObject({ status: 409, body: { error: 'extension_already_used', rule: 'R5' } });
    expect(await under.storedEventCount()).toBe(before);
  });

  it('R5: an extension by anyone but the first head is 403', async () => {
    const requestId = await accepted();
    const extension = { days: 5, otherHolderIds: ['kazmunaygas'], reason: 'Hospital data is needed' };
    expect(await act('staff-kap-responder', requestId, 'extension', extension)).toMatchObject({
      status: 403,
      body: { error: 'role_not_allowed', rule: 'R5' },
    });
    expect(await act('staff-kap-admin', requestId, 'extension', extension)).toMatchObject({ status: 403, body: { error: 'role_not_allowed', rule: 'R5' } });
  });

  it('R5: more than 15 days, or no other holder, is a 400 naming the field', async () => {
    const requestId = await accepted();
    const tooLong = await act('staff-kap-head', requestId, 'extension', { days: 16, otherHolderIds: ['kazmunaygas'], reason: 'x' });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.fields).toContainEqual(expect.objectContaining({ field: 'days', rule: 'max' }));
    const alone = await act('staff-kap-head', requestId, 'extension', { days: 5, otherHolderIds: [], reason: 'x' });
    expect(alone.body.fields).toContainEqual(expect.objectContaining({ field: 'otherHolderIds', rule: 'arrayMinSize' }));
  });

  it('R7: a dislike without a reason is 400; a rating by anyone but the author is answered as if the request did not exist; rating twice is 409', async () => {
    const requestId = await accepted();
    expect((await act('staff-kap-responder', requestId, 'answer', { text: 'About 41,000 refunds were paid.' })).status).toBe(201);
    const noReason = await act('citizen-aigerim', requestId, 'rating', { rating: 'dislike' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields).toContainEqual(expect.objectContaining({ field: 'reason' }));
    expect(await act('citizen-dana', requestId, 'rating', { rating: 'like' })).toMatchObject({ status: 404, body: { error: 'request_not_found' } });
    expect((await act('citizen-aigerim', requestId, 'rating', { rating: 'dislike', reason: 'No breakdown by region' })).status).toBe(201);
    expect(await act('citizen-aigerim', requestId, 'rating', { rating: 'like' })).toMatchObject({ status: 409, body: { error: 'already_rated', rule: 'R7' } });
  });

  it('acting on another holder’s request is refused without telling where it is', async () => {
    const requestId = await submitted();
    const answer = await act('staff-kmg-admin', requestId, 'acceptance');
    expect(answer).toMatchObject({ status: 404, body: { error: 'request_not_found' } });
  });

  it('acting on a request in the wrong state is 409 naming the state', async () => {
    const requestId = await submitted();
    expect(
      (await act('staff-kap-admin', requestId, 'return', { reasonCode: 'no_user_name', reasonText: 'The request is not signed by a named person.' })).status,
    ).toBe(201);
    const answer = await act('staff-kap-responder', requestId, 'answer', { text: 'Too late, it was returned.' });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ error: 'request_wrong_state' });
    expect(String(answer.body.message)).toContain('returned');
  });

  it('an unknown request is 404', async () => {
    expect(await act('staff-kap-admin', randomUUID(), 'acceptance')).toMatchObject({ status: 404, body: { error: 'request_not_found' } });
  });
});

/** The raw answer, with the request id (and the read model's position, which moves on) put aside. */
async function rawAnswer(account: string, method: string, path: string, requestId: string, body?: unknown) {
  const response = await fetch(`${under.platform.gatewayUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await under.platform.tokenFor(account)}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = (await response.text()).replaceAll(requestId, '<id>').replace(/read model at \d+:\d+/g, 'read model at <position>');
  return { status: response.status, contentType: response.headers.get('content-type'), text };
}

describe('Existence oracles: a request that is not yours answers exactly like one that does not exist', () => {
  const cases: [string, string, (requestId: string, commandId: string) => [string, string, unknown?]][] = [
    ['another citizen reads it', 'citizen-dana', (id) => ['GET', `/api/requests/${id}`]],
    ['another citizen reads its history', 'citizen-dana', (id) => ['GET', `/api/requests/${id}/history`]],
    ['another citizen rates its answer', 'citizen-dana', (id, commandId) => ['POST', `/api/requests/${id}/rating`, { commandId, rating: 'like' }]],
    ['staff of another holder read it', 'staff-kmg-admin', (id) => ['GET', `/api/requests/${id}`]],
    ['staff of another holder read its history', 'staff-kmg-admin', (id) => ['GET', `/api/requests/${id}/history`]],
    ['staff of another holder accept it', 'staff-kmg-admin', (id, commandId) => ['POST', `/api/requests/${id}/acceptance`, { commandId }]],
    [
      'staff of another holder return it',
      'staff-kmg-admin',
      (id, commandId) => ['POST', `/api/requests/${id}/return`, { commandId, reasonCode: 'no_user_name', reasonText: 'Not signed by a named person.' }],
    ],
    [
      'staff of another holder refuse it',
      'staff-kmg-admin',
      (id, commandId) => ['POST', `/api/requests/${id}/refusal`, { commandId, groundCode: 'state_secrets', reasonText: 'Secrets.' }],
    ],
  ];
  let existing: string;

  beforeAll(async () => {
    existing = await accepted();
    const answered = await act('staff-kap-responder', existing, 'answer', { text: 'About 41,000 refunds were paid.' });
    expect(answered.status).toBe(201);
    // The read side has the request and its answer before it is compared with a missing one.
    expect((await call('citizen-aigerim', 'GET', `/api/requests/${existing}/history?waitMs=5000&atLeastPosition=${answered.body.position}`)).status).toBe(200);
  });

  it.each(cases)('%s: the same 404, byte for byte, as for a request that does not exist', async (_case, account, build) => {
    const missing = randomUUID();
    const commandId = randomUUID();
    const [method, pathOfExisting, body] = build(existing, commandId);
    const [, pathOfMissing] = build(missing, commandId);
    const before = await under.storedEventCount();
    const ofExisting = await rawAnswer(account, method, pathOfExisting, existing, body);
    const ofMissing = await rawAnswer(account, method, pathOfMissing, missing, body);
    expect(ofExisting.status).toBe(404);
    expect(ofExisting).toEqual(ofMissing);
    expect(await under.storedEventCount()).toBe(before);
  });
});

describe('Two staff acting on one request at once', () => {
  it('accept against redirect: exactly one wins, the other gets 409, one decision is stored', async () => {
    for (let round = 0; round < 5; round += 1) {
      const requestId = await submitted();
      const before = await under.storedEventCount();
      const [accept, redirect] = await Promise.all([
        act('staff-kap-admin', requestId, 'acceptance'),
        act('staff-kap-admin', requestId, 'redirection', { toHolderId: 'kazmunaygas', reason: 'Hospitals are theirs' }),
      ]);
      expect([accept.status, redirect.status].sort()).toEqual([201, 409]);
      const added = (await under.storedEventCount()) - before;
      expect(added).toBe(accept.status === 201 ? 1 : 2);
    }
  });

  it('two answers at once: one is stored, the other is 409', async () => {
    for (let round = 0; round < 5; round += 1) {
      const requestId = await accepted();
      const before = await under.storedEventCount();
      const answers = await Promise.all([
        act('staff-kap-responder', requestId, 'answer', { text: 'First answer.' }),
        act('staff-kap-admin', requestId, 'answer', { text: 'Second answer.' }),
      ]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
      expect((await under.storedEventCount()) - before).toBe(1);
    }
  });

  it('the same command sent twice at once is stored once and answered the same', async () => {
    const requestId = await submitted();
    const command = { commandId: randomUUID() };
    const [first, second] = await Promise.all([
      call('staff-kap-admin', 'POST', `/api/requests/${requestId}/acceptance`, command),
      call('staff-kap-admin', 'POST', `/api/requests/${requestId}/acceptance`, command),
    ]);
    expect(first).toEqual(second);
    expect(first.status).toBe(201);
  });
});
