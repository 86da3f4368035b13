import { randomUUID } from 'node:crypto';
import { encodeCursor, filtersTag, requestStream, type EventToAppend } from '@od/contracts';
import { createPostgresEventStore } from '@od/event-store';
import { eventually, grantAwpAccess, startFullPlatform, type FullPlatform, callApi } from '@od/testing';

jest.setTimeout(240_000);

/** Lists come a page at a time (`?limit=&cursor=`): walked to the end, every item once, and `hasMore` false on the last page. */
let under: FullPlatform;
let position = '0:0';
const submitted: string[] = [];

const call = (account: string | undefined, method: string, path: string, body?: unknown) => callApi(under.platform, account, method, path, body);
const read = (account: string | undefined, path: string) =>
  call(account, 'GET', `${path}${path.includes('?') ? '&' : '?'}atLeastPosition=${position}&waitMs=8000`);

beforeAll(async () => {
  under = await startFullPlatform('paging', { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'moderation',
    'access',
    'notifications',
    'conferences',
    'projections',
    'gateway',
  ]);
  await grantAwpAccess(under.platform, 'staff-kap-admin', 'administrator');
  await grantAwpAccess(under.platform, 'staff-kap-head', 'first_head');
  await grantAwpAccess(under.platform, 'staff-kap-responder', 'responder');
  await grantAwpAccess(under.platform, 'staff-kap-officer', 'information_officer');
  await grantAwpAccess(under.platform, 'staff-kmg-admin', 'administrator');
  for (let index = 0; index < 5; index++) {
    const body = await under.signers.sign('citizen-aigerim', {
      commandId: randomUUID(),
      holderId: 'kazatomprom',
      subject: `Бюджет ${index}`,
      text: `Бюджетті жариялаңыз, ${index}.`,
      language: 'kk',
    });
    const answer = await call('citizen-aigerim', 'POST', '/api/requests', body);
    expect(answer.status).toBe(201);
    submitted.push(answer.body.requestId);
    position = answer.body.position;
  }
  // Each acceptance is a notice to the author.
  for (const requestId of submitted) {
    const accepted = await call('staff-kap-admin', 'POST', `/api/requests/${requestId}/acceptance`, { commandId: randomUUID() });
    expect(accepted.status).toBe(201);
    position = accepted.body.position;
  }
  await eventually(
    async () => ((await read('citizen-aigerim', '/api/me/notices?limit=1')).body.total === 5 ? true : undefined),
    30_000,
    'the five acceptance notices',
  );
});

afterAll(() => under?.stop());

async function walk(account: string | undefined, path: string, idOf: (item: Record<string, string>) => string | undefined = (item) => item.requestId) {
  const seen: string[] = [];
  const pages: { hasMore: boolean; total?: number; count: number }[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(account, `${path}?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.status).toBe(200);
    seen.push(...page.body.items.map(idOf));
    pages.push({ hasMore: page.body.hasMore, total: page.body.total, count: page.body.items.length });
    cursor = page.body.nextCursor;
    expect(cursor === undefined).toBe(!page.body.hasMore);
  } while (cursor && pages.length < 10);
  return { seen, pages };
}

describe('Paging the lists', () => {
  it.each([
    ['the author’s requests', 'citizen-aigerim', '/api/me/requests'],
    ['the agency queue', 'staff-kap-admin', '/api/agency/requests'],
  ])('%s: 5 items at 2 a page are 3 pages, each item once, none missing, hasMore false at the end', async (_, account, path) => {
    const { seen, pages } = await walk(account, path);
    expect(pages.map((page) => page.count)).toEqual([2, 2, 1]);
    expect(pages.map((page) => page.hasMore)).toEqual([true, true, false]);
    expect(pages.every((page) => page.total === 5)).toBe(true);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...submitted].sort());
  });

  it('the author’s requests keep their order, newest first', async () => {
    const { seen } = await walk('citizen-aigerim', '/api/me/requests');
    expect(seen).toEqual([...submitted].reverse());
  });

  it('a period outside every submission is an empty page; a period around them all has them', async () => {
    const before = await read('citizen-aigerim', '/api/me/requests?to=2020-01-01');
    expect(before.body).toMatchObject({ items: [], hasMore: false, total: 0 });
    const around = await read('staff-kap-admin', '/api/agency/requests?from=2020-01-01&to=2100-01-01&limit=100');
    expect(around.body.items).toHaveLength(5);
  });

  it.each([
    ['a cursor the platform did not write', 'cursor=not*a*cursor', 'cursor'],
    ['a cursor that is no key', `cursor=${Buffer.from('{"a":1}').toString('base64url')}`, 'cursor'],
    ['a cursor of another list (the agency queue’s three parts)', `cursor=${encodeCursor([null, '2026-01-01T00:00:00.000Z', randomUUID()])}`, 'cursor'],
    ['a forged cursor whose id is no UUID', `cursor=${encodeCursor(['2026-01-01T00:00:00.000Z', 'not-a-uuid'])}`, 'cursor'],
    ['a limit of 0', 'limit=0', 'limit'],
    ['a limit over 100', 'limit=101', 'limit'],
    ['a period that is no date', 'from=yesterday', 'from'],
  ])('%s is a 400 naming the field', async (_, parameters, field) => {
    const answer = await call('citizen-aigerim', 'GET', `/api/me/requests?${parameters}`);
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain(field);
  });

  it('a well-formed cursor still pages from where it points', async () => {
    const cursor = encodeCursor(['2100-01-01T00:00:00.000Z', randomUUID(), filtersTag({})]);
    const page = await read('citizen-aigerim', `/api/me/requests?limit=100&cursor=${cursor}`);
    expect(page.body.items).toHaveLength(5);
  });
});

describe('Paging my notices', () => {
  it('5 notices at 2 a page are 3 pages, newest first, each once, hasMore false at the end', async () => {
    const { seen, pages } = await walk('citizen-aigerim', '/api/me/notices', (item) => item.noticeId);
    expect(pages.map((page) => page.count)).toEqual([2, 2, 1]);
    expect(pages.map((page) => page.hasMore)).toEqual([true, true, false]);
    expect(pages.every((page) => page.total === 5)).toBe(true);
    expect(new Set(seen).size).toBe(5);
    const all = await read('citizen-aigerim', '/api/me/notices?limit=100');
    expect(all.body.items.map((item: { noticeId: string }) => item.noticeId)).toEqual(seen);
    const issued = all.body.items.map((item: { issuedAt: string }) => item.issuedAt);
    expect([...issued].sort().reverse()).toEqual(issued);
    expect(new Set(all.body.items.map((item: { requestId: string }) => item.requestId))).toEqual(new Set(submitted));
  });

  it.each([
    ['a cursor of another list (the agency queue’s three parts)', encodeCursor([null, '2026-01-01T00:00:00.000Z', randomUUID()])],
    ['a forged cursor whose id is no UUID', encodeCursor(['2026-01-01T00:00:00.000Z', 'not-a-uuid'])],
  ])('%s is a 400 naming cursor', async (_, cursor) => {
    const answer = await call('citizen-aigerim', 'GET', `/api/me/notices?cursor=${cursor}`);
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('cursor');
  });
});

describe('Paging a holder’s public blog', () => {
  it('5 accepted requests at 2 a page are 3 pages, latest accepted first, each once, hasMore false at the end', async () => {
    const { seen, pages } = await walk(undefined, '/api/holders/kazatomprom/blog');
    expect(pages.map((page) => page.count)).toEqual([2, 2, 1]);
    expect(pages.map((page) => page.hasMore)).toEqual([true, true, false]);
    expect(pages.every((page) => page.total === 5)).toBe(true);
    expect(seen).toEqual([...submitted].reverse());
  });

  it.each([
    ['a cursor of another list (the agency queue’s three parts)', encodeCursor([null, '2026-01-01T00:00:00.000Z', randomUUID()])],
    ['a forged cursor whose id is no UUID', encodeCursor(['2026-01-01T00:00:00.000Z', 'not-a-uuid'])],
  ])('%s is a 400 naming cursor', async (_, cursor) => {
    const answer = await call(undefined, 'GET', `/api/holders/kazatomprom/blog?cursor=${cursor}`);
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('cursor');
  });
});

describe('Paging the AWP access list', () => {
  const keyOf = (item: Record<string, string>) => `${item.holderId}/${item.employeeIin}/${item.role}`;

  it('5 grants at 2 a page are 3 pages, in the list’s order, each once, hasMore false at the end', async () => {
    const all = await eventually(
      async () => {
        const answer = await read('operator-1', '/api/awp-access?limit=100');
        return answer.body.total === 5 ? answer.body : undefined;
      },
      20_000,
      'the five grants',
    );
    const { seen, pages } = await walk('operator-1', '/api/awp-access', keyOf);
    expect(pages.map((page) => page.count)).toEqual([2, 2, 1]);
    expect(pages.map((page) => page.hasMore)).toEqual([true, true, false]);
    expect(pages.every((page) => page.total === 5)).toBe(true);
    expect(new Set(seen).size).toBe(5);
    expect(seen).toEqual(all.items.map(keyOf));
  });

  it('a holder’s staff page through their own holder’s only', async () => {
    const { seen, pages } = await walk('staff-kap-admin', '/api/awp-access', keyOf);
    expect(pages.map((page) => page.count)).toEqual([2, 2]);
    expect(pages.map((page) => page.hasMore)).toEqual([true, false]);
    expect(seen.every((key) => key.startsWith('kazatomprom/'))).toBe(true);
  });

  it.each([
    ['a cursor of another list (my requests’ two parts)', encodeCursor(['2026-01-01T00:00:00.000Z', randomUUID()])],
    ['a cursor of another list (the agency queue’s three parts)', encodeCursor([null, '2026-01-01T00:00:00.000Z', randomUUID()])],
  ])('%s is a 400 naming cursor', async (_, cursor) => {
    const answer = await call('operator-1', 'GET', `/api/awp-access?cursor=${cursor}`);
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('cursor');
  });
});

/** The Almaty date of an instant ('YYYY-MM-DD'), as periods of days are given. */
const almatyDate = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(instant);

describe('Filters on the lists, and a holder’s statistics for a period', () => {
  const today = almatyDate(new Date());
  const longAgo = '2025-06-10';
  let kmgToday: string;
  let kmgLongAgo: string;

  beforeAll(async () => {
    // Submitted today to KazMunayGas, left awaiting moderation (received).
    const submittedToday = await under.submitRequest('citizen-aigerim', {
      holderId: 'kazmunaygas',
      subject: 'Тарифы',
      text: 'Опубликуйте тарифы.',
      language: 'ru',
    });
    kmgToday = submittedToday.requestId;
    // One received long ago (on 10 June 2025, Almaty time): appended through the store with its past instant, as history is.
    kmgLongAgo = randomUUID();
    const occurredAt = `${longAgo}T06:00:00.000Z`;
    const store = createPostgresEventStore({ connectionString: under.database.url, poolSize: 1 });
    const commandId = randomUUID();
    const fact: EventToAppend = {
      type: 'RequestSubmitted',
      schemaVersion: 1,
      data: {
        requestId: kmgLongAgo,
        holderId: 'kazmunaygas',
        author: { kind: 'citizen', id: '850505400018' }, // citizen-dana
        subject: 'Отчёт за 2024 год',
        text: 'Опубликуйте отчёт.',
        language: 'ru',
        submittedAt: occurredAt,
        signature: { cms: 'MIIB', certificateFingerprintSha256: 'ab'.repeat(32), certificateSerialNumber: '01', certificateIssuer: 'CN=OD Test Intermediate' },
      },
      metadata: {
        eventId: randomUUID(),
        commandId,
        correlationId: commandId,
        causationId: commandId,
        actor: { kind: 'system', id: 'history' },
        holderId: 'kazmunaygas',
        occurredAt,
      },
    } as EventToAppend;
    const appended = await store.appendToStream(requestStream(kmgLongAgo), [fact], { expectedVersion: 'no_stream' });
    await store.close();
    position = `${appended.lastPosition.transactionId}:${appended.lastPosition.sequence}`;
    await eventually(
      async () => ((await read('citizen-dana', '/api/me/requests')).body.total === 1 ? true : undefined),
      30_000,
      'the request received long ago, folded',
    );
  });

  it('status: the author’s accepted requests are the five, the one awaiting moderation is the other; the agency queue likewise', async () => {
    const accepted = await read('citizen-aigerim', '/api/me/requests?status=accepted&limit=100');
    expect(accepted.body.total).toBe(5);
    expect(accepted.body.items.every((item: { status: string }) => item.status === 'accepted')).toBe(true);
    const received = await read('citizen-aigerim', '/api/me/requests?status=received');
    expect(received.body.items.map((item: { requestId: string }) => item.requestId)).toEqual([kmgToday]);
    expect((await read('staff-kap-admin', '/api/agency/requests?status=received')).body.total).toBe(0);
    expect((await read('staff-kmg-admin', '/api/agency/requests?status=received,accepted')).body.total).toBe(2);
  });

  it('holder: the author’s requests at one holder only', async () => {
    const atKmg = await read('citizen-aigerim', '/api/me/requests?holderId=kazmunaygas');
    expect(atKmg.body.items.map((item: { requestId: string }) => item.requestId)).toEqual([kmgToday]);
    expect((await read('citizen-aigerim', '/api/me/requests?holderId=kazatomprom')).body.total).toBe(5);
  });

  it('period: a request submitted in the period is listed, one submitted outside it is not (bare dates are Almaty midnights, to exclusive)', async () => {
    expect((await read('citizen-dana', '/api/me/requests?from=2025-06-10&to=2025-06-11')).body.total).toBe(1);
    expect((await read('citizen-dana', '/api/me/requests?from=2025-06-11')).body.total).toBe(0);
    expect((await read('citizen-dana', '/api/me/requests?to=2025-06-10T06:00:00Z')).body.total).toBe(0);
    const queue = await read('staff-kmg-admin', `/api/agency/requests?from=${today}`);
    expect(queue.body.items.map((item: { requestId: string }) => item.requestId)).toEqual([kmgToday]);
  });

  it('period on notices (issued) and on the blog (accepted): today has them all, the days before none', async () => {
    expect((await read('citizen-aigerim', `/api/me/notices?from=${today}`)).body.total).toBe(5);
    expect((await read('citizen-aigerim', `/api/me/notices?to=${today}`)).body.total).toBe(0);
    expect((await read(undefined, `/api/holders/kazatomprom/blog?from=${today}`)).body.total).toBe(5);
    expect((await read(undefined, `/api/holders/kazatomprom/blog?from=2025-01-01&to=${today}`)).body.total).toBe(0);
  });

  it('a cursor holds only under the filters it was made with: under others it is a 400 naming cursor; under the same it walks on', async () => {
    const first = await read('citizen-aigerim', '/api/me/requests?status=accepted&limit=2');
    expect(first.body.hasMore).toBe(true);
    const cursor = first.body.nextCursor as string;
    for (const other of ['status=received', 'status=accepted&holderId=kazatomprom', `status=accepted&from=${today}`, '']) {
      const answer = await call('citizen-aigerim', 'GET', `/api/me/requests?${other}&cursor=${cursor}`);
      expect(answer.status).toBe(400);
      expect(answer.body.fields).toEqual([expect.objectContaining({ field: 'cursor', rule: 'cursorOfTheseFilters' })]);
    }
    const next = await read('citizen-aigerim', `/api/me/requests?limit=2&status=accepted&cursor=${cursor}`);
    expect(next.status).toBe(200);
    expect(next.body.items).toHaveLength(2);
    const notices = await read('citizen-aigerim', `/api/me/notices?limit=2&from=${today}`);
    expect((await call('citizen-aigerim', 'GET', `/api/me/notices?limit=2&cursor=${notices.body.nextCursor}`)).status).toBe(400);
  });

  it('topic applications: by status, holder and the period of sending, for the applicant and the holder’s administrator', async () => {
    const applied = await call('citizen-aigerim', 'POST', '/api/holders/kazatomprom/topic-applications', {
      commandId: randomUUID(),
      topic: 'Тарифы',
      text: 'Проведите конференцию о тарифах.',
      language: 'ru',
    });
    expect(applied.status).toBe(201);
    position = applied.body.position;
    const mine = await read('citizen-aigerim', `/api/me/topic-applications?status=submitted&holderId=kazatomprom&from=${today}`);
    expect(mine.body.items.map((item: { applicationId: string }) => item.applicationId)).toEqual([applied.body.applicationId]);
    expect((await read('citizen-aigerim', '/api/me/topic-applications?holderId=kazmunaygas')).body.total).toBe(0);
    expect((await read('citizen-aigerim', '/api/me/topic-applications?status=accepted,refused')).body.total).toBe(0);
    expect((await read('staff-kap-admin', `/api/agency/topic-applications?from=${today}`)).body.total).toBe(1);
    expect((await read('staff-kap-admin', `/api/agency/topic-applications?to=${today}`)).body.total).toBe(0);
  });

  it.each([
    ['/api/me/requests?status=open', 'status'],
    ['/api/agency/requests?status=received,lost', 'status'],
    ['/api/me/requests?holderId=Not%20a%20holder', 'holderId'],
    ['/api/me/notices?from=2026-13-01', 'from'],
    ['/api/holders/kazatomprom/blog?to=tomorrow', 'to'],
    ['/api/agency/topic-applications?from=last-week', 'from'],
    ['/api/me/topic-applications?status=pending', 'status'],
  ])('%s is a 400 naming %s', async (path, field) => {
    const account = path.startsWith('/api/agency') ? 'staff-kap-admin' : 'citizen-aigerim';
    const answer = await call(account, 'GET', path);
    expect(answer.status).toBe(400);
    expect(answer.body.fields.map((problem: { field: string }) => problem.field)).toContain(field);
  });

  it('statistics for a period: a request received in it counts, one received outside it does not; the reply says which period', async () => {
    const statistics = (query: string) => read('ministry-1', `/api/holders/kazmunaygas/statistics${query}`);
    const longAgoOnly = await statistics(`?from=${longAgo}&to=${longAgo}`);
    expect(longAgoOnly.status).toBe(200);
    expect(longAgoOnly.body.statistics.received).toBe(1);
    expect(longAgoOnly.body.period).toEqual({ from: longAgo, to: longAgo, timeZone: 'Asia/Almaty', allTime: false });
    expect((await statistics('?from=2025-06-11&to=2025-12-31')).body.statistics.received).toBe(0);
    expect((await statistics(`?from=${today}&to=${today}`)).body.statistics.received).toBe(1);
    expect((await statistics(`?from=${longAgo}`)).body.statistics.received).toBe(2);
    const allTime = await statistics('');
    expect(allTime.body.statistics.received).toBe(2);
    expect(allTime.body.period).toEqual({ from: null, to: null, timeZone: 'Asia/Almaty', allTime: true });
    const kap = await read('staff-kap-officer', `/api/holders/kazatomprom/statistics?from=${today}&to=${today}`);
    expect(kap.body.statistics).toMatchObject({ received: 5, accepted: 5 });
    expect((await read('staff-kap-officer', `/api/holders/kazatomprom/statistics?to=${longAgo}`)).body.statistics).toMatchObject({ received: 0, accepted: 0 });
  });

  it.each([
    ['?from=2025-02-30', 'from'],
    ['?from=20250601', 'from'],
    ['?from=2025-06-11&to=2025-06-10', 'to'],
  ])('statistics %s is a 400 naming %s', async (query, field) => {
    const answer = await call('ministry-1', 'GET', `/api/holders/kazmunaygas/statistics${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.fields.map((problem: { field: string }) => problem.field)).toEqual([field]);
  });
});
