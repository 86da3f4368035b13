import { randomUUID } from 'node:crypto';
import { EVENTS_API_PREFIX } from '@od/nats-permissions';
import { eventsJetStream } from '@od/platform';
import { callApi, eventually, grantAwpAccess, startFullPlatform, testBusNames, type FullPlatform } from '@od/testing';
import { Client } from 'pg';

jest.setTimeout(300_000);

/**
 * Staff hear of their holder's clocks (issue 11 §2): when the R4 answer clock of a Kazatomprom request warns
 * and then breaches, its responder and first head (the roles that must answer) each get one notice, read
 * through GET /api/me/notices in their own language with the fact's instant and the last day; the
 * administrator, who need not answer, gets none. Time moves as in the conferences and surveys e2e: the
 * deadlines service is restarted with `OD_CLOCK_OFFSET_MS` (development and tests only). A redelivery (the
 * notifications consumer and checkpoint gone, every fact handled again) adds no notice.
 */
const LABEL = 'staffnotices';
let under: FullPlatform;
let requestId: string;
let r4: { dueAt: string; clockId: string };

const call = (account: string, method: string, path: string, body?: unknown) => callApi(under.platform, account, method, path, body);

interface NoticeRead {
  noticeId: string;
  kind: string;
  requestId: string | null;
  language: string;
  title: string;
  body: string;
  factAt: string | null;
  dueAt: string | null;
  lastDay: string | null;
  lastDayText: string | null;
  clock: { clockId: string; rule: string; subject: { kind: string; id: string; holderId: string } } | null;
}

async function clockNotices(account: string): Promise<NoticeRead[]> {
  const answer = await call(account, 'GET', '/api/me/notices?limit=100');
  expect({ account, status: answer.status }).toEqual({ account, status: 200 });
  return (answer.body.items as NoticeRead[]).filter((notice) => notice.clock?.clockId === r4.clockId);
}

async function noticesOfKind(account: string, kind: string): Promise<NoticeRead[]> {
  return eventually(
    async () => {
      const found = (await clockNotices(account)).filter((notice) => notice.kind === kind);
      return found.length > 0 ? found : undefined;
    },
    60_000,
    `${kind} notice for ${account}`,
  );
}

/** The deadlines service's clock, moved to `instant` (and ticking every 200 ms). */
async function deadlinesAt(instant: number): Promise<void> {
  await under.platform.restart('deadlines', { OD_CLOCK_OFFSET_MS: String(instant - Date.now()), DEADLINES_TICK_MS: '200' });
}

beforeAll(async () => {
  under = await startFullPlatform(LABEL, { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'moderation',
    'access',
    'deadlines',
    'notifications',
    'projections',
    'gateway',
  ]);
  await grantAwpAccess(under.platform, 'staff-kap-admin', 'administrator');
  await grantAwpAccess(under.platform, 'staff-kap-responder', 'responder');
  await grantAwpAccess(under.platform, 'staff-kap-head', 'first_head');
  ({ requestId } = await under.submitRequest('citizen-aigerim', {
    holderId: 'kazatomprom',
    subject: 'Уран экспорты 2025',
    text: '2025 жылғы уран экспортының көлемін беріңіз.',
    language: 'kk',
  }));
  const accepted = await call('staff-kap-admin', 'POST', `/api/requests/${requestId}/acceptance`, { commandId: randomUUID() });
  expect(accepted.status).toBe(201);
  r4 = await eventually(
    async () => {
      const clocks = await call('staff-kap-head', 'GET', `/api/agency/clocks?atLeastPosition=${accepted.body.position}&waitMs=3000`);
      return ((clocks.body.items ?? []) as { requestId: string; rule: string; dueAt: string; clockId: string }[]).find(
        (clock) => clock.requestId === requestId && clock.rule === 'R4',
      );
    },
    30_000,
    'the R4 clock',
  );
});

afterAll(async () => {
  await under?.stop();
});

it('R4 warns on its last day: the responder and the first head get one notice each, in their language, with the fact’s instant and the last day; the administrator none', async () => {
  await deadlinesAt(Date.parse(r4.dueAt) - 3_600_000);
  const [toResponder] = await noticesOfKind('staff-kap-responder', 'clock_warning');
  const [toHead] = await noticesOfKind('staff-kap-head', 'clock_warning');
  expect(toResponder).toMatchObject({
    requestId,
    language: 'kk',
    title: 'Мерзім аяқталуда (R4)',
    dueAt: r4.dueAt,
    clock: { rule: 'R4', subject: { kind: 'request', id: requestId, holderId: 'kazatomprom' } },
  });
  expect(toResponder.body).toContain('Сұрауға жауап беру: «Уран экспорты 2025» сұрауы');
  expect(toResponder.lastDayText).toMatch(/күннің соңына дейін, Алматы уақыты$/);
  expect(toHead).toMatchObject({ language: 'ru', title: 'Срок истекает (R4)', dueAt: r4.dueAt });
  expect(toHead.body).toContain(`Ответить на запрос: запрос «Уран экспорты 2025», АО «НАК «Казатомпром». Срок: ${toHead.lastDayText}.`);
  // The warning came at the moved clock's time, before the due instant, and the last day is the one before it.
  expect(Date.parse(String(toHead.factAt))).toBeLessThan(Date.parse(r4.dueAt));
  expect(toHead.lastDay).toBe(new Date(Date.parse(r4.dueAt) + 5 * 3_600_000 - 1).toISOString().slice(0, 10));
  expect((await clockNotices('staff-kap-admin')).length).toBe(0);
});

it('R4 breaches unmet: each gets one breach notice; the warning and the breach are one notice each per person', async () => {
  await deadlinesAt(Date.parse(r4.dueAt) + 3_600_000);
  const [breach] = await noticesOfKind('staff-kap-head', 'clock_breached');
  await noticesOfKind('staff-kap-responder', 'clock_breached');
  expect(breach).toMatchObject({ title: 'Срок нарушен (R4)', factAt: r4.dueAt, dueAt: r4.dueAt, lastDay: breach.lastDay });
  for (const account of ['staff-kap-responder', 'staff-kap-head'])
    expect((await clockNotices(account)).map((notice) => notice.kind).sort()).toEqual(['clock_breached', 'clock_warning']);
  expect((await clockNotices('staff-kap-admin')).length).toBe(0);
});

it('a redelivery of the whole stream (consumer and checkpoint gone) issues no second notice', async () => {
  const nc = await under.platform.connectNatsAs('service-notifications');
  const { jsm } = await eventsJetStream(nc, { apiPrefix: EVENTS_API_PREFIX, checkAPI: false });
  await jsm.consumers.delete(testBusNames(LABEL).streamName, 'notifications');
  const db = new Client({ connectionString: under.database.url });
  await db.connect();
  try {
    const before = await db.query<{ stream_sequence: string }>('SELECT stream_sequence FROM notifications.checkpoints');
    const reached = Number(before.rows[0].stream_sequence);
    await db.query('DELETE FROM notifications.checkpoints');
    await under.platform.restart('notifications');
    // Every fact up to the breach handled again: the checkpoint is back where it was.
    await eventually(
      async () => {
        const { rows } = await db.query<{ stream_sequence: string }>('SELECT stream_sequence FROM notifications.checkpoints');
        return rows[0] && Number(rows[0].stream_sequence) >= reached ? true : undefined;
      },
      60_000,
      'the notifications checkpoint after the redelivery',
    );
    const noticeFacts = await db.query<{ count: string }>(
      `SELECT count(*) FROM event_store.events WHERE type = 'NoticeIssued' AND data->>'kind' LIKE 'clock_%'`,
    );
    const r4Facts = await db.query<{ count: string }>(
      `SELECT count(*) FROM event_store.events WHERE type = 'NoticeIssued' AND data->'clock'->>'clockId' = $1`,
      [r4.clockId],
    );
    expect(Number(r4Facts.rows[0].count)).toBe(4);
    expect(Number(noticeFacts.rows[0].count)).toBeGreaterThanOrEqual(4);
  } finally {
    await db.end();
  }
  for (const account of ['staff-kap-responder', 'staff-kap-head'])
    expect((await clockNotices(account)).map((notice) => notice.kind).sort()).toEqual(['clock_breached', 'clock_warning']);
});
