import { deadlineStream, requestStream } from '@od/contracts';
import { clockEventId, clockIdFor } from '@od/domain';
import { randomUUID } from 'node:crypto';
import type { DeadlinesRunner } from '../deadlines-runner';
import { ClocksUnderTest } from '../testing/clocks-under-test';

jest.setTimeout(120_000);

// An upgrade in place: the store and `deadlines.clocks` as the service left them before the clocks were one
// engine (facts `Deadline*`, rows in the request kind's own JSON), then the new service follows and ticks.
// Received Friday 20 March 2026 15:00 Almaty: R2 due at the end of Monday 30 March, R3 of Thursday 26, R6 of
// Wednesday 1 April (Nauryz 21–25 March off); accepted on 26 March, R4 is due at the end of Monday 6 April.
const HOLDER = 'kazatomprom';
const RECEIVED_AT = '2026-03-20T10:00:00.000Z';
const OLD = {
  R2: { dueAt: '2026-03-30T19:00:00.000Z', warnAt: '2026-03-29T19:00:00.000Z', days: 3 },
  R3: { dueAt: '2026-03-26T19:00:00.000Z', warnAt: '2026-03-25T19:00:00.000Z', days: 1 },
  R6: { dueAt: '2026-04-01T19:00:00.000Z', warnAt: '2026-03-31T19:00:00.000Z', days: 5 },
} as const;

let clocks: ClocksUnderTest;
let service: DeadlinesRunner;

beforeAll(async () => {
  clocks = await ClocksUnderTest.start('deadlinesupgrade');
});

afterAll(async () => {
  await clocks?.stop();
});

/** A request received by the holder, and what the old service recorded for it: its `DeadlineStarted` facts, and (`rows`) its clock rows. */
async function receivedByTheOldService({ rows }: { rows: boolean }): Promise<{ requestId: string; receipt: string }> {
  const requestId = randomUUID();
  const receipt = await clocks.append(
    requestStream(requestId),
    'RequestSubmitted',
    { requestId, holderId: HOLDER, author: { kind: 'citizen', id: '900101300017' }, subject: 's', text: 't', language: 'ru', submittedAt: RECEIVED_AT },
    RECEIVED_AT,
    HOLDER,
  );
  for (const rule of ['R2', 'R3', 'R6'] as const) {
    const clockId = clockIdFor(requestId, rule, HOLDER, receipt);
    const explanation = { rule: 'working-days', start: RECEIVED_AT, days: OLD[rule].days, calendarVersions: ['2026.1'] };
    const data = { requestId, holderId: HOLDER, rule, clockId, dueAt: OLD[rule].dueAt, startedAt: RECEIVED_AT, warnAt: OLD[rule].warnAt, explanation };
    await clocks.append(
      deadlineStream(requestId),
      'DeadlineStarted',
      data,
      RECEIVED_AT,
      HOLDER,
      clockEventId(clockId, 'started') as ReturnType<typeof randomUUID>,
    );
    if (!rows) continue;
    const oldClock = {
      clockId,
      requestId,
      holderId: HOLDER,
      rule,
      originEventId: receipt,
      receivedAt: RECEIVED_AT,
      startedAt: RECEIVED_AT,
      count: { kind: 'working-days', from: RECEIVED_AT, days: OLD[rule].days },
      dueAt: OLD[rule].dueAt,
      warnAt: OLD[rule].warnAt,
      explanation,
      breached: false,
    };
    await clocks.pool.query(
      `INSERT INTO deadlines.clocks (clock_id, kind, subject_id, holder_id, rule, running, breached, breaches_when_unmet, due_at, warn_at, warned_due_at, clock, updated_at)
       VALUES ($1, 'request', $2, $3, $4, true, false, $5, $6, $7, NULL, $8, now())`,
      [clockId, requestId, HOLDER, rule, rule === 'R2', OLD[rule].dueAt, OLD[rule].warnAt, JSON.stringify(oldClock)],
    );
  }
  return { requestId, receipt };
}

const types = async (requestId: string) => (await clocks.facts(deadlineStream(requestId))).map((fact) => [fact.type, (fact.data as { rule: string }).rule]);

describe('Clocks written before the one engine, continued by it', () => {
  let crashed: { requestId: string };
  let kept: { requestId: string; receipt: string };

  beforeAll(async () => {
    // The old service appended the facts and crashed before saving its rows; and another request it had folded whole.
    crashed = await receivedByTheOldService({ rows: false });
    kept = await receivedByTheOldService({ rows: true });
    service = clocks.instance();
  });

  it('given the old facts without their rows, when the new service folds the receipt, then it derives the same ids and writes nothing again', async () => {
    await clocks.clocksFolded('request', crashed.requestId, (rows) => rows.length === 3);
    expect(await types(crashed.requestId)).toEqual([
      ['DeadlineStarted', 'R2'],
      ['DeadlineStarted', 'R3'],
      ['DeadlineStarted', 'R6'],
    ]);
  });

  it('given old rows, when the request is accepted, then R2 stops met and R3 superseded (with the ids the old service gave them) and R4 starts, in the one family', async () => {
    await clocks.append(
      requestStream(kept.requestId),
      'RequestAccepted',
      { requestId: kept.requestId, holderId: HOLDER, acceptedAt: '2026-03-26T05:00:00.000Z' },
      '2026-03-26T05:00:00.000Z',
      HOLDER,
    );
    const rows = await clocks.clocksFolded('request', kept.requestId, (seen) => seen.some((row) => row.rule === 'R4'));
    expect(rows.map((row) => [row.rule, row.running])).toEqual([
      ['R2', false],
      ['R3', false],
      ['R4', true],
      ['R6', true],
    ]);
    const facts = await clocks.facts(deadlineStream(kept.requestId));
    // Stops come in the order of the clocks' ids (as before the engine), then the start.
    const stops = facts
      .slice(3, 5)
      .map((fact) => [fact.type, (fact.data as { rule: string }).rule, fact.metadata.eventId])
      .sort((x, y) => x[1].localeCompare(y[1]));
    expect([...stops, ...facts.slice(5).map((fact) => [fact.type, (fact.data as { rule: string }).rule, fact.metadata.eventId])]).toEqual([
      ['ClockStopped', 'R2', clockEventId(clockIdFor(kept.requestId, 'R2', HOLDER, kept.receipt), 'stopped')],
      ['ClockStopped', 'R3', clockEventId(clockIdFor(kept.requestId, 'R3', HOLDER, kept.receipt), 'stopped')],
      ['ClockStarted', 'R4', clockEventId(clockIdFor(kept.requestId, 'R4', HOLDER, kept.receipt), 'started')],
    ]);
    expect(facts[5].data).toMatchObject({ subject: { kind: 'request', id: kept.requestId, holderId: HOLDER }, dueAt: '2026-04-06T19:00:00.000Z' });
  });

  it('given an old row still running, when time passes, then it warns once (R6, conditional, never breaches by time) beside the new R4, which warns and breaches once', async () => {
    await service.scheduler.tick(new Date('2026-04-01T05:00:00.000Z')); // R6: warned from the start of Wednesday 1 April
    await service.scheduler.tick(new Date('2026-04-06T05:00:00.000Z')); // R4: the start of Monday 6 April
    await service.scheduler.tick(new Date('2026-04-06T19:00:00.000Z')); // R4's due instant
    await service.scheduler.tick(new Date('2026-04-07T19:00:00.000Z'));
    const facts = (await clocks.facts(deadlineStream(kept.requestId))).slice(6).map((fact) => [fact.type, (fact.data as { rule: string }).rule]);
    expect(facts).toEqual([
      ['ClockWarningIssued', 'R6'],
      ['ClockWarningIssued', 'R4'],
      ['ClockBreached', 'R4'],
    ]);
  });
});
