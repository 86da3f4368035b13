import { randomUUID } from 'node:crypto';
import { startFullPlatform, type FullPlatform } from '@od/testing';

jest.setTimeout(120_000);

/** What every answer of the gateway says about itself and about caching. */
let under: FullPlatform;

async function answer(path: string, init: { method?: string; account?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = {};
  if (init.account) headers.authorization = `Bearer ${await under.platform.tokenFor(init.account)}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${under.platform.gatewayUrl}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  await response.arrayBuffer();
  return { status: response.status, poweredBy: response.headers.get('x-powered-by'), cacheControl: response.headers.get('cache-control') };
}

beforeAll(async () => {
  under = await startFullPlatform('httpheaders');
});

afterAll(() => under?.stop());

describe('Response headers', () => {
  it.each([
    ['my account', '/api/me', { account: 'citizen-aigerim' }, 200],
    ['my requests', '/api/me/requests', { account: 'citizen-aigerim' }, 200],
    ['my notices', '/api/me/notices', { account: 'citizen-aigerim' }, 200],
    ['a request by id (not found)', `/api/requests/${randomUUID()}`, { account: 'citizen-aigerim' }, 404],
    ['a refused token', '/api/me', {}, 401],
    [
      'a submission refused by validation',
      '/api/requests',
      {
        method: 'POST',
        account: 'citizen-aigerim',
        body: { commandId: randomUUID(), holderId: 'kazatomprom', subject: 'ИИН 850505400018', text: '', language: 'ru' },
      },
      400,
    ],
    ['a route that does not exist', '/api/nothing-here', { account: 'citizen-aigerim' }, 404],
    ['the ministry’s clocks', '/api/ministry/clocks?holderId=kazatomprom', { account: 'ministry-1' }, 200],
    ['health', '/health', {}, 200],
  ] as const)('%s: no X-Powered-By, Cache-Control: no-store', async (_what, path, init, status) => {
    // /health's own answer (terminus) says no-cache, no-store, must-revalidate: no-store is what counts.
    expect(await answer(path, init)).toEqual({ status, poweredBy: null, cacheControl: expect.stringMatching(/(^|, )no-store(,|$)/) });
  });

  it.each([
    ['a holder’s public blog', '/api/holders/kazatomprom/blog'],
    ['public conferences', '/api/conferences'],
    ['public surveys', '/api/surveys'],
  ])('%s: no X-Powered-By, cacheable briefly by anyone', async (_what, path) => {
    expect(await answer(path)).toEqual({ status: 200, poweredBy: null, cacheControl: 'public, max-age=10' });
  });
});
