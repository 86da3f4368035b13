import { randomUUID } from 'node:crypto';
import { findRefusalGround } from '@od/domain';
import { callApi, grantAwpAccess, startFullPlatform, type FullPlatform } from '@od/testing';

jest.setTimeout(180_000);

/**
 * A refusal (R6) is a reasoned answer: its author reads the Article 11 ground in their own language beside
 * the holder's words, and may rate it like an answer (R7).
 */
let under: FullPlatform;
let requestId: string;
let position: string;

const call = (account: string, method: string, path: string, body?: unknown) => callApi(under.platform, account, method, path, body);

async function act(account: string, action: string, body: Record<string, unknown> = {}) {
  const answer = await call(account, 'POST', `/api/requests/${requestId}/${action}`, { commandId: randomUUID(), ...body });
  expect({ action, status: answer.status }).toEqual({ action, status: 201 });
  position = answer.body.position;
}

beforeAll(async () => {
  under = await startFullPlatform('refusals', { GATEWAY_RATE_LIMIT: '100000' }, [
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
  ({ requestId } = await under.submitRequest('citizen-aigerim', {
    holderId: 'kazatomprom',
    subject: 'Құпия',
    text: 'Қорғаныс бюджетінің толық тізімін беріңіз.',
    language: 'kk',
  }));
  await act('staff-kap-admin', 'acceptance');
  await act('staff-kap-admin', 'refusal', { groundCode: 'state_secrets', reasonText: 'Тізім мемлекеттік құпияға жатады.' });
});

afterAll(async () => {
  await under?.stop();
});

it('the author reads the refusal with its Article 11 ground in their language (kk) and in all three', async () => {
  const read = await call('citizen-aigerim', 'GET', `/api/requests/${requestId}?atLeastPosition=${position}&waitMs=8000`);
  expect(read.status).toBe(200);
  const ground = findRefusalGround('state_secrets')!;
  expect(read.body).toMatchObject({
    status: 'refused',
    reason: { code: 'state_secrets', text: 'Тізім мемлекеттік құпияға жатады.' },
    legalGround: { code: 'state_secrets', rule: 'R6', text: ground.text.kk, texts: ground.text },
  });
});

it('the author rates the refusal like an answer (R7), once', async () => {
  await act('citizen-aigerim', 'rating', { rating: 'dislike', reason: 'Бюджеттің жалпы сомасы құпия емес.' });
  const again = await call('citizen-aigerim', 'POST', `/api/requests/${requestId}/rating`, { commandId: randomUUID(), rating: 'like' });
  expect(again.status).toBe(409);
  expect(again.body.error ?? again.body.code).toBe('already_rated');
});

it('anyone reads every Article 11 ground, as the holders choose from them, in kk/ru/en', async () => {
  const grounds = await callApi(under.platform, undefined, 'GET', '/api/reference/grounds');
  expect(grounds.status).toBe(200);
  expect(grounds.body.refusalGrounds).toContainEqual(
    expect.objectContaining({ code: 'state_secrets', rule: 'R6', text: findRefusalGround('state_secrets')!.text }),
  );
  expect(grounds.body.returnGrounds.length).toBeGreaterThan(0);
  for (const ground of [...grounds.body.returnGrounds, ...grounds.body.refusalGrounds]) expect(Object.keys(ground.text).sort()).toEqual(['en', 'kk', 'ru']);
});
