import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { kzCalendar, yearInForce, type YearCalendar } from '@od/calendar';
import { calendarStream, deadlineStream, requestStream, type EventMetadata, type EventToAppend } from '@od/contracts';
import { uuidV5 } from '@od/domain';
import { createPostgresEventStore, migrateEventStore, type EventStore, type RecordedEvent } from '@od/event-store';
import { connectNats, ensureEventsStream } from '@od/platform';
import { createTestDatabase, eventually, startPlatform, testBusNames, testNatsUrl, type PlatformUnderTest, type TestDatabase } from '@od/testing';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { migrateDeadlines } from './database/migrate';
import { DeadlinesRunner } from './deadlines-runner';

jest.setTimeout(120_000);

// Received Friday 2026-03-20 15:00 Almaty: R2 due at the end of Monday 30 March (Nauryz 21–25 March off),
// warned from the start of Monday 30 March; R4 (accepted) due at the end of Monday 6 April.
const receivedAt = '2026-03-20T10:00:00.000Z';
const R2_WARN = new Date('2026-03-30T03:00:00.000Z');
const R2_DUE = new Date('2026-03-30T19:00:00.000Z');
const holderId = 'akimat-astana';
const bus = testBusNames('deadlines');
const silent = { info: () => undefined, warn: () => undefined, error: (message: string, error?: unknown) => console.error(message, error) };

let db: TestDatabase;
let store: EventStore;
let nc: NatsConnection;
let platform: PlatformUnderTest;
const instances: { runner: DeadlinesRunner; pool: Pool; store: EventStore }[] = [];

function instance(durableName = 'deadlines', follow = true): DeadlinesRunner {
  const pool = new Pool({ connectionString: db.url, max: 4 });
  // An idle connection the server ends (restart, dropped database) is discarded by the pool; without a
  // listener its 'error' would end the process.
  pool.on('error', () => undefined);
  const own = createPostgresEventStore({ connectionString: db.url });
  const runner = new DeadlinesRunner(
    nc,
    pool,
    own,
    { now: () => new Date() },
    { ...bus, durableName, batchSize: 50, warningWorkingDays: 1, tickMs: 1_000_000, log: silent },
  );
  if (follow) runner.start({ tickEvery: false });
  instances.push({ runner, pool, store: own });
  return runner;
}

async function stopInstance(runner: DeadlinesRunner): Promise<void> {
  const found = instances.find((candidate) => candidate.runner === runner);
  if (!found) return;
  instances.splice(instances.indexOf(found), 1);
  await runner.close();
  await found.pool.end();
  await found.store.close();
}

beforeAll(async () => {
  db = await createTestDatabase('deadlines');
  await migrateEventStore({ connectionString: db.url });
  await migrateDeadlines(db.url);
  await migrateDeadlines(db.url); // a second start finds nothing to do
  store = createPostgresEventStore({ connectionString: db.url });
  nc = await connectNats(testNatsUrl, 'deadlines-int-spec');
  await ensureEventsStream(await jetstreamManager(nc), bus);
  platform = await startPlatform({ databaseUrl: db.url, ...bus, natsUrl: testNatsUrl, services: ['relay'] });
});

afterAll(async () => {
  for (const { runner } of [...instances]) await stopInstance(runner);
  await platform?.stop();
  await (await jetstreamManager(nc)).streams.delete(bus.streamName).catch(() => undefined);
  await nc?.close();
  await store?.close();
  await db?.drop();
});

function metadata(eventId: string, at: string, holder?: string): EventMetadata {
  return {
    eventId,
    commandId: eventId,
    correlationId: eventId,
    causationId: eventId,
    actor: { kind: 'staff', id: 'staff-1' },
    holderId: holder,
    occurredAt: at,
  };
}

async function append(requestId: string, type: string, data: Record<string, unknown>, at: string): Promise<void> {
  const event = { type, schemaVersion: 1, data: { requestId, holderId, ...data }, metadata: metadata(randomUUID(), at, holderId) } as EventToAppend;
  await store.appendToStream(requestStream(requestId), [event]);
}

/**
 * The scheduler's mechanics below are shown on R2 as the 2021 text of Order 145 reads it (accept or redirect within
 * 3 working days: passing it undecided is a breach); the requests are recorded as received under that text. Under
 * the 2023 text R2 is the term to redirect, and its due instant passing is no breach (test (f)).
 */
async function submit(requestId = randomUUID(), at = receivedAt, legalBasis = 'order-145-2021'): Promise<string> {
  await append(
    requestId,
    'RequestSubmitted',
    {
      author: { kind: 'citizen', id: '900101300123' },
      subject: 'Bus route 12',
      text: 'When will route 12 run again?',
      language: 'ru',
      submittedAt: at,
      signature: { cms: 'MIIB', certificateFingerprintSha256: 'ab'.repeat(32), certificateSerialNumber: '01', certificateIssuer: 'CN=Test CA' },
      legalBasis,
    },
    at,
  );
  return requestId;
}

async function clockRows(requestId: string): Promise<{ rule: string; running: boolean; breached: boolean; due_at: Date }[]> {
  const pool = instances[0].pool;
  return (
    await pool.query(`SELECT rule, running, breached, due_at FROM deadlines.clocks WHERE kind = 'request' AND subject_id = $1 ORDER BY rule`, [requestId])
  ).rows;
}

async function clocksFolded(requestId: string, check: (rows: Awaited<ReturnType<typeof clockRows>>) => boolean): Promise<void> {
  await eventually(async () => (check(await clockRows(requestId)) ? true : undefined), 20_000, `clocks of ${requestId}`);
}

async function deadlineFacts(requestId: string): Promise<RecordedEvent[]> {
  return store.readStream(deadlineStream(requestId));
}

const count = (facts: RecordedEvent[], type: string, rule?: string) =>
  facts.filter((f) => f.type === type && (!rule || (f.data as { rule: string }).rule === rule)).length;

describe('Deadlines service (R2–R6) over a real store, relay and JetStream', () => {
  let a: DeadlinesRunner;

  beforeAll(() => {
    a = instance();
  });

  it('(a) R2: an unmet moderation clock warns on its last day and breaches at its due instant, as the test moves time', async () => {
    const requestId = await submit();
    await clocksFolded(requestId, (rows) => rows.length === 3);
    expect((await deadlineFacts(requestId)).map((f) => [f.type, (f.data as { rule: string }).rule])).toEqual([
      ['ClockStarted', 'R2'],
      ['ClockStarted', 'R3'],
      ['ClockStarted', 'R6'],
    ]);
    expect((await deadlineFacts(requestId))[0].metadata.holderId).toBe(holderId);

    await a.scheduler.tick(new Date('2026-03-29T18:00:00.000Z')); // Sunday evening: nothing yet
    expect(count(await deadlineFacts(requestId), 'ClockWarningIssued')).toBe(0);
    await a.scheduler.tick(R2_WARN);
    const warned = await deadlineFacts(requestId);
    expect(warned.filter((f) => f.type === 'ClockWarningIssued').map((f) => f.data)).toEqual([
      expect.objectContaining({ rule: 'R2', dueAt: R2_DUE.toISOString() }),
    ]);
    await a.scheduler.tick(new Date(R2_DUE.getTime() - 1));
    expect(count(await deadlineFacts(requestId), 'ClockBreached')).toBe(0);
    await a.scheduler.tick(R2_DUE);
    const breached = (await deadlineFacts(requestId)).filter((f) => f.type === 'ClockBreached');
    expect(breached.map((f) => f.data)).toEqual([expect.objectContaining({ rule: 'R2', metLate: false, breachedAt: R2_DUE.toISOString() })]);
    // R3 (return) passed on 26 March with no decision: conditional, no breach.
    expect(count(await deadlineFacts(requestId), 'ClockBreached', 'R3')).toBe(0);
  });

  it("(b) R2: an accepted request's moderation clock stops and never breaches", async () => {
    const requestId = await submit();
    await append(requestId, 'RequestAccepted', { acceptedAt: '2026-03-26T05:00:00.000Z' }, '2026-03-26T05:00:00.000Z');
    await clocksFolded(requestId, (rows) => rows.length === 4 && !rows.find((r) => r.rule === 'R2')?.running);
    await a.scheduler.tick(R2_WARN);
    await a.scheduler.tick(new Date('2026-04-03T00:00:00.000Z'));
    const facts = await deadlineFacts(requestId);
    expect(
      facts
        .filter((f) => f.type === 'ClockStopped')
        .map((f) => [(f.data as { rule: string }).rule, (f.data as { outcome: string }).outcome])
        .sort(),
    ).toEqual([
      ['R2', 'met'],
      ['R3', 'superseded'],
    ]);
    expect(count(facts, 'ClockBreached')).toBe(0);
    expect(count(facts, 'ClockWarningIssued', 'R2')).toBe(0);
    expect(facts.find((f) => f.type === 'ClockStarted' && (f.data as { rule: string }).rule === 'R4')?.data).toMatchObject({
      dueAt: '2026-04-06T19:00:00.000Z',
    });
  });

  it('(f) R4: a late answer stops the clock met late and records a breach metLate; the answer stands', async () => {
    const requestId = await submit();
    await append(requestId, 'RequestAccepted', { acceptedAt: '2026-03-26T05:00:00.000Z' }, '2026-03-26T05:00:00.000Z');
    await append(requestId, 'RequestAnswered', { answeredAt: '2026-04-07T04:00:00.000Z', text: 'Route 12 runs again from May.' }, '2026-04-07T04:00:00.000Z');
    await clocksFolded(requestId, (rows) => rows.some((r) => r.rule === 'R4' && !r.running));
    const facts = await deadlineFacts(requestId);
    expect(facts.find((f) => f.type === 'ClockStopped' && (f.data as { rule: string }).rule === 'R4')?.data).toMatchObject({ outcome: 'met', late: true });
    expect(facts.filter((f) => f.type === 'ClockBreached').map((f) => f.data)).toEqual([
      expect.objectContaining({ rule: 'R4', metLate: true, dueAt: '2026-04-06T19:00:00.000Z' }),
    ]);
    await a.scheduler.tick(new Date('2026-04-30T00:00:00.000Z'));
    expect(count(await deadlineFacts(requestId), 'ClockBreached')).toBe(1);
  });

  const crowd: string[] = [];

  it('(c) exactly once: two scheduler instances ticking concurrently over the same clocks record one warning and one breach per clock', async () => {
    const b = instance('deadlines', false);
    for (let i = 0; i < 20; i += 1) crowd.push(await submit());
    for (const requestId of crowd) await clocksFolded(requestId, (rows) => rows.length === 3);
    const scheduleB = b.scheduler;
    for (const now of [R2_WARN, R2_DUE]) {
      await Promise.all([a.scheduler.tick(now), scheduleB.tick(now), a.scheduler.tick(now), scheduleB.tick(now)]);
    }
    for (const requestId of crowd) {
      const facts = await deadlineFacts(requestId);
      expect([count(facts, 'ClockStarted'), count(facts, 'ClockWarningIssued', 'R2'), count(facts, 'ClockBreached', 'R2'), facts.length]).toEqual([3, 1, 1, 5]);
    }
    await stopInstance(b);
  });

  it('(d) restart: a new instance over the same database re-derives and re-records nothing, even after a crash between append and commit', async () => {
    // Counted in the table itself: readAll shows only what every older transaction in the cluster has settled.
    const deadlineFactCount = async () =>
      Number((await instances[0].pool.query<{ count: string }>(`SELECT count(*) FROM event_store.events WHERE stream_id LIKE 'deadline-%'`)).rows[0].count);
    const before = await deadlineFactCount();
    await stopInstance(a);
    // A new durable: JetStream delivers every fact again from the first; the checkpoint says they are folded.
    a = instance('deadlines-restarted');
    const sentinel = await submit();
    await clocksFolded(sentinel, (rows) => rows.length === 3);
    await a.scheduler.tick(R2_WARN);
    await a.scheduler.tick(R2_DUE);
    const sentinelFacts = (await deadlineFacts(sentinel)).length; // 3 started + warning + breach
    expect(sentinelFacts).toBe(5);
    // A crash after the append, before the clock row committed: the row forgets, the store remembers.
    await instances[0].pool.query(
      `UPDATE deadlines.clocks SET breached = false, warned_due_at = NULL, clock = clock - 'breached' - 'warnedDueAt' || '{"breached": false}' WHERE subject_id = ANY($1)`,
      [crowd],
    );
    await a.scheduler.tick(R2_WARN);
    await a.scheduler.tick(R2_DUE);
    const after = await deadlineFactCount();
    expect(after - before).toBe(sentinelFacts);
  });

  it('(e) calendar amendment: 2026.2 makes Monday 30 March a day off; running R2 clocks move to the end of 31 March, recorded with old and new due, and the breach follows the new due', async () => {
    const requestId = await submit();
    await clocksFolded(requestId, (rows) => rows.length === 3);
    const amended: YearCalendar = {
      ...yearInForce(kzCalendar, 2026),
      version: '2026.2',
      publishedAt: '2026-11-26T00:00:00.000Z',
      notes: 'test: 30 March 2026 made a day off, 4 April worked instead',
      transfers: [{ dayOff: '2026-03-30', workingDay: '2026-04-04', source: { citation: 'test decree (invented for this test)', confirmed: false } }],
    };
    const publishedId = uuidV5('calendar-2026.2', '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a10');
    await store.appendToStream(calendarStream(2026), [
      {
        type: 'CalendarYearPublished',
        schemaVersion: 1,
        data: { year: 2026, version: '2026.2', publishedAt: amended.publishedAt, calendar: amended, note: 'test amendment' },
        metadata: { ...metadata(publishedId, '2026-03-27T06:00:00.000Z'), actor: { kind: 'operator', id: 'operator-1' } },
      },
    ]);
    // Each clock's recomputation is appended on its own: wait for the R2 one, not merely the first.
    await eventually(
      async () => ((await deadlineFacts(requestId)).some((f) => f.type === 'ClockRecomputed' && (f.data as { rule: string }).rule === 'R2') ? true : undefined),
      20_000,
      'the R2 ClockRecomputed',
    );
    const recomputed = (await deadlineFacts(requestId)).filter((f) => f.type === 'ClockRecomputed').map((f) => f.data);
    expect(recomputed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'R2',
          previousDueAt: R2_DUE.toISOString(),
          dueAt: '2026-03-31T19:00:00.000Z',
          reason: 'calendar 2026 version 2026.2 published',
          explanation: expect.objectContaining({ calendarVersions: ['2026.2'] }),
        }),
      ]),
    );
    // The facts are appended just before the fold commits the clocks: wait for the table too.
    await clocksFolded(requestId, (rows) => rows.find((r) => r.rule === 'R2')?.due_at.toISOString() === '2026-03-31T19:00:00.000Z');
    await a.scheduler.tick(R2_DUE);
    expect(count(await deadlineFacts(requestId), 'ClockBreached')).toBe(0);
    // The warning now is for the new due instant.
    expect((await deadlineFacts(requestId)).filter((f) => f.type === 'ClockWarningIssued').map((f) => (f.data as { dueAt: string }).dueAt)).toEqual([
      '2026-03-31T19:00:00.000Z',
    ]);
    await a.scheduler.tick(new Date('2026-03-31T19:00:00.000Z'));
    expect((await deadlineFacts(requestId)).filter((f) => f.type === 'ClockBreached').map((f) => f.data)).toEqual([
      expect.objectContaining({ rule: 'R2', dueAt: '2026-03-31T19:00:00.000Z', metLate: false }),
    ]);
    // Already breached clocks (the crowd's R2) keep their breach and are not recomputed.
    expect(count(await deadlineFacts(crowd[0]), 'ClockRecomputed', 'R2')).toBe(0);
  });

  it('(g) R2 under the 2023 text: the redirect window warns, its due instant passing undecided is no breach (even for a row saved as breaching), and a redirect after it is met late with a breach', async () => {
    const requestId = await submit(randomUUID(), receivedAt, 'order-145-2023');
    await clocksFolded(requestId, (rows) => rows.length === 3);
    const breachingFlag = async () =>
      (await instances[0].pool.query(`SELECT breaches_when_unmet FROM deadlines.clocks WHERE subject_id = $1 AND rule = 'R2'`, [requestId])).rows[0]
        .breaches_when_unmet as boolean;
    expect(await breachingFlag()).toBe(false);
    // A row saved before the flag knew the text (as the upgrade finds running clocks): the scheduler corrects it.
    await instances[0].pool.query(`UPDATE deadlines.clocks SET breaches_when_unmet = true WHERE subject_id = $1 AND rule = 'R2'`, [requestId]);

    // (e) amended the calendar: read this clock's own instants rather than R2_WARN and R2_DUE.
    const { warn_at: warnAt, due_at: dueAt } = (
      await instances[0].pool.query(`SELECT warn_at, due_at FROM deadlines.clocks WHERE subject_id = $1 AND rule = 'R2'`, [requestId])
    ).rows[0] as { warn_at: Date; due_at: Date };
    await a.scheduler.tick(warnAt);
    expect((await deadlineFacts(requestId)).filter((f) => f.type === 'ClockWarningIssued').map((f) => (f.data as { rule: string }).rule)).toEqual(['R2']);
    await a.scheduler.tick(dueAt);
    await a.scheduler.tick(new Date(dueAt.getTime() + 86_400_000));
    expect(count(await deadlineFacts(requestId), 'ClockBreached')).toBe(0);
    expect(await breachingFlag()).toBe(false);

    const lateRedirect = new Date(dueAt.getTime() + 3_600_000).toISOString();
    await append(requestId, 'RequestRedirected', { toHolderId: 'kazmunaygas', reason: 'competence', redirectedAt: lateRedirect }, lateRedirect);
    await eventually(async () => (count(await deadlineFacts(requestId), 'ClockBreached', 'R2') === 1 ? true : undefined), 20_000, 'the late redirect breach');
    expect((await deadlineFacts(requestId)).filter((f) => f.type === 'ClockBreached').map((f) => f.data)).toEqual([
      expect.objectContaining({ rule: 'R2', metLate: true, legalBasis: 'order-145-2023' }),
    ]);
  });
});
