import { randomUUID } from 'node:crypto';
import { lastDayOf, lastDayText } from '@od/domain';
import { eventually, grantAwpAccess, startFullPlatform, type FullPlatform, callApi } from '@od/testing';

jest.setTimeout(240_000);

/**
 * The life of one request through the real API, NATS and PostgreSQL: submitted to the wrong holder,
 * redirected (R2), accepted (R2), extended by the first head (R5), drafted and answered (R4), rated (R7);
 * then every read model and notice the issue names is checked.
 */
let under: FullPlatform;
let position = '0:0';

const call = (account: string | undefined, method: string, path: string, body?: unknown) => callApi(under.platform, account, method, path, body);

async function act(account: string, requestId: string, action: string, body: Record<string, unknown> = {}) {
  const answer = await call(account, 'POST', `/api/requests/${requestId}/${action}`, { commandId: randomUUID(), ...body });
  if (answer.status !== 201) throw new Error(`${action} by ${account}: ${answer.status} ${JSON.stringify(answer.body)}`);
  position = answer.body.position;
}

/** Reads once the read models have caught up with the last write. */
const read = (account: string | undefined, path: string) =>
  call(account, 'GET', `${path}${path.includes('?') ? '&' : '?'}atLeastPosition=${position}&waitMs=8000`);

let requestId: string;

beforeAll(async () => {
  under = await startFullPlatform('requestlifecycle', { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'moderation',
    'response',
    'access',
    'deadlines',
    'notifications',
    'projections',
    'gateway',
  ]);
  await grantAwpAccess(under.platform, 'staff-kmg-admin', 'administrator');
  await grantAwpAccess(under.platform, 'staff-kap-admin', 'administrator');
  await grantAwpAccess(under.platform, 'staff-kap-head', 'first_head');
  await grantAwpAccess(under.platform, 'staff-kap-responder', 'responder');
  await grantAwpAccess(under.platform, 'staff-kap-officer', 'information_officer');

  const body = await under.signers.sign('citizen-aigerim', {
    commandId: randomUUID(),
    holderId: 'kazmunaygas',
    subject: 'Мектеп бюджеті',
    text: 'Мектептің 2026 жылғы бюджетін жариялаңыз.',
    language: 'kk',
  });
  const submitted = await call('citizen-aigerim', 'POST', '/api/requests', body);
  expect(submitted.status).toBe(201);
  requestId = submitted.body.requestId;
  position = submitted.body.position;

  await act('staff-kmg-admin', requestId, 'redirection', {
    toHolderId: 'kazatomprom',
    reason: 'Uranium mining budgets are Kazatomprom’s competence',
  });
  await act('staff-kap-admin', requestId, 'acceptance');
  await act('staff-kap-head', requestId, 'extension', {
    days: 10,
    otherHolderIds: ['kazmunaygas'],
    reason: 'The mine schools are financed together with KazMunayGas',
  });
  await act('staff-kap-responder', requestId, 'drafts', { text: 'Бюджет minfin.gov.kz сайтында жарияланды.' });
  await act('staff-kap-responder', requestId, 'answer', { text: 'Бюджет minfin.gov.kz сайтында жарияланды.' });
  await act('citizen-aigerim', requestId, 'rating', { rating: 'dislike', reason: 'Аймақтар бойынша сандар жоқ' });
});

afterAll(() => under?.stop());

describe('A request from submission to rating', () => {
  it('the author sees it answered at its current holder, with the chain of holders and the rating', async () => {
    const mine = await read('citizen-aigerim', '/api/me/requests');
    expect(mine.status).toBe(200);
    const item = mine.body.items.find((candidate: { requestId: string }) => candidate.requestId === requestId);
    expect(item).toMatchObject({ requestId, holderId: 'kazatomprom', status: 'answered' });
    expect(JSON.stringify(item)).toContain('kazmunaygas');
    expect(JSON.stringify(item)).toContain('dislike');
  });

  it('the whole history is there, fact by fact, including the clocks', async () => {
    const history = await read('citizen-aigerim', `/api/requests/${requestId}/history`);
    expect(history.status).toBe(200);
    const types = JSON.stringify(history.body);
    for (const type of [
      'RequestSubmitted',
      'RequestRedirected',
      'RequestReceived',
      'RequestAccepted',
      'DeadlineExtended',
      'ExtensionNoticeSent',
      'AnswerDrafted',
      'RequestAnswered',
      'AnswerRated',
    ]) {
      expect(types).toContain(type);
    }
    await eventually(
      async () => {
        const withClocks = JSON.stringify((await read('citizen-aigerim', `/api/requests/${requestId}/history`)).body);
        return withClocks.includes('ClockStarted') && withClocks.includes('ClockStopped') ? true : undefined;
      },
      20_000,
      'clock facts in the history',
    );
  });

  it('the clocks: R2 at the accepting holder superseded (2023 text: its term is for redirecting), R4 moved by the extension and met, R5 met at once', async () => {
    const clocks = await eventually(
      async () => {
        const answer = await read('staff-kap-officer', '/api/agency/clocks');
        const own = (answer.body.items ?? []).filter((clock: { requestId: string }) => clock.requestId === requestId);
        return own.some((clock: { rule: string; status: string }) => clock.rule === 'R4' && clock.status !== 'running') ? own : undefined;
      },
      20_000,
      'the R4 clock to stop',
    );
    const byRule = (rule: string) => clocks.filter((clock: { rule: string }) => clock.rule === rule);
    expect(byRule('R2').map((clock: { status: string }) => clock.status)).toEqual(['superseded']);
    expect(byRule('R4')[0]).toMatchObject({ holderId: 'kazatomprom', open: false, overdue: false });
    expect(byRule('R5')[0]).toMatchObject({ open: false });
    // Each explains itself, says who must act and its last day in the caller's language (the officer reads Russian).
    const r4 = byRule('R4')[0];
    expect(r4).toMatchObject({
      explanation: {
        rule: 'calendar-days',
        start: expect.any(String),
        days: expect.any(Number),
        calendarVersions: expect.arrayContaining([expect.any(String)]),
      },
      mustAct: { holderId: 'kazatomprom', roles: ['responder', 'first_head'] },
      lastDay: lastDayOf(r4.dueAt),
    });
    expect(r4.lastDayText).toBe(lastDayText(r4.dueAt, 'ru'));
    expect(r4.lastDayText).toContain('время Алматы');
    expect(byRule('R2')[0]).toMatchObject({ explanation: { rule: 'working-days', days: 3 }, mustAct: { roles: ['administrator'] } });
    const ministry = await read('ministry-1', '/api/ministry/clocks?holderId=kazmunaygas');
    expect(ministry.status).toBe(200);
    expect(JSON.stringify(ministry.body)).toContain(requestId);
  });

  it('the agency queue has it at the current holder only', async () => {
    const minfin = await read('staff-kap-admin', '/api/agency/requests');
    expect(JSON.stringify(minfin.body)).toContain(requestId);
    const minhealth = await read('staff-kmg-admin', '/api/agency/requests');
    expect(JSON.stringify(minhealth.body)).not.toContain(requestId);
  });

  it('the public blog shows the accepted request and its answer, without the author', async () => {
    const blog = await read(undefined, '/api/holders/kazatomprom/blog');
    expect(blog.status).toBe(200);
    const text = JSON.stringify(blog.body);
    expect(text).toContain('Мектеп бюджеті');
    expect(text).toContain('minfin.gov.kz');
    expect(text).not.toContain('900101300017');
  });

  it('the statistics count each holder’s part', async () => {
    const minfin = await read('ministry-1', '/api/holders/kazatomprom/statistics');
    expect(minfin.body.statistics).toMatchObject({ received: 1, accepted: 1, extended: 1, answered: 1, dislikes: 1 });
    const minhealth = await read('ministry-1', '/api/holders/kazmunaygas/statistics');
    expect(minhealth.body.statistics).toMatchObject({ received: 1, redirected: 1, accepted: 0 });
    const onTime = await eventually(
      async () => {
        const statistics = (await read('ministry-1', '/api/holders/kazatomprom/statistics')).body.statistics;
        return statistics.answeredOnTime === 1 ? statistics : undefined;
      },
      20_000,
      'the answer to count as on time',
    );
    expect(onTime.answeredLate).toBe(0);
  });

  it('the author got one notice per fact, in Kazakh', async () => {
    const notices = await eventually(
      async () => {
        const answer = await read('citizen-aigerim', '/api/me/notices');
        const items = (answer.body.items ?? []).filter((notice: { requestId: string }) => notice.requestId === requestId);
        return items.length >= 4 ? items : undefined;
      },
      20_000,
      'four notices',
    );
    const kinds = notices.map((notice: { kind: string }) => notice.kind).sort();
    expect(kinds).toEqual(['deadline_extended', 'request_accepted', 'request_answered', 'request_redirected']);
    expect(notices.every((notice: { language: string }) => notice.language === 'kk')).toBe(true);
    // The acceptance and the extension say until when the answer is owed (R4, as the extension moved it), in words.
    const term = notices.filter((notice: { kind: string }) => ['request_accepted', 'deadline_extended'].includes(notice.kind));
    expect(term).toHaveLength(2);
    for (const notice of term) {
      expect(notice).toMatchObject({ dueAt: term[0].dueAt, lastDay: lastDayOf(term[0].dueAt), lastDayText: lastDayText(term[0].dueAt, 'kk') });
    }
    expect(notices.find((notice: { kind: string }) => notice.kind === 'request_answered')).toMatchObject({ dueAt: null, factAt: expect.any(String) });
  });
});

// Last, so the statistics above count only the request of the lifecycle.
describe('The agency queue’s status filter speaks the domain’s words', () => {
  it('?status=received finds a request that was never redirected, and an unknown status is a 400 naming the words', async () => {
    const body = await under.signers.sign('citizen-aigerim', {
      commandId: randomUUID(),
      holderId: 'kazatomprom',
      subject: 'Road repair plan',
      text: 'Please publish the 2026 road repair plan.',
      language: 'en',
    });
    const submitted = await call('citizen-aigerim', 'POST', '/api/requests', body);
    expect(submitted.status).toBe(201);
    position = submitted.body.position;
    const received = await read('staff-kap-admin', '/api/agency/requests?status=received');
    expect(received.status).toBe(200);
    const items = received.body.items as { requestId: string; status: string }[];
    expect(items.find((item) => item.requestId === submitted.body.requestId)).toMatchObject({ status: 'received' });
    expect(items.map((item) => item.requestId)).not.toContain(requestId);
    const answered = await read('staff-kap-admin', '/api/agency/requests?status=answered');
    expect((answered.body.items as { requestId: string }[]).map((item) => item.requestId)).toEqual([requestId]);
    const oldWord = await call('staff-kap-admin', 'GET', '/api/agency/requests?status=submitted');
    expect(oldWord.status).toBe(400);
    expect(JSON.stringify(oldWord.body)).toContain(
      '"field":"status","rule":"isIn","message":"Must be one of: received, accepted, answered, returned, refused"',
    );
  });
});
