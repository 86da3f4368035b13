import { randomUUID } from 'node:crypto';
import { callApi, grantAwpAccess, startFullPlatform, type FullPlatform } from '@od/testing';

jest.setTimeout(180_000);

/**
 * A holder a request was redirected away from (R2) reads it by one rule, the same for the request and its
 * history: it keeps reading both. Anyone else gets the one 404 a missing request gets.
 */
let under: FullPlatform;
let requestId: string;
let position: string;

const call = (account: string, method: string, path: string, body?: unknown) => callApi(under.platform, account, method, path, body);
const read = (account: string, path: string) => call(account, 'GET', `${path}?atLeastPosition=${position}&waitMs=8000`);

beforeAll(async () => {
  under = await startFullPlatform('formerholder', { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'moderation',
    'access',
    'projections',
    'gateway',
  ]);
  await grantAwpAccess(under.platform, 'staff-kmg-admin', 'administrator');
  ({ requestId } = await under.submitRequest('citizen-aigerim', {
    holderId: 'kazmunaygas',
    subject: 'Бюджет',
    text: 'Прошу опубликовать бюджет.',
    language: 'ru',
  }));
  const redirected = await call('staff-kmg-admin', 'POST', `/api/requests/${requestId}/redirection`, {
    commandId: randomUUID(),
    toHolderId: 'kazatomprom',
    reason: 'Бюджет — в компетенции Министерства финансов',
  });
  expect(redirected.status).toBe(201);
  position = redirected.body.position;
});

afterAll(async () => {
  await under?.stop();
});

it('the holder it was redirected away from reads the request and its history alike, at its new holder', async () => {
  const request = await read('staff-kmg-admin', `/api/requests/${requestId}`);
  const history = await read('staff-kmg-admin', `/api/requests/${requestId}/history`);
  expect([request.status, history.status]).toEqual([200, 200]);
  expect(request.body).toMatchObject({
    requestId,
    holderId: 'kazatomprom',
    redirects: [{ fromHolderId: 'kazmunaygas', toHolderId: 'kazatomprom' }],
  });
  expect(history.body.request).toMatchObject({ requestId, holderId: 'kazatomprom' });
});

it('another citizen gets the same 404 for the request and its history as for a request that does not exist', async () => {
  const missing = randomUUID();
  const strip = (body: Record<string, unknown>) =>
    JSON.stringify(body)
      .replaceAll(requestId, '<id>')
      .replaceAll(missing, '<id>')
      .replace(/read model at [0-9:]+/, 'read model at <position>');
  for (const path of [`/api/requests/${requestId}`, `/api/requests/${requestId}/history`]) {
    const other = await read('citizen-dana', path);
    const none = await read('citizen-dana', path.replace(requestId, missing));
    expect([other.status, none.status]).toEqual([404, 404]);
    expect(strip(other.body)).toBe(strip(none.body));
  }
});
