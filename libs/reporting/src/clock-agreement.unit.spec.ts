// The report counts the clocks' own facts: here they are made by the real clock engine (libs/domain, as the
// deadlines service runs it), not written by hand, and the report must agree with them.
import { kzCalendar } from '@od/calendar';
import type { RequestEvent } from '@od/contracts';
import { initialClockState, requestClockTable, step, type ClockInput, type ClockState, type RequestFact, type RequestClockMemory } from '@od/domain';
import type { AnnualReport } from './annual-report';
import { buildReport } from './report-fold';
import { History, maskDigits } from './report-test-builders';

const options = { calendar: kzCalendar, warningWorkingDays: 1 };

/** Request facts and the passing of time, as the platform lives them: each request fact, then the clock facts the engine records for it. */
class LiveHistory {
  readonly history = new History();
  private state: ClockState<RequestClockMemory> = initialClockState(requestClockTable);
  private ids = 0;

  fact(type: RequestEvent['type'], data: Record<string, unknown>, at: string): this {
    this.history.add(type, data, { at });
    const fact = { type, schemaVersion: 1, data, eventId: `request-fact-${++this.ids}` } as unknown as RequestFact;
    return this.run({ type: 'Fact', fact });
  }

  timePasses(now: string): this {
    return this.run({ type: 'TimePassed', now: new Date(now) });
  }

  private run(input: ClockInput<RequestFact>): this {
    const next = step(requestClockTable, input, this.state, options);
    this.state = next.state;
    for (const output of next.outputs) this.history.add(output.event.type, output.event.data as unknown as Record<string, unknown>, { at: output.occurredAt });
    return this;
  }
}

const submitted = (live: LiveHistory, requestId: string, at: string) =>
  live.fact(
    'RequestSubmitted',
    { requestId, holderId: 'kap', author: { kind: 'citizen', id: '900101300123' }, subject: 's', text: 't', language: 'ru', submittedAt: at },
    at,
  );
const accepted = (live: LiveHistory, requestId: string, at: string) => live.fact('RequestAccepted', { requestId, holderId: 'kap', acceptedAt: at }, at);
const answered = (live: LiveHistory, requestId: string, at: string) =>
  live.fact('RequestAnswered', { requestId, holderId: 'kap', text: 'a', answeredAt: at }, at);

function liveYear(): LiveHistory {
  const live = new LiveHistory();
  // a: answered in 8 days, well within R4's 15 calendar days (due at the end of 17 March).
  submitted(live, 'a', '2026-03-02T05:00:00Z');
  accepted(live, 'a', '2026-03-03T05:00:00Z');
  answered(live, 'a', '2026-03-10T05:00:00Z');
  // b: R4 due at the end of 16 April; the scheduler records the breach, the answer comes on 20 April: late.
  submitted(live, 'b', '2026-04-01T05:00:00Z');
  accepted(live, 'b', '2026-04-02T05:00:00Z');
  live.timePasses('2026-04-18T00:00:00Z');
  answered(live, 'b', '2026-04-20T05:00:00Z');
  // c: extended by 10 days (R5, the user told at once): answered on day 21, before the end of 29 May: on time.
  submitted(live, 'c', '2026-05-04T05:00:00Z');
  accepted(live, 'c', '2026-05-05T05:00:00Z');
  live.fact(
    'DeadlineExtended',
    { requestId: 'c', holderId: 'kap', days: 10, otherHolderIds: ['kmg'], reason: 'several holders', extendedAt: '2026-05-11T05:00:00Z' },
    '2026-05-11T05:00:00Z',
  );
  live.fact('ExtensionNoticeSent', { requestId: 'c', holderId: 'kap', sentAt: '2026-05-11T05:00:00Z' }, '2026-05-11T05:00:00Z');
  live.timePasses('2026-05-22T00:00:00Z');
  answered(live, 'c', '2026-05-25T05:00:00Z');
  // e: refused (R6) on 12 June, after its 5 working days from 1 June: a breach met late.
  submitted(live, 'e', '2026-06-01T05:00:00Z');
  live.fact(
    'RequestRefused',
    { requestId: 'e', holderId: 'kap', groundCode: 'state_secrets', reasonText: 'r', refusedAt: '2026-06-12T05:00:00Z' },
    '2026-06-12T05:00:00Z',
  );
  // d: accepted on 1 December, never answered: R4 breached at the end of 16 December, open and overdue at the year's end.
  submitted(live, 'd', '2026-12-01T05:00:00Z');
  accepted(live, 'd', '2026-12-01T06:00:00Z');
  live.timePasses('2026-12-31T18:00:00Z');
  return live;
}

describe('the report agrees with the clock facts the engine records', () => {
  const live = liveYear();
  const report: AnnualReport = buildReport(live.history.facts, {
    period: { from: '2026-01-01', to: '2026-12-31' },
    asOf: '2027-01-10T00:00:00Z',
    redact: maskDigits,
  });
  const kap = report.holders.find((holder) => holder.holderId === 'kap');

  it('given a year lived through the clock engine, then 2 of 3 answers on time (the extension counted), R4 breached twice, R6 met late once, d open and overdue', () => {
    expect(kap?.figures.requests).toMatchObject({
      received: 5,
      answered: 3,
      answeredOnTime: 2,
      answeredLate: 1,
      answeredNotTimed: 0,
      refused: 1,
      extensions: 1,
      openAtEnd: 1,
      overdueAtEnd: 1,
      // a 8, b 19, c 21 days: nearest rank 2 of 3 → 19; 3 of 3 → 21.
      daysToAnswer: { answers: 3, median: 19, percentile90: 21 },
    });
    expect(kap?.figures.breaches).toMatchObject({ total: 3, unmet: 2, metLate: 1, byRule: expect.objectContaining({ R2: 0, R4: 2, R5: 0, R6: 1 }) });
    expect(report.inputs.calendarVersions).toEqual(['2026.1']);
  });

  it('given the same facts, then each figure equals the count of the matching clock facts', () => {
    const clockFacts = live.history.facts.filter((fact) => fact.type.startsWith('Clock')) as unknown as {
      type: string;
      data: { rule: string; outcome?: string; late?: boolean };
    }[];
    const count = (predicate: (fact: (typeof clockFacts)[number]) => boolean) => clockFacts.filter(predicate).length;
    expect(kap?.figures.requests.answeredOnTime).toBe(
      count((fact) => fact.type === 'ClockStopped' && fact.data.rule === 'R4' && fact.data.outcome === 'met' && !fact.data.late),
    );
    expect(kap?.figures.requests.answeredLate).toBe(
      count((fact) => fact.type === 'ClockStopped' && fact.data.rule === 'R4' && fact.data.outcome === 'met' && fact.data.late === true),
    );
    expect(kap?.figures.breaches.total).toBe(count((fact) => fact.type === 'ClockBreached'));
  });
});
