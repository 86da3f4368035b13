import type { CalendarYearPublished, Order145TextId, RequestEvent } from '@od/contracts';
import { kzCalendar, registerYearVersion, yearInForce, type YearCalendar } from '@od/calendar';
import { DEFAULT_WARNING_WORKING_DAYS, type Clock, type ClockOptions } from '../clock';
import { calendarAmended, decide } from '../clock-engine';
import { clockEventId, clockIdFor } from '../clock-ids';
import { givenClocks, timePasses } from '../clock-testing';
import { legalBasisOfClock, requestClockTable, type RequestFact } from './request-clock-table';

// Hand-worked with libs/calendar/README.md and kz-2026.ts. Received Friday 2026-03-20 15:00 Almaty (10:00Z).
// Sat 21, Sun 22, Mon 23 (Nauryz) are off, Tue 24 and Wed 25 are Nauryz's moved days off (from 21 and 22).
// Working days after: Thu 26 (1st), Fri 27 (2nd), Mon 30 (3rd), Tue 31 (4th), Wed 1 Apr (5th).
// "End of day D" is the first instant of D+1 in Almaty (UTC+5), i.e. D 19:00Z.
const requestId = 'c7d2a6a4-7f0e-4d8b-9b0a-2d1f0e3a4b5c';
const options: ClockOptions = { calendar: kzCalendar, warningWorkingDays: DEFAULT_WARNING_WORKING_DAYS };
const receivedAt = '2026-03-20T10:00:00.000Z';

let n = 0;
const fact = <E extends RequestEvent>(type: E['type'], data: Record<string, unknown>): RequestFact =>
  ({
    type,
    schemaVersion: 1,
    data: { requestId, holderId: 'akimat-astana', ...data },
    eventId: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  }) as RequestFact;

// The counts are the same under both texts of Order 145. What R2's term is for is not: the tests below take the
// 2021 text (accept or redirect within 3 working days) unless they say the 2023 text (redirect only).
const aRequestSubmitted = (at = receivedAt, legalBasis: Order145TextId | null = 'order-145-2021') =>
  fact('RequestSubmitted', {
    submittedAt: at,
    author: { kind: 'citizen', id: '900101300123' },
    subject: 's',
    text: 't',
    language: 'ru',
    ...(legalBasis ? { legalBasis } : {}),
  });
const aRequestAccepted = (at: string, holderId = 'akimat-astana') => fact('RequestAccepted', { acceptedAt: at, holderId });
const aRequestRedirected = (at: string) => fact('RequestRedirected', { redirectedAt: at, toHolderId: 'ministry-health', reason: 'competence' });
const aRequestReceived = (at: string) => fact('RequestReceived', { receivedAt: at, holderId: 'ministry-health', fromHolderId: 'akimat-astana' });
const aRequestReturned = (at: string) => fact('RequestReturned', { returnedAt: at, reasonCode: 'no-subject', reasonText: 'x' });
const aRequestAnswered = (at: string) => fact('RequestAnswered', { answeredAt: at, text: 'answer' });
const aRequestRefused = (at: string) => fact('RequestRefused', { refusedAt: at, groundCode: 'art11-16', reasonText: 'x' });
const aDeadlineExtended = (at: string, days: number) =>
  fact('DeadlineExtended', { extendedAt: at, days, otherHolderIds: ['ministry-health'], reason: 'several holders' });
const anExtensionNoticeSent = (at: string) => fact('ExtensionNoticeSent', { sentAt: at });

/** Folds facts into clocks through the engine and the request table, collecting every clock fact recorded on the way. */
const given = (...facts: RequestFact[]) => givenClocks(requestClockTable, options, ...facts);
const scheduledFacts = (clock: Clock, now: Date) => timePasses(requestClockTable, clock, now, options);

describe('Request clocks (R2–R6) through the one engine: starting on receipt (R2, R3, R6)', () => {
  it('R2: given a request received Friday 20 March 15:00, its moderation is due at the end of Monday 30 March (Nauryz 21-25 March off)', () => {
    const { clock } = given(aRequestSubmitted());
    expect(clock('R2').dueAt).toBe('2026-03-30T19:00:00.000Z');
    expect(clock('R2').explanation).toEqual({
      rule: 'working-days',
      start: receivedAt,
      days: 3,
      calendarVersions: ['2026.1'],
      countedDays: ['2026-03-26', '2026-03-27', '2026-03-30'],
    });
  });

  it('R3: the return is due at the end of Thursday 26 March, the first working day after Nauryz', () => {
    expect(given(aRequestSubmitted()).clock('R3').dueAt).toBe('2026-03-26T19:00:00.000Z');
  });

  it('R6: the refusal is due at the end of Wednesday 1 April, the 5th working day', () => {
    expect(given(aRequestSubmitted()).clock('R6').dueAt).toBe('2026-04-01T19:00:00.000Z');
  });

  it('warning: one working day before, i.e. at the start of the last working day; R3 warns at the start of its only day', () => {
    const { clock } = given(aRequestSubmitted());
    expect(clock('R2').warnAt).toBe('2026-03-29T19:00:00.000Z'); // 00:00 Mon 30 March Almaty
    expect(clock('R3').warnAt).toBe('2026-03-25T19:00:00.000Z'); // 00:00 Thu 26 March Almaty
  });

  it('warning: configurable; two working days before R2 is the start of Friday 27 March, and never before the start', () => {
    const two = givenClocks(requestClockTable, { ...options, warningWorkingDays: 2 }, aRequestSubmitted()).clock('R2');
    expect(two.warnAt).toBe('2026-03-26T19:00:00.000Z');
    const ten = givenClocks(requestClockTable, { ...options, warningWorkingDays: 10 }, aRequestSubmitted()).clock('R2');
    expect(ten.warnAt).toBe(receivedAt);
  });

  it('ids: deriving again from the same facts gives the same clock ids and event ids', () => {
    const submitted = aRequestSubmitted();
    const first = given(submitted).recorded;
    const second = given(submitted).recorded;
    expect(second.map((f) => f.eventId)).toEqual(first.map((f) => f.eventId));
    expect(first[0].eventId).toBe(clockEventId(clockIdFor(requestId, 'R2', 'akimat-astana', submitted.eventId), 'started'));
    expect(new Set(first.map((f) => f.eventId)).size).toBe(3);
  });

  it('the same receipt folded twice starts nothing new', () => {
    const submitted = aRequestSubmitted();
    expect(given(submitted).when({ type: 'Fact', fact: submitted })).toEqual([]);
  });
});

describe('Request clocks (R2–R6) through the one engine: moderation decisions (R2, R3, R4)', () => {
  it('R2/R3/R4: given a receipt, when accepted on Thursday 26 March, R2 stops met, R3 is superseded, and R4 starts: 15 calendar days from 20 March is Saturday 4 April, moved to Monday 6 April', () => {
    const { ofType, clock } = given(aRequestSubmitted(), aRequestAccepted('2026-03-26T05:00:00.000Z'));
    expect(ofType('ClockStopped').map((s) => [s.data.rule, s.data.outcome, s.data.late])).toEqual([
      ['R2', 'met', false],
      ['R3', 'superseded', false],
    ]);
    expect(clock('R4').dueAt).toBe('2026-04-06T19:00:00.000Z');
    expect(clock('R4').explanation).toMatchObject({ rule: 'calendar-days', start: receivedAt, days: 15, movedFrom: '2026-04-04' });
    expect(clock('R4').startedAt).toBe('2026-03-26T05:00:00.000Z');
    expect(clock('R6').stop).toBeUndefined();
    expect(ofType('ClockBreached')).toEqual([]);
  });

  it('R2: accepted at 00:00 Tuesday 31 March (the due instant itself) is late: stop met late + breach metLate', () => {
    const { ofType } = given(aRequestSubmitted(), aRequestAccepted('2026-03-30T19:00:00.000Z'));
    expect(ofType('ClockStopped')[0].data).toMatchObject({ rule: 'R2', outcome: 'met', late: true });
    expect(ofType('ClockBreached').map((b) => b.data)).toEqual([
      expect.objectContaining({ rule: 'R2', metLate: true, breachedAt: '2026-03-30T19:00:00.000Z' }),
    ]);
  });

  it("R2: a redirect supersedes the first holder's clocks, and the new holder's receipt starts its own", () => {
    const { ofType, clock } = given(aRequestSubmitted(), aRequestRedirected('2026-03-26T04:00:00.000Z'), aRequestReceived('2026-03-26T04:00:00.000Z'));
    expect(ofType('ClockStopped').map((s) => [s.data.rule, s.data.outcome])).toEqual([
      ['R2', 'met'],
      ['R3', 'superseded'],
      ['R6', 'superseded'],
    ]);
    // Received Thursday 26 March 09:00 Almaty: Fri 27 (1), Mon 30 (2), Tue 31 (3).
    expect(clock('R2', 'ministry-health').dueAt).toBe('2026-03-31T19:00:00.000Z');
    expect(clock('R2', 'ministry-health').clockId).not.toBe(clock('R2').clockId);
    expect(ofType('ClockStarted').filter((s) => s.data.subject.holderId === 'ministry-health')).toHaveLength(3);
  });

  it('R3: a return within the day meets R3 (and R2), superseding R6', () => {
    const { ofType } = given(aRequestSubmitted(), aRequestReturned('2026-03-26T10:00:00.000Z'));
    expect(ofType('ClockStopped').map((s) => [s.data.rule, s.data.outcome, s.data.late])).toEqual([
      ['R2', 'met', false],
      ['R3', 'met', false],
      ['R6', 'superseded', false],
    ]);
  });

  it('R3: a return on Friday 27 March is after its due (end of 26 March): met late, breach metLate', () => {
    const { ofType } = given(aRequestSubmitted(), aRequestReturned('2026-03-27T04:00:00.000Z'));
    expect(ofType('ClockBreached').map((b) => [b.data.rule, b.data.metLate])).toEqual([['R3', true]]);
  });
});

describe('Request clocks (R2–R6) through the one engine: answer, refusal and extension (R4, R5, R6)', () => {
  const accepted = () => [aRequestSubmitted(), aRequestAccepted('2026-03-26T05:00:00.000Z')] as const;

  it('R4: an answer on Monday 6 April (before the end of the moved day) is on time', () => {
    const { ofType } = given(...accepted(), aRequestAnswered('2026-04-06T12:00:00.000Z'));
    expect(
      ofType('ClockStopped')
        .filter((s) => s.data.rule === 'R4')
        .map((s) => s.data),
    ).toEqual([expect.objectContaining({ outcome: 'met', late: false })]);
    expect(ofType('ClockBreached')).toEqual([]);
  });

  it('R4: a late answer (Tuesday 7 April) is still accepted; its clock stops met late and records a breach metLate', () => {
    const { ofType } = given(...accepted(), aRequestAnswered('2026-04-07T04:00:00.000Z'));
    expect(ofType('ClockStopped').find((s) => s.data.rule === 'R4')?.data).toMatchObject({ outcome: 'met', late: true });
    expect(ofType('ClockBreached').map((b) => b.data)).toEqual([expect.objectContaining({ rule: 'R4', metLate: true, dueAt: '2026-04-06T19:00:00.000Z' })]);
  });

  it('R4: a late answer after the scheduler already recorded the breach records no second breach', () => {
    const { clocks } = given(...accepted());
    const r4 = clocks.find((c) => c.rule === 'R4') as Clock;
    const breached = scheduledFacts(r4, new Date('2026-04-06T19:00:00.000Z'));
    expect(breached.facts.map((f) => f.event.type)).toEqual(['ClockBreached']);
    const after = decide(
      requestClockTable,
      { type: 'Fact', fact: aRequestAnswered('2026-04-08T04:00:00.000Z') },
      { memory: {}, clocks: [...clocks.filter((c) => c !== r4), breached.clock] },
      options,
    );
    expect(after.map((f) => [f.event.type, f.event.data.rule, (f.event.data as { late?: boolean }).late])).toEqual([
      ['ClockStopped', 'R6', false],
      ['ClockStopped', 'R4', true],
    ]);
  });

  it('R6: a refusal within 5 working days meets R6 and stops R4 (superseded)', () => {
    const { ofType } = given(...accepted(), aRequestRefused('2026-03-31T05:00:00.000Z'));
    expect(
      ofType('ClockStopped')
        .filter((s) => ['R4', 'R6'].includes(s.data.rule as string))
        .map((s) => [s.data.rule, s.data.outcome, s.data.late]),
    ).toEqual([
      ['R6', 'met', false],
      ['R4', 'superseded', false],
    ]);
  });

  it('R6: a refusal on Thursday 2 April (after the end of 1 April) is met late: breach metLate', () => {
    const { ofType } = given(...accepted(), aRequestRefused('2026-04-02T05:00:00.000Z'));
    expect(ofType('ClockBreached').map((b) => [b.data.rule, b.data.metLate])).toEqual([['R6', true]]);
  });

  it('R6: an answer supersedes R6', () => {
    const { clock } = given(...accepted(), aRequestAnswered('2026-03-30T05:00:00.000Z'));
    expect(clock('R6').stop).toMatchObject({ outcome: 'superseded' });
  });

  it('R5: an extension by 10 days on Wednesday 1 April moves R4 to 15+10 calendar days from 20 March (Tue 14 April), recorded as "R5 extension", and starts R5 due in 3 working days (end of Mon 6 April)', () => {
    const { ofType, clock } = given(...accepted(), aDeadlineExtended('2026-04-01T05:00:00.000Z', 10));
    expect(ofType('ClockRecomputed').map((r) => r.data)).toEqual([
      expect.objectContaining({
        rule: 'R4',
        previousDueAt: '2026-04-06T19:00:00.000Z',
        dueAt: '2026-04-14T19:00:00.000Z',
        reason: 'R5 extension',
        recomputedAt: '2026-04-01T05:00:00.000Z',
      }),
    ]);
    expect(clock('R4').dueAt).toBe('2026-04-14T19:00:00.000Z');
    // Thu 2, Fri 3, Mon 6 April.
    expect(clock('R5').dueAt).toBe('2026-04-06T19:00:00.000Z');
  });

  it('R5: the notice to the user meets R5', () => {
    const { clock } = given(...accepted(), aDeadlineExtended('2026-04-01T05:00:00.000Z', 10), anExtensionNoticeSent('2026-04-01T05:00:00.000Z'));
    expect(clock('R5').stop).toMatchObject({ outcome: 'met', late: false });
  });
});

describe('Request clocks (R2–R6) through the one engine: the passing of time', () => {
  it('R2: a warning at the start of its last day, once; a breach at its due instant, once', () => {
    const r2 = given(aRequestSubmitted()).clock('R2');
    expect(scheduledFacts(r2, new Date('2026-03-29T18:59:59.999Z')).facts).toEqual([]);
    const warned = scheduledFacts(r2, new Date('2026-03-30T03:00:00.000Z'));
    expect(warned.facts.map((f) => f.event.type)).toEqual(['ClockWarningIssued']);
    expect(scheduledFacts(warned.clock, new Date('2026-03-30T04:00:00.000Z')).facts).toEqual([]);
    const breached = scheduledFacts(warned.clock, new Date('2026-03-30T19:00:00.000Z'));
    expect(breached.facts.map((f) => f.event.data)).toEqual([expect.objectContaining({ rule: 'R2', metLate: false, breachedAt: '2026-03-30T19:00:00.000Z' })]);
    expect(scheduledFacts(breached.clock, new Date('2026-04-30T00:00:00.000Z')).facts).toEqual([]);
  });

  it('R3, R6: conditional obligations; passing the due instant with no decision is not a breach', () => {
    const { clock } = given(aRequestSubmitted());
    expect(scheduledFacts(clock('R3'), new Date('2026-03-27T00:00:00.000Z')).facts).toEqual([]);
    expect(scheduledFacts(clock('R6'), new Date('2026-04-02T00:00:00.000Z')).facts).toEqual([]);
  });

  it('a stopped clock never warns or breaches', () => {
    const { clock } = given(aRequestSubmitted(), aRequestAccepted('2026-03-26T05:00:00.000Z'));
    expect(scheduledFacts(clock('R2'), new Date('2026-04-30T00:00:00.000Z')).facts).toEqual([]);
  });
});

describe('Request clocks (R2–R6) through the one engine: calendar amendment', () => {
  const kz2026 = yearInForce(kzCalendar, 2026);
  // 2026.2: Monday 30 March declared a day off (a transfer from Saturday 4 April, say).
  const amended: YearCalendar = {
    ...kz2026,
    version: '2026.2',
    publishedAt: '2026-11-26T00:00:00.000Z',
    notes: 'test amendment',
    transfers: [{ dayOff: '2026-03-30', workingDay: '2026-04-04', source: { citation: 'test decree', confirmed: false } }],
  };
  const published: CalendarYearPublished = {
    type: 'CalendarYearPublished',
    schemaVersion: 1,
    data: { year: 2026, version: '2026.2', publishedAt: amended.publishedAt, calendar: amended, note: 'test' },
  };

  it('a new 2026 version making Monday 30 March a day off moves R2 from the end of 30 to the end of 31 March, recording both instants and why', () => {
    const calendar = registerYearVersion(kzCalendar, amended);
    const facts = given(aRequestSubmitted()).when(calendarAmended(published, '2026-03-25T06:00:00.000Z'), { ...options, calendar });
    const r2 = facts.find((f) => f.event.data.rule === 'R2');
    expect(r2?.event.data).toMatchObject({
      previousDueAt: '2026-03-30T19:00:00.000Z',
      dueAt: '2026-03-31T19:00:00.000Z',
      reason: 'calendar 2026 version 2026.2 published',
      explanation: { calendarVersions: ['2026.2'] },
    });
    // R3 (due 26 March) is not moved: no fact for it.
    expect(facts.map((f) => f.event.data.rule).sort()).toEqual(['R2', 'R6']);
    expect(r2?.clock.warnAt).toBe('2026-03-30T19:00:00.000Z');
  });

  it('stopped and breached clocks are not recomputed', () => {
    const { clocks } = given(aRequestSubmitted(), aRequestAccepted('2026-03-26T05:00:00.000Z'));
    const calendar = registerYearVersion(kzCalendar, amended);
    const state = { memory: {}, clocks: clocks.map((c) => (c.rule === 'R6' ? { ...c, breached: true } : c)) };
    const facts = decide(requestClockTable, calendarAmended(published, '2026-03-27T00:00:00.000Z'), state, { ...options, calendar });
    // Only R4 moves: its 15th day, Saturday 4 April, is now a working day, so it is no longer moved to Monday 6 April.
    expect(facts.map((f) => f.event.data.rule)).toEqual(['R4']);
  });
});

// Order 145 as amended by Order No. 95 of 14 March 2023, p. 4 (seeds/004 lines ~560-567): a request outside the
// holder's competence "is sent to the competent holder no later than three working days from its receipt, the
// user being told at the same time". The term is for the redirect; acceptance has no term of its own but R4.
describe('Request clocks under the 2023 text: R2 is the term to redirect', () => {
  const under2023 = () => aRequestSubmitted(receivedAt, 'order-145-2023');

  it('R2 (2023): the clock carries the text that governs it, in every fact', () => {
    const { clock, recorded } = given(under2023());
    expect(clock('R2').legalBasis).toBe('order-145-2023');
    expect(recorded.map((f) => (f.event.data as { legalBasis?: string }).legalBasis)).toEqual(['order-145-2023', 'order-145-2023', 'order-145-2023']);
  });

  it('R2 (2023): an acceptance on time or late ends R2 with nothing owed: superseded, no breach', () => {
    for (const acceptedAt of ['2026-03-26T05:00:00.000Z', '2026-04-03T05:00:00.000Z']) {
      const { ofType } = given(under2023(), aRequestAccepted(acceptedAt));
      expect(ofType('ClockStopped').find((s) => s.data.rule === 'R2')?.data).toMatchObject({ outcome: 'superseded', late: false });
      expect(ofType('ClockBreached')).toEqual([]);
    }
  });

  it('R2 (2023): a redirect by the end of Monday 30 March meets R2; one on Tuesday 31 March is late and a breach', () => {
    const onTime = given(under2023(), aRequestRedirected('2026-03-30T18:59:59.000Z'));
    expect(onTime.ofType('ClockStopped').find((s) => s.data.rule === 'R2')?.data).toMatchObject({ outcome: 'met', late: false });
    const late = given(under2023(), aRequestRedirected('2026-03-31T04:00:00.000Z'));
    expect(late.ofType('ClockStopped').find((s) => s.data.rule === 'R2')?.data).toMatchObject({ outcome: 'met', late: true });
    expect(late.ofType('ClockBreached').map((b) => b.data)).toEqual([expect.objectContaining({ rule: 'R2', metLate: true, legalBasis: 'order-145-2023' })]);
  });

  it('R2 (2023): a return or an answer ends R2 as superseded (the 2021 text counted them as meeting it)', () => {
    expect(given(under2023(), aRequestReturned('2026-03-26T10:00:00.000Z')).clock('R2').stop).toMatchObject({ outcome: 'superseded' });
    expect(given(aRequestSubmitted(), aRequestReturned('2026-03-26T10:00:00.000Z')).clock('R2').stop).toMatchObject({ outcome: 'met' });
  });

  it('R2 (2023): the redirect window still warns on its last day, but its due instant passing undecided is no breach', () => {
    const r2 = given(under2023()).clock('R2');
    expect(scheduledFacts(r2, new Date('2026-03-30T03:00:00.000Z')).facts.map((f) => f.event.type)).toEqual(['ClockWarningIssued']);
    expect(scheduledFacts(r2, new Date('2026-03-31T00:00:00.000Z')).facts).toEqual([]);
  });

  it('2021 vs 2023: the same receipt left undecided past its due instant is an R2 breach only under the 2021 text', () => {
    const breaches = (legalBasis: Order145TextId) =>
      scheduledFacts(given(aRequestSubmitted(receivedAt, legalBasis)).clock('R2'), new Date('2026-03-31T00:00:00.000Z')).facts.filter(
        (f) => f.event.type === 'ClockBreached',
      ).length;
    expect(breaches('order-145-2021')).toBe(1);
    expect(breaches('order-145-2023')).toBe(0);
  });

  it('a request stored before the text was recorded is governed by the text in force at its submission', () => {
    const clockOf = (at: string) => given(aRequestSubmitted(at, null)).clock('R2');
    expect(clockOf(receivedAt).legalBasis).toBe('order-145-2023');
    const { legalBasis: _kept, ...storedBeforeIt } = clockOf(receivedAt);
    expect(legalBasisOfClock(storedBeforeIt)).toBe('order-145-2023');
    expect(legalBasisOfClock({ ...storedBeforeIt, count: { kind: 'working-days', from: '2022-06-01T05:00:00.000Z', days: 3 } })).toBe('order-145-2021');
  });

  it("R4 and R5 started later carry the request's text too", () => {
    const { clock } = given(under2023(), aRequestAccepted('2026-03-26T05:00:00.000Z'), aDeadlineExtended('2026-04-01T05:00:00.000Z', 10));
    expect(clock('R4').legalBasis).toBe('order-145-2023');
    expect(clock('R5').legalBasis).toBe('order-145-2023');
  });
});
