import { randomUUID } from 'node:crypto';
import { startFullPlatform, type FullPlatform } from '@od/testing';

jest.setTimeout(90_000);

const RATE_LIMIT = 5;
const RATE_WINDOW_MS = 4_000;
let under: FullPlatform;
const tokens = new Map<string, string>();

async function token(account: string): Promise<string> {
  if (!tokens.has(account)) tokens.set(account, await under.platform.tokenFor(account));
  return tokens.get(account)!;
}

async function call(path: string, init: { method?: string; account?: string; contentType?: string; body?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.account) headers.authorization = `Bearer ${await token(init.account)}`;
  if (init.body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
  const response = await fetch(`${under.platform.gatewayUrl}${path}`, { method: init.method ?? 'GET', headers, body: init.body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
}

function aRequest(overrides: Record<string, unknown> = {}) {
  return {
    commandId: randomUUID(),
    holderId: 'kazatomprom',
    subject: 'Budget of school No. 12',
    text: 'Please publish the budget.',
    language: 'en',
    ...overrides,
  };
}

beforeAll(async () => {
  // The body limit stays at its default (64 kB); the rate limit is low so a test can reach it.
  under = await startFullPlatform('gatewaylimits', { GATEWAY_RATE_LIMIT: String(RATE_LIMIT), GATEWAY_RATE_WINDOW_MS: String(RATE_WINDOW_MS) });
});

afterAll(async () => {
  await under?.stop();
});

describe('Body limits', () => {
  it('a body over 64 kB is 413 payload_too_large naming the limit, and nothing is appended', async () => {
    const before = await under.storedEventCount();
    const answer = await call('/api/requests', { method: 'POST', account: 'citizen-aigerim', body: JSON.stringify(aRequest({ text: 'а'.repeat(40_000) })) });
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ error: 'payload_too_large', message: expect.stringMatching(/limit is 64 kB$/) });
    expect(await under.storedEventCount()).toBe(before);
  });

  it('a body just under the limit reaches validation (400 naming text), so the limit is where it says', async () => {
    const body = JSON.stringify(aRequest({ text: 'x'.repeat(60_000) }));
    expect(Buffer.byteLength(body)).toBeLessThan(64 * 1024);
    const answer = await call('/api/requests', { method: 'POST', account: 'citizen-aigerim', body });
    expect(answer.status).toBe(400);
    expect(answer.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'text', rule: 'maxLength' })]));
  });

  it('malformed JSON is 400 malformed_json and the answer does not echo the body', async () => {
    const answer = await call('/api/requests', { method: 'POST', account: 'citizen-aigerim', body: '{"iin": "900101300017", "text": ' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'malformed_json', message: expect.stringContaining('not a valid JSON object') });
    expect(answer.text).not.toContain('900101300017');
  });

  it.each([
    ['text/plain', 'hello'],
    ['application/x-www-form-urlencoded', 'holderId=kazatomprom'],
    ['application/xml', '<request/>'],
  ])('a body sent as %s is 415 unsupported_media_type', async (contentType, body) => {
    const answer = await call('/api/requests', { method: 'POST', account: 'citizen-aigerim', contentType, body });
    expect(answer.status).toBe(415);
    expect(answer.body).toMatchObject({ error: 'unsupported_media_type' });
  });

  it('an unsupported charset is 415', async () => {
    const answer = await call('/api/requests', {
      method: 'POST',
      account: 'citizen-aigerim',
      contentType: 'application/json; charset=latin1',
      body: JSON.stringify(aRequest()),
    });
    expect(answer.status).toBe(415);
    expect(answer.body).toMatchObject({ error: 'unsupported_media_type' });
  });
});

describe('Per-caller rate limit', () => {
  it(`after ${RATE_LIMIT} requests in the window the account gets 429 with Retry-After; others, /health and 401s are unaffected; it passes again after the wait`, async () => {
    const missing = `/api/requests/${randomUUID()}`;
    for (let i = 0; i < RATE_LIMIT; i++) expect((await call(missing, { account: 'citizen-dana' })).status).toBe(404);

    const limited = await call(missing, { account: 'citizen-dana' });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(RATE_WINDOW_MS / 1000);
    expect(limited.body).toMatchObject({ error: 'rate_limited', message: expect.stringContaining(`try again in ${retryAfter} s`) });
    // Also on the other endpoint: the count is per caller, not per route.
    expect((await call('/api/requests', { method: 'POST', account: 'citizen-dana', body: JSON.stringify(aRequest()) })).status).toBe(429);

    // Same address (127.0.0.1), another account: its own count.
    expect((await call(missing, { account: 'org-astana-tech' })).status).toBe(404);
    // Health is not limited.
    for (let i = 0; i < RATE_LIMIT * 3; i++) expect((await call('/health')).status).toBe(200);
    // Without a token the access guard answers first.
    expect((await call(missing)).status).toBe(401);

    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 200));
    expect((await call(missing, { account: 'citizen-dana' })).status).toBe(404);
  });
});
