import { connect, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { createTestDatabase, startPlatform, testBusNames, testNatsUrl, type PlatformUnderTest, type TestDatabase } from '@od/testing';

// The gateway's rate limits as a client meets them: refused tokens counted per client address, the
// per-caller limit counted before the AWP access lookup, public endpoints by the client address a
// trusted proxy reports.
jest.setTimeout(120_000);

const RATE_LIMIT = 5;
const AUTH_FAILURE_LIMIT = 3;
const RATE_WINDOW_MS = 20_000;
const bus = testBusNames('gatewayratelimits');
let database: TestDatabase;
let platform: PlatformUnderTest;
/** A plain subscriber on the access service's query subject: it sees every AWP access lookup the gateway makes. */
let nats: NatsConnection;
let lookups: Subscription;
let lookupCount = 0;

async function call(path: string, init: { token?: string; forwardedFor?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.forwardedFor) headers['x-forwarded-for'] = init.forwardedFor;
  const response = await fetch(`${platform.gatewayUrl}${path}`, { headers });
  const text = await response.text();
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
}

beforeAll(async () => {
  database = await createTestDatabase('gatewayratelimits');
  // The open NATS of the test run, so the test can watch the access service's subject itself.
  nats = await connect({ servers: testNatsUrl, name: 'rate-limits-spec' });
  lookups = nats.subscribe(`${bus.subjectRoot}.queries.access.active-staff-roles`);
  void (async () => {
    for await (const _ of lookups) lookupCount += 1;
  })();
  platform = await startPlatform({
    databaseUrl: database.url,
    ...bus,
    natsUrl: testNatsUrl,
    services: ['identity-dev', 'relay', 'access', 'projections', 'gateway'],
    env: {
      GATEWAY_RATE_LIMIT: String(RATE_LIMIT),
      GATEWAY_AUTH_FAILURE_LIMIT: String(AUTH_FAILURE_LIMIT),
      GATEWAY_RATE_WINDOW_MS: String(RATE_WINDOW_MS),
      GATEWAY_TRUSTED_PROXY_HOPS: '1',
    },
  });
});

afterAll(async () => {
  await platform?.stop();
  await nats?.close();
  await database?.drop();
});

describe('Rate limits', () => {
  it(`after ${AUTH_FAILURE_LIMIT} refused tokens from one address the next gets 429 with Retry-After; other addresses still get 401, and a valid token from it passes`, async () => {
    const flooder = '203.0.113.7';
    for (let i = 0; i < AUTH_FAILURE_LIMIT; i++) {
      expect((await call('/api/me', { token: `not-a-token-${i}`, forwardedFor: flooder })).status).toBe(401);
    }
    const limited = await call('/api/me', { token: 'not-a-token', forwardedFor: flooder });
    expect(limited.status).toBe(429);
    expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(limited.body).toMatchObject({ error: 'rate_limited', message: expect.stringContaining('missing or refused access token') });
    // No token at all counts the same.
    expect((await call('/api/me', { forwardedFor: flooder })).status).toBe(429);

    expect((await call('/api/me', { token: 'not-a-token', forwardedFor: '203.0.113.8' })).status).toBe(401);
    expect((await call('/api/me', { token: await platform.tokenFor('citizen-aigerim'), forwardedFor: flooder })).status).toBe(200);
  });

  it('a throttled staff request is answered 429 without an AWP access lookup', async () => {
    const staff = await platform.tokenFor('staff-kap-admin');
    const before = lookupCount;
    for (let i = 0; i < RATE_LIMIT; i++) {
      // No AWP access was granted on this platform: the lookup answers none, 403.
      expect((await call('/api/agency/requests', { token: staff, forwardedFor: '198.51.100.1' })).status).toBe(403);
    }
    await eventuallyEqual(() => lookupCount - before, RATE_LIMIT);

    for (let i = 0; i < 3; i++) {
      const limited = await call('/api/agency/requests', { token: staff, forwardedFor: '198.51.100.1' });
      expect(limited.status).toBe(429);
      expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    // Give a lookup time to arrive, had one been sent.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(lookupCount - before).toBe(RATE_LIMIT);
  });

  it('a public endpoint is limited per client address as the trusted proxy reports it', async () => {
    for (let i = 0; i < RATE_LIMIT; i++) expect((await call('/api/conferences', { forwardedFor: '192.0.2.10' })).status).toBe(200);
    const limited = await call('/api/conferences', { forwardedFor: '192.0.2.10' });
    expect(limited.status).toBe(429);
    expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
    // Another client behind the same proxy has its own count.
    expect((await call('/api/conferences', { forwardedFor: '192.0.2.11' })).status).toBe(200);
    // The proxy appends the real peer: a client-sent value before it is not trusted.
    expect((await call('/api/conferences', { forwardedFor: '192.0.2.99, 192.0.2.10' })).status).toBe(429);
  });
});

async function eventuallyEqual(read: () => number, expected: number) {
  for (let attempt = 0; attempt < 50 && read() !== expected; attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(read()).toBe(expected);
}
