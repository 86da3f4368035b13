import { randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { deadlineStream, querySubject, requestStream, type DomainEvent, type EventToAppend } from '@od/contracts';
import { createPostgresEventStore, formatPosition, migrateEventStore, type EventStore } from '@od/event-store';
import { createTestDatabase, eventually, startPlatform, testBusNames, testNatsUrl, type PlatformUnderTest, type TestDatabase } from '@od/testing';
import { Client } from 'pg';
import { readModelDataSource } from '../src/database/read-model-data-source';
import { PROJECTED_TABLES, projectionsNamed } from '../src/projections';
import { rebuildReadModels, rebuildSomeReadModels } from '../src/rebuilding/rebuild-read-models';
import { aClockFact, aLegacyClockFact, aRequestFact, aRequestSubmitted } from './facts';

/**
 * Through the real path: facts appended to the store of a per-run database, the relay publishing them to
 * JetStream, projections and notifications following the stream as processes; read back over NATS.
 */
jest.setTimeout(180_000);

const bus = testBusNames('readmodels');
let database: TestDatabase;
let platform: PlatformUnderTest;
let store: EventStore;
let nc: NatsConnection;
let pg: Client;

const AIGERIM = '900101300017';
const ASTANA_TECH = '040340010004';
const MINFIN = 'kazatomprom';
const MINHEALTH = 'kazmunaygas';
const ids = { a: randomUUID(), b: randomUUID(), c: randomUUID(), d: randomUUID(), e: randomUUID(), f: randomUUID(), g: randomUUID() };

let clock = Date.parse('2026-03-02T04:00:00.000Z');
const tick = () => new Date((clock += 60_000)).toISOString();

async function append(streamId: string, holderId: string | undefined, ...events: DomainEvent[]): Promise<string> {
  const toAppend: EventToAppend[] = events.map((event) => ({
    ...event,
    metadata: {
      eventId: randomUUID(),
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { kind: 'system', id: 'test' },
      ...(holderId ? { holderId } : {}),
      occurredAt: tick(),
    },
  }));
  return formatPosition((await store.appendToStream(streamId, toAppend)).lastPosition);
}

const submitted = (requestId: string, author: string, language: 'kk' | 'ru' | 'en', subject: string) =>
  aRequestSubmitted({ requestId, author: { kind: author === ASTANA_TECH ? 'organisation' : 'citizen', id: author }, language, subject, submittedAt: tick() });
const r = <T extends Parameters<typeof aRequestFact>[0]>(type: T, requestId: string, data: Record<string, unknown> = {}) =>
  aRequestFact(type, { requestId, ...data } as never);
/** Clock facts as the deadlines service wrote them before the family was one: the projections read them through the upcaster. */
const k = <T extends Parameters<typeof aLegacyClockFact>[0]>(type: T, requestId: string, data: Record<string, unknown> = {}) =>
  aLegacyClockFact(type, { requestId, ...data } as never);
/** The same as the deadlines service records them now (`Clock*`): requests C and G use these, A and B the old family. */
const kNow = <T extends Parameters<typeof aClockFact>[0]>(type: T, requestId: string, data: Record<string, unknown> = {}) =>
  aClockFact(type, { requestId, ...data, subject: { kind: 'request', id: requestId, holderId: MINFIN } } as never);
const explanation = { rule: 'calendar-days', start: '2026-03-02', days: 15, calendarVersions: ['2026.1'] } as const;
const startedR = (requestId: string, rule: 'R2' | 'R4', dueAt: string) =>
  k('DeadlineStarted', requestId, { rule, clockId: `${rule}/${MINFIN}`, dueAt, startedAt: tick(), warnAt: dueAt, explanation });
const startedNow = (requestId: string, rule: 'R2' | 'R4', dueAt: string) =>
  kNow('ClockStarted', requestId, { rule, clockId: `${rule}/${MINFIN}`, dueAt, startedAt: tick(), warnAt: dueAt, explanation });

/** Asks the projections over NATS as the gateway does (Nest answers `{ response }`). */
async function ask<T>(query: string, payload: unknown): Promise<T> {
  const subject = querySubject(bus.subjectRoot, 'projections', query);
  const reply = await nc.request(subject, JSON.stringify({ pattern: subject, data: payload, id: randomUUID() }), { timeout: 15_000 });
  const body = JSON.parse(reply.string()) as { response?: T; err?: unknown };
  if (body.err) throw new Error(JSON.stringify(body.err));
  return body.response as T;
}

let lastPosition = '0:0';

async function snapshot(): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of PROJECTED_TABLES) {
    const { rows } = await pg.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${table} t ORDER BY 1`);
    tables[table] = rows.map((row) => row.row);
  }
  return tables;
}

async function noticeFactCount(): Promise<number> {
  const { rows } = await pg.query<{ n: string }>(`SELECT count(*)::text AS n FROM event_store.events WHERE stream_id LIKE 'notice-%'`);
  return Number(rows[0].n);
}

beforeAll(async () => {
  database = await createTestDatabase('readmodels');
  await migrateEventStore({ connectionString: database.url });
  store = createPostgresEventStore({ connectionString: database.url });
  pg = new Client({ connectionString: database.url });
  await pg.connect();
  nc = await connect({ servers: testNatsUrl });
  platform = await startPlatform({ databaseUrl: database.url, ...bus, natsUrl: testNatsUrl, services: ['relay', 'projections', 'notifications'] });

  // A: accepted, extended, answered late (both the stop and the breach say so), disliked.
  await append(requestStream(ids.a), MINFIN, submitted(ids.a, AIGERIM, 'ru', 'Road repair plan'), r('RequestAccepted', ids.a, { acceptedAt: tick() }));
  await append(deadlineStream(ids.a), MINFIN, startedR(ids.a, 'R4', '2026-03-03T00:00:00.000Z'));
  await append(
    requestStream(ids.a),
    MINFIN,
    r('DeadlineExtended', ids.a, { days: 10, otherHolderIds: [MINHEALTH], reason: 'Hospitals hold part of it', extendedAt: tick() }),
  );
  await append(requestStream(ids.a), MINFIN, r('RequestAnswered', ids.a, { text: 'The plan is at minfin.gov.kz', answeredAt: tick() }));
  await append(
    deadlineStream(ids.a),
    MINFIN,
    k('DeadlineStopped', ids.a, { rule: 'R4', clockId: `R4/${MINFIN}`, stoppedAt: tick(), outcome: 'met', late: true, byEventId: randomUUID() }),
    k('DeadlineBreached', ids.a, { rule: 'R4', clockId: `R4/${MINFIN}`, breachedAt: tick(), metLate: true }),
  );
  await append(requestStream(ids.a), MINFIN, r('AnswerRated', ids.a, { rating: 'dislike', reason: 'Incomplete', ratedAt: tick() }));
  // B: due far ahead; C: overdue (R2 passed); both running.
  await append(requestStream(ids.b), MINFIN, submitted(ids.b, AIGERIM, 'ru', 'Tax data'));
  await append(deadlineStream(ids.b), MINFIN, startedR(ids.b, 'R2', '2099-01-01T00:00:00.000Z'));
  await append(requestStream(ids.c), MINFIN, submitted(ids.c, AIGERIM, 'ru', 'Budget 2027'));
  await append(deadlineStream(ids.c), MINFIN, startedNow(ids.c, 'R2', '2020-01-01T00:00:00.000Z'));
  // D: redirected to healthcare, in Kazakh.
  await append(
    requestStream(ids.d),
    MINFIN,
    submitted(ids.d, AIGERIM, 'kk', 'Аурухана'),
    r('RequestRedirected', ids.d, { toHolderId: MINHEALTH, reason: 'Денсаулық сақтау құзыреті', redirectedAt: tick() }),
  );
  await append(requestStream(ids.d), MINHEALTH, r('RequestReceived', ids.d, { holderId: MINHEALTH, fromHolderId: MINFIN, receivedAt: tick() }));
  // E returned, F refused (an organisation, in English); G accepted and answered on time.
  await append(
    requestStream(ids.e),
    MINFIN,
    submitted(ids.e, ASTANA_TECH, 'en', 'Procurement'),
    r('RequestReturned', ids.e, { reasonCode: 'no_subject', reasonText: 'No subject', returnedAt: tick() }),
  );
  await append(
    requestStream(ids.f),
    MINFIN,
    submitted(ids.f, ASTANA_TECH, 'en', 'Secret plan'),
    r('RequestRefused', ids.f, { groundCode: 'state_secrets', reasonText: 'State secrets', refusedAt: tick() }),
  );
  await append(requestStream(ids.g), MINFIN, submitted(ids.g, AIGERIM, 'ru', 'Pensions'), r('RequestAccepted', ids.g, { acceptedAt: tick() }));
  await append(deadlineStream(ids.g), MINFIN, startedNow(ids.g, 'R4', '2099-01-01T00:00:00.000Z'));
  await append(requestStream(ids.g), MINFIN, r('RequestAnswered', ids.g, { text: 'Pensions rise in 2027', answeredAt: tick() }));
  lastPosition = await append(
    deadlineStream(ids.g),
    MINFIN,
    kNow('ClockStopped', ids.g, { rule: 'R4', clockId: `R4/${MINFIN}`, stoppedAt: tick(), outcome: 'met', late: false, byEventId: randomUUID() }),
  );
});

afterAll(async () => {
  await platform?.stop();
  await nc?.close();
  await pg?.end();
  await store?.close();
  const admin = await connect({ servers: testNatsUrl });
  await (await jetstreamManager(admin)).streams.delete(bus.streamName).catch(() => undefined);
  await admin.close();
  await database?.drop();
});

interface Item {
  requestId: string;
  status: string;
  overdue?: boolean;
  nextDueAt?: string | null;
  runningClocks?: { rule: string; dueAt: string }[];
}

describe('Read models through the relay and the projections (clock facts of the old family and of the one family alike)', () => {
  it('my requests: newest first, with status, holder and the due instants of running clocks; one request with its whole history', async () => {
    const mine = await ask<{ items: Item[] }>('my-requests', { authorId: AIGERIM, atLeastPosition: lastPosition, waitMs: 10_000 });
    expect(mine.items.map((item) => item.requestId)).toEqual([ids.g, ids.d, ids.c, ids.b, ids.a]);
    expect(mine.items.find((item) => item.requestId === ids.b)?.runningClocks).toEqual([
      expect.objectContaining({ rule: 'R2', dueAt: '2099-01-01T00:00:00.000Z' }),
    ]);
    expect(mine.items.find((item) => item.requestId === ids.d)).toMatchObject({
      status: 'received',
      holderId: MINHEALTH,
      redirects: [{ fromHolderId: MINFIN, toHolderId: MINHEALTH }],
    });

    const history = await ask<{ found: boolean; request: Item; history: { type: string; summary: { kk: string; ru: string; en: string } }[] }>(
      'request-history',
      { requestId: ids.a },
    );
    expect(history.request).toMatchObject({ status: 'answered', extendedDays: 10, rating: { rating: 'dislike', reason: 'Incomplete' } });
    expect(history.history.map((entry) => entry.type)).toEqual([
      'RequestSubmitted',
      'RequestAccepted',
      'ClockStarted',
      'DeadlineExtended',
      'RequestAnswered',
      'ClockStopped',
      'ClockBreached',
      'AnswerRated',
    ]);
    expect(history.history[2].summary.en).toBe('Clock started — answer (R4): before 05:00 on 3 March 2026, Almaty time');
    expect(history.history[3].summary.ru).toBe('Срок продлён на 10 дн.: Hospitals hold part of it');
  });

  it('the agency queue: nearest due first, overdue marked against the query time, filtered by status', async () => {
    const queue = await ask<{ items: Item[] }>('requests-by-holder', { holderId: MINFIN, asOf: '2026-06-01T00:00:00.000Z' });
    expect(queue.items.slice(0, 2).map((item) => [item.requestId, item.overdue])).toEqual([
      [ids.c, true],
      [ids.b, false],
    ]);
    expect(queue.items.map((item) => item.requestId)).not.toContain(ids.d);
    const asIfEarlier = await ask<{ items: Item[] }>('requests-by-holder', { holderId: MINFIN, asOf: '2019-01-01T00:00:00.000Z' });
    expect(asIfEarlier.items[0]).toMatchObject({ requestId: ids.c, overdue: false });
    const answered = await ask<{ items: Item[] }>('requests-by-holder', { holderId: MINFIN, statuses: ['answered'] });
    expect(answered.items.map((item) => item.requestId).sort()).toEqual([ids.a, ids.g].sort());
    // `received` is the domain's word for awaiting moderation: submitted there (B, C) or redirected there (D).
    const received = await ask<{ items: Item[] }>('requests-by-holder', { holderId: MINFIN, statuses: ['received'] });
    expect(received.items.map((item) => [item.requestId, item.status]).sort()).toEqual(
      [
        [ids.b, 'received'],
        [ids.c, 'received'],
      ].sort(),
    );
    const redirectedHere = await ask<{ items: Item[] }>('requests-by-holder', { holderId: MINHEALTH, statuses: ['received'] });
    expect(redirectedHere.items.map((item) => item.requestId)).toEqual([ids.d]);

    const clocks = await ask<{ items: { requestId: string; status: string; overdue: boolean }[] }>('holder-clocks', {
      holderId: MINFIN,
      asOf: '2026-06-01T00:00:00.000Z',
    });
    expect(clocks.items.map((clock) => [clock.requestId, clock.status, clock.overdue])).toEqual([
      [ids.c, 'running', true],
      [ids.b, 'running', false],
      [ids.a, 'met_late', false],
      [ids.g, 'met', false],
    ]);
    const breachedOnly = await ask<{ items: unknown[] }>('holder-clocks', { statuses: ['breached'] });
    expect(breachedOnly.items).toEqual([]);
  });

  it('the public blog feed has accepted requests and answers, and no author IIN/BIN, phone or name', async () => {
    const blog = await ask<{ items: { requestId: string; text: string; answer: { text: string } | null }[] }>('holder-blog', { holderId: MINFIN });
    expect(blog.items.map((post) => post.requestId).sort()).toEqual([ids.a, ids.g].sort());
    expect(blog.items.find((post) => post.requestId === ids.a)?.answer).toMatchObject({ outcome: 'answered', text: 'The plan is at minfin.gov.kz' });
    const text = JSON.stringify(blog);
    for (const secret of [AIGERIM, ASTANA_TECH, '701 123', 'citizen', 'author']) expect(text).not.toContain(secret);
  });

  it('per-holder statistics', async () => {
    const { statistics } = await ask<{ statistics: Record<string, unknown> }>('holder-statistics', { holderId: MINFIN });
    expect(statistics).toMatchObject({
      received: 7,
      accepted: 2,
      redirected: 1,
      returned: 1,
      refused: 1,
      extended: 1,
      answered: 2,
      answeredOnTime: 1,
      answeredLate: 1,
      deadlinesBreached: 0,
      likes: 0,
      dislikes: 1,
      dislikeReasons: { Incomplete: 1 },
    });
    expect((await ask<{ statistics: Record<string, unknown> }>('holder-statistics', { holderId: MINHEALTH })).statistics).toMatchObject({
      received: 1,
      accepted: 0,
    });
  });

  it('notices: one per fact, in the request’s language, exactly once across a crash and a full redelivery', async () => {
    const aigerim = await eventually(
      async () => {
        const reply = await ask<{ items: { kind: string; language: string; title: string; body: string; requestId: string }[] }>('my-notices', {
          userId: AIGERIM,
        });
        return reply.items.length >= 6 ? reply : undefined;
      },
      30_000,
      'six notices for Aigerim',
    );
    expect(aigerim.items.map((notice) => notice.kind).sort()).toEqual([
      'deadline_extended',
      'request_accepted',
      'request_accepted',
      'request_answered',
      'request_answered',
      'request_redirected',
    ]);
    expect(aigerim.items.find((notice) => notice.kind === 'request_redirected')).toMatchObject({ language: 'kk', title: 'Сұрауыңыз басқа ұйымға жолданды' });
    expect(aigerim.items.find((notice) => notice.kind === 'deadline_extended')?.body).toContain('на 10 дн.');
    const org = await eventually(
      async () => {
        const reply = await ask<{ items: { kind: string; language: string }[] }>('my-notices', { userId: ASTANA_TECH });
        return reply.items.length >= 2 ? reply : undefined;
      },
      30_000,
      'two notices for the organisation',
    );
    expect(org.items.map((notice) => [notice.kind, notice.language]).sort()).toEqual([
      ['request_refused', 'en'],
      ['request_returned', 'en'],
    ]);
    expect(await noticeFactCount()).toBe(8);

    // A crash, then the durable consumer deleted so that every request fact is delivered again.
    await platform.restart('notifications');
    const jsm = await jetstreamManager(nc);
    await platform.stop();
    await jsm.consumers.delete(bus.streamName, 'notifications');
    platform = await startPlatform({ databaseUrl: database.url, ...bus, natsUrl: testNatsUrl, services: ['relay', 'projections', 'notifications'] });
    await eventually(
      async () => {
        const info = await jsm.consumers.info(bus.streamName, 'notifications').catch(() => undefined);
        return info && info.num_pending === 0 && info.num_ack_pending === 0 && info.delivered.consumer_seq > 0 ? info : undefined;
      },
      30_000,
      'the redelivered facts handled',
    );
    expect(await noticeFactCount()).toBe(8);
    expect((await ask<{ items: unknown[] }>('my-notices', { userId: AIGERIM })).items).toHaveLength(6);
  });

  /** Waits until the live consumer has folded the whole store; its position. */
  async function projectionsAtStoreEnd(): Promise<string> {
    const { rows } = await pg.query<{ tx: string; seq: string }>(
      `SELECT transaction_id::text AS tx, sequence::text AS seq FROM event_store.events ORDER BY transaction_id DESC, sequence DESC LIMIT 1`,
    );
    const storeEnd = `${rows[0].tx}:${rows[0].seq}`;
    await eventually(
      async () => {
        const checkpoint = await pg.query<{ position: string }>(`SELECT position FROM read_models.checkpoints WHERE name = 'read-models'`);
        return checkpoint.rows[0]?.position === storeEnd ? true : undefined;
      },
      30_000,
      'the projections at the end of the store',
    );
    return storeEnd;
  }

  it('a rebuild from the store gives exactly the tables the live consumer built', async () => {
    const storeEnd = await projectionsAtStoreEnd();
    const live = await snapshot();
    expect(live['read_models.request_history'].length).toBeGreaterThan(20);
    const dataSource = await readModelDataSource(database.url).initialize();
    try {
      const result = await rebuildReadModels(dataSource, store);
      expect(formatPosition(result.position)).toBe(storeEnd);
    } finally {
      await dataSource.destroy();
    }
    expect(await snapshot()).toEqual(live);
  });

  it('one read model rebuilt alone (statistics, then the blog) gives exactly the table the live consumer built, the others untouched', async () => {
    await projectionsAtStoreEnd();
    const live = await snapshot();
    // Something to rebuild: the live tables are not empty.
    for (const table of ['read_models.holder_statistics', 'read_models.statistics_answer_clocks', 'read_models.blog_posts'])
      expect(live[table].length).toBeGreaterThan(0);
    await pg.query('DELETE FROM read_models.statistics_answer_clocks');
    await pg.query("UPDATE read_models.blog_posts SET subject = subject || ' (tampered)'");
    const dataSource = await readModelDataSource(database.url).initialize();
    try {
      await rebuildSomeReadModels(dataSource, store, projectionsNamed(['statistics', 'blog']));
    } finally {
      await dataSource.destroy();
    }
    expect(await snapshot()).toEqual(live);
    expect(() => projectionsNamed(['statistic'])).toThrow('no read model named statistic; the read models are requests, request-history, clocks');
  });
});
