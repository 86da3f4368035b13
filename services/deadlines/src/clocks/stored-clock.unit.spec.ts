import { kzCalendar } from '@od/calendar';
import {
  clockEventId,
  clockIdFor,
  conferenceClockEventId,
  conferenceClockTable,
  decide,
  requestClockTable,
  surveyClockId,
  surveyClockTable,
  type RequestFact,
} from '@od/domain';
import { upcastStoredClock } from './stored-clock';

// Rows of `deadlines.clocks` as the service stored them before the clocks were one engine (one JSON per kind).
const options = { calendar: kzCalendar, warningWorkingDays: 1 };
const requestId = 'c7d2a6a4-7f0e-4d8b-9b0a-2d1f0e3a4b5c';
const holderId = 'akimat-astana';
const receipt = '00000000-0000-4000-8000-000000000001';
const r2Id = clockIdFor(requestId, 'R2', holderId, receipt);
const oldR2 = {
  clockId: r2Id,
  requestId,
  holderId,
  rule: 'R2',
  originEventId: receipt,
  receivedAt: '2026-03-20T10:00:00.000Z',
  startedAt: '2026-03-20T10:00:00.000Z',
  count: { kind: 'working-days', from: '2026-03-20T10:00:00.000Z', days: 3 },
  dueAt: '2026-03-30T19:00:00.000Z',
  warnAt: '2026-03-29T19:00:00.000Z',
  explanation: { rule: 'working-days', start: '2026-03-20T10:00:00.000Z', days: 3, calendarVersions: ['2026.1'] },
  warnedDueAt: '2026-03-30T19:00:00.000Z',
  breached: false,
};
const accepted = {
  type: 'RequestAccepted',
  schemaVersion: 1,
  data: { requestId, holderId, acceptedAt: '2026-03-26T05:00:00.000Z' },
  eventId: '00000000-0000-4000-8000-000000000002',
} as RequestFact;

describe('Clocks stored before the engine, read by it (an upgrade in place)', () => {
  it('given an old request R2 row, when the request is accepted, then R2 stops met and R4 starts from the same receipt, with the ids the old code gave', () => {
    const clock = upcastStoredClock('request', oldR2);
    expect(clock).toMatchObject({
      subject: { kind: 'request', id: requestId, holderId },
      rule: 'R2',
      originEventId: receipt,
      warnedDueAt: oldR2.dueAt,
      breached: false,
    });
    const facts = decide(requestClockTable, { type: 'Fact', fact: accepted }, { memory: {}, clocks: [clock] }, options);
    expect(facts.map((fact) => [fact.event.type, fact.event.data.rule, fact.eventId])).toEqual([
      ['ClockStopped', 'R2', clockEventId(r2Id, 'stopped')],
      ['ClockStarted', 'R4', clockEventId(clockIdFor(requestId, 'R4', holderId, receipt), 'started')],
    ]);
    // 15 calendar days from the receipt of 20 March: Saturday 4 April, moved to Monday 6 April.
    expect(facts[1].event.data.dueAt).toBe('2026-04-06T19:00:00.000Z');
  });

  it('given an old request row already warned, when its due instant passes, then one breach with the old breach id (2021 text) and no second warning', () => {
    // The old row has no text of Order 145: its receipt (March 2026) puts it under the 2023 text, where R2's due
    // instant passing undecided is no breach; under the 2021 text the same row breaches with its old id.
    const clock = upcastStoredClock('request', oldR2);
    const due = { type: 'TimePassed', now: new Date('2026-03-30T19:00:00.000Z') } as const;
    expect(decide(requestClockTable, due, { memory: {}, clocks: [clock] }, options)).toEqual([]);
    const facts = decide(requestClockTable, due, { memory: {}, clocks: [{ ...clock, legalBasis: 'order-145-2021' }] }, options);
    expect(facts.map((fact) => [fact.event.type, fact.eventId])).toEqual([['ClockBreached', clockEventId(r2Id, 'breached')]]);
    expect(decide(requestClockTable, { type: 'TimePassed', now: new Date('2026-03-30T10:00:00.000Z') }, { memory: {}, clocks: [clock] }, options)).toEqual([]);
  });

  it('given an old conference C4 row (due at the end of the conference), then an instant count, and the question’s answer meets it', () => {
    const clock = upcastStoredClock('conference', {
      clockId: 'c4',
      rule: 'C4',
      holderId: 'kazatomprom',
      subjectId: 'conf-1',
      questionId: 'q-1',
      originEventId: 'asked',
      startedAt: '2026-12-18T06:00:00.000Z',
      count: { kind: 'conference-end', endsAt: '2026-12-21T13:00:00.000Z' },
      dueAt: '2026-12-21T13:00:00.000Z',
      warnAt: '2026-12-21T12:00:00.000Z',
      explanation: { rule: 'conference-end', start: '2026-12-21T13:00:00.000Z', days: 0, calendarVersions: [] },
      breached: false,
    });
    expect(clock).toMatchObject({
      subject: { kind: 'conference', id: 'conf-1' },
      questionId: 'q-1',
      count: { kind: 'instant', at: '2026-12-21T13:00:00.000Z' },
      explanation: { rule: 'instant' },
    });
    const answered = {
      type: 'ConferenceQuestionAnswered',
      schemaVersion: 1,
      data: { conferenceId: 'conf-1', holderId: 'kazatomprom', questionId: 'q-1', answeredAt: '2026-12-21T10:00:00.000Z' },
      eventId: 'answer',
    };
    const facts = decide(conferenceClockTable, { type: 'Fact', fact: answered as never }, { memory: {}, clocks: [clock] }, options);
    expect(facts.map((fact) => [fact.event.type, fact.eventId, (fact.event.data as { late?: boolean }).late])).toEqual([
      ['ClockStopped', conferenceClockEventId('c4', 'stopped'), false],
    ]);
  });

  it('given an old survey row met by its announcement, then a stopped clock (no warning, no breach when time passes)', () => {
    const clockId = surveyClockId('survey-1', 1);
    const clock = upcastStoredClock('survey', {
      clockId,
      surveyId: 'survey-1',
      holderId: 'kazatomprom',
      rule: 'C3',
      sequence: 1,
      kind: 'launch-announcement',
      startedAt: '2026-03-26T05:00:00.000Z',
      dueAt: '2026-03-31T19:00:00.000Z',
      dueDate: '2026-03-31',
      warnAt: '2026-03-30T19:00:00.000Z',
      breached: false,
      originEventId: 'approved',
      explanation: {
        text: 'C3',
        count: { kind: 'working-days', days: 1, from: '2026-03-29T19:00:00.000Z', fromWhat: 'the launch' },
        countedDays: ['2026-03-31'],
        calendarVersions: ['2026.1'],
      },
      met: { at: '2026-03-30T05:00:00.000Z', late: false, byEventId: 'announced' },
    });
    expect(clock).toMatchObject({ subject: { kind: 'survey', id: 'survey-1' }, sequence: 1, stop: { outcome: 'met', late: false, byEventId: 'announced' } });
    expect(
      decide(surveyClockTable, { type: 'TimePassed', now: new Date('2026-04-10T00:00:00.000Z') }, { memory: { facts: [] }, clocks: [clock] }, options),
    ).toEqual([]);
  });
});
