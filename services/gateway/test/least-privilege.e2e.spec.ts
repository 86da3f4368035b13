import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect } from '@nats-io/transport-node';
import { generateNatsAuth, serviceUserName } from '@od/nats-permissions';
import {
  createRequestSigners,
  createTestDatabase,
  eventually,
  grantAwpAccess,
  startNatsServer,
  startPlatform,
  testBusNames,
  type NatsServerUnderTest,
  type PlatformUnderTest,
  type RequestSigners,
  type ServiceName,
  type TestDatabase,
  callApi,
} from '@od/testing';

jest.setTimeout(120_000);

/**
 * The platform against a NATS server that enforces the generated per-user permissions: every service signs
 * in with its own nkey and may do only what its profile allows. If any service needed more, this flow breaks.
 */
const bus = testBusNames('leastprivilege');
const natsServices = ['relay', 'intake', 'moderation', 'response', 'access', 'deadlines', 'notifications', 'projections', 'reporting', 'gateway'] as const;
let database: TestDatabase;
let nats: NatsServerUnderTest;
let platform: PlatformUnderTest;
let signers: RequestSigners;
let authDir: string;

const call = (account: string, method: string, url: string, body?: unknown) => callApi(platform, account, method, url, body);

beforeAll(async () => {
  authDir = mkdtempSync(path.join(tmpdir(), 'od-least-privilege-'));
  const auth = generateNatsAuth({ cwd: authDir, bus, services: [...natsServices], holderIds: ['kazatomprom'], seedsDir: 'seeds', out: 'auth.conf' });
  nats = await startNatsServer({ 'auth.conf': readFileSync(auth.out, 'utf8') });
  database = await createTestDatabase('leastprivilege');
  signers = await createRequestSigners();
  const serviceEnv = Object.fromEntries(
    natsServices.map((name) => [name, { NATS_NKEY_SEED_FILE: path.join(auth.seedsDir, `${serviceUserName(name)}.nk`) }]),
  ) as Partial<Record<ServiceName, Record<string, string>>>;
  platform = await startPlatform({
    databaseUrl: database.url,
    ...bus,
    env: { ...signers.env, NATS_URL: nats.url },
    serviceEnv,
    services: ['identity-dev', ...natsServices],
  });
});

afterAll(async () => {
  await platform?.stop();
  await nats?.stop();
  await database?.drop();
  rmSync(authDir, { recursive: true, force: true });
});

describe('Services on a NATS server that enforces least privilege', () => {
  it('a signed request goes gateway → intake → store → relay → JetStream → projections → gateway', async () => {
    const submitted = await call(
      'citizen-aigerim',
      'POST',
      '/api/requests',
      await signers.sign('citizen-aigerim', {
        commandId: randomUUID(),
        holderId: 'kazatomprom',
        subject: 'Water tariffs',
        text: 'Please publish the 2027 water tariffs.',
        language: 'en',
      }),
    );
    expect(submitted.status).toBe(201);
    const read = await call('citizen-aigerim', 'GET', `/api/requests/${submitted.body.requestId}?atLeastPosition=${submitted.body.position}&waitMs=8000`);
    expect(read).toMatchObject({ status: 200, body: { subject: 'Water tariffs', status: 'received' } });
  });

  it('the access service answers commands and the gateway’s active-role queries', async () => {
    await grantAwpAccess(platform, 'staff-kap-admin', 'administrator');
    expect((await call('staff-kap-admin', 'GET', '/api/agency/requests')).status).toBe(200);
  });

  it('moderation decides, the deadlines service keeps the clock, notifications tell the author', async () => {
    const submitted = await call(
      'citizen-aigerim',
      'POST',
      '/api/requests',
      await signers.sign('citizen-aigerim', {
        commandId: randomUUID(),
        holderId: 'kazatomprom',
        subject: 'Bus subsidies',
        text: 'Please publish the 2027 bus subsidies.',
        language: 'en',
      }),
    );
    const requestId = submitted.body.requestId as string;
    const accepted = await call('staff-kap-admin', 'POST', `/api/requests/${requestId}/acceptance`, { commandId: randomUUID() });
    expect(accepted.status).toBe(201);
    const clocks = await eventually(
      async () => {
        const answer = await call('staff-kap-admin', 'GET', `/api/agency/clocks?atLeastPosition=${accepted.body.position}&waitMs=3000`);
        const own = ((answer.body.items ?? []) as { requestId: string; rule: string }[]).filter((clock) => clock.requestId === requestId);
        return own.some((clock) => clock.rule === 'R4') ? own : undefined;
      },
      20_000,
      'the R4 clock',
    );
    expect(clocks.length).toBeGreaterThan(0);
    await eventually(
      async () => {
        const notices = ((await call('citizen-aigerim', 'GET', '/api/me/notices')).body.items ?? []) as { requestId: string }[];
        return notices.some((notice) => notice.requestId === requestId) ? true : undefined;
      },
      20_000,
      'the acceptance notice',
    );
  });

  it('the reporting service records a report request, follows it, replays the store and publishes the report (B2)', async () => {
    const asked = await call('ministry-1', 'POST', '/api/ministry/reports', { commandId: randomUUID(), from: '2026-01-01', to: '2026-12-31' });
    expect(asked.status).toBe(201);
    const state = await eventually(
      async () => {
        const answer = await call('ministry-1', 'GET', `/api/ministry/reports/${asked.body.reportId}`);
        return answer.body.state === 'published' ? answer.body : undefined;
      },
      30_000,
      'the report published',
    );
    expect(state.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await call('ministry-1', 'GET', `/api/ministry/reports/${asked.body.reportId}/report.csv`)).status).toBe(200);
  });

  it('the server admits no one without credentials (so the flows above ran under the permissions)', async () => {
    await expect(connect({ servers: nats.url, reconnect: false, timeout: 3_000 })).rejects.toThrow(/authorization/i);
  });

  it('the server refused nothing a service tried (no permissions violation in its log)', () => {
    expect(nats.logs.join('')).not.toMatch(/Permissions Violation/i);
  });
});
