import type { SurveyEvent } from '@od/contracts';
import { surveyClockId } from '../clocks/clock-ids';
import { deriveSurveyClocks, runsLongerThanAMonth, surveyClockStatus } from './survey-clocks';
import { aSurveyAnnounced, aSurveyApproved, aSurveyClosed, aSurveyDrafted, aSurveySubmitted, aTemplate, surveyId } from './survey-test-builders';

/** A published survey from `launchDate` to `closingDate`, approved at `approvedAt`. */
function published(launchDate: string, closingDate: string, approvedAt: string): SurveyEvent[] {
  return [
    aSurveyDrafted(aTemplate({ launchDate: '2026-03-30', closingDate: '2026-04-10' })),
    aSurveySubmitted(launchDate, closingDate),
    aSurveyApproved(approvedAt, launchDate, closingDate),
  ];
}

describe('C3 announcement clocks (pure derivation, hand-worked on the 2026 calendar)', () => {
  it('C3: no clock before the survey is published', () => {
    expect(deriveSurveyClocks([aSurveyDrafted(), aSurveySubmitted()])).toEqual([]);
  });

  it('C3: launched on Friday 20 March 2026, the announcement is due by the end of Thursday 26 March (21–25 March are the Nauryz days off)', () => {
    const clocks = deriveSurveyClocks(published('2026-03-20', '2026-04-02', '2026-03-16T06:00:00.000Z'));
    expect(clocks).toEqual([
      {
        clockId: surveyClockId(surveyId, 1),
        surveyId,
        holderId: 'ministry-of-finance',
        rule: 'C3',
        sequence: 1,
        kind: 'launch-announcement',
        startedAt: '2026-03-16T06:00:00.000Z',
        // The first instant of 27 March in Almaty (UTC+5): on time strictly before it.
        dueAt: '2026-03-26T19:00:00.000Z',
        dueDate: '2026-03-26',
        explanation: {
          text: 'C3: announce the survey on the agency’s own site, with a link to the Portal, within 1 working day of its launch',
          count: { kind: 'working-days', days: 1, from: '2026-03-19T19:00:00.000Z', fromWhat: 'the launch' },
          countedDays: ['2026-03-26'],
          calendarVersions: ['2026.1'],
        },
      },
    ]);
    expect(surveyClockStatus(clocks[0], new Date('2026-03-26T18:59:59.999Z'))).toBe('running');
    expect(surveyClockStatus(clocks[0], new Date('2026-03-26T19:00:00.000Z'))).toBe('breached');
  });

  it('C3: a survey of one month or less owes one announcement, however often it is announced', () => {
    const clocks = deriveSurveyClocks([
      ...published('2026-03-20', '2026-04-19', '2026-03-16T06:00:00.000Z'),
      aSurveyAnnounced('2026-03-20T05:00:00.000Z'),
      aSurveyAnnounced('2026-04-06T05:00:00.000Z'),
    ]);
    expect(runsLongerThanAMonth('2026-03-19T19:00:00.000Z', '2026-04-19T19:00:00.000Z')).toBe(false);
    expect(clocks.map((clock) => [clock.sequence, surveyClockStatus(clock, new Date('2026-05-01T00:00:00Z'))])).toEqual([[1, 'met']]);
  });

  it('C3: longer than a month, each announcement starts the next clock 14 calendar days on; a late one is met late and the chain counts from it', () => {
    const facts = [
      ...published('2026-03-20', '2026-05-29', '2026-03-16T06:00:00.000Z'),
      { ...aSurveyAnnounced('2026-03-23T06:00:00.000Z'), eventId: 'e1' }, // Monday 23 March, 11:00 Almaty: on time
      { ...aSurveyAnnounced('2026-04-08T04:00:00.000Z'), eventId: 'e2' }, // Wednesday 8 April: two days late
    ] as SurveyEvent[];
    const clocks = deriveSurveyClocks(facts);
    expect(clocks.map(({ sequence, kind, startedAt, dueAt, dueDate, met }) => ({ sequence, kind, startedAt, dueAt, dueDate, met }))).toEqual([
      {
        sequence: 1,
        kind: 'launch-announcement',
        startedAt: '2026-03-16T06:00:00.000Z',
        dueAt: '2026-03-26T19:00:00.000Z',
        dueDate: '2026-03-26',
        met: { at: '2026-03-23T06:00:00.000Z', late: false, byEventId: 'e1' },
      },
      // 23 March + 14 days = Monday 6 April, a working day.
      {
        sequence: 2,
        kind: 'repeat-announcement',
        startedAt: '2026-03-23T06:00:00.000Z',
        dueAt: '2026-04-06T19:00:00.000Z',
        dueDate: '2026-04-06',
        met: { at: '2026-04-08T04:00:00.000Z', late: true, byEventId: 'e2' },
      },
      // 8 April + 14 days = Wednesday 22 April.
      {
        sequence: 3,
        kind: 'repeat-announcement',
        startedAt: '2026-04-08T04:00:00.000Z',
        dueAt: '2026-04-22T19:00:00.000Z',
        dueDate: '2026-04-22',
        met: undefined,
      },
    ]);
    expect(clocks[1].explanation.text).toBe(
      'C3: the survey runs longer than one month, so it is announced again at least every two weeks: within 14 calendar days of the previous announcement',
    );
    expect(surveyClockStatus(clocks[1], new Date('2026-05-01T00:00:00Z'))).toBe('met_late');
    expect(surveyClockStatus(clocks[2], new Date('2026-04-22T18:00:00Z'))).toBe('running');
    expect(surveyClockStatus(clocks[2], new Date('2026-04-22T19:00:00Z'))).toBe('breached');
  });

  it('C3: 14 days after Monday 27 April 2026 is Monday 11 May, the Victory Day moved day off: the repeat is due by the end of Tuesday 12 May', () => {
    const clocks = deriveSurveyClocks([...published('2026-04-27', '2026-06-30', '2026-04-20T06:00:00.000Z'), aSurveyAnnounced('2026-04-27T05:00:00.000Z')]);
    expect(clocks[0]).toMatchObject({ dueDate: '2026-04-28', met: { late: false } });
    expect(clocks[1]).toMatchObject({
      sequence: 2,
      dueAt: '2026-05-12T19:00:00.000Z',
      dueDate: '2026-05-12',
      explanation: { count: { kind: 'calendar-days', days: 14, from: '2026-04-27T05:00:00.000Z' }, movedFrom: '2026-05-11' },
    });
  });

  it('C3: an announcement before the launch meets the first clock; the next one counts from the launch, not from it', () => {
    const clocks = deriveSurveyClocks([...published('2026-03-20', '2026-05-29', '2026-03-10T06:00:00.000Z'), aSurveyAnnounced('2026-03-12T06:00:00.000Z')]);
    expect(clocks[0].met).toEqual({ at: '2026-03-12T06:00:00.000Z', late: false });
    // From 20 March 00:00: + 14 days = Friday 3 April.
    expect(clocks[1]).toMatchObject({
      dueDate: '2026-04-03',
      explanation: { count: { from: '2026-03-19T19:00:00.000Z', fromWhat: 'the launch (the previous announcement came before it)' } },
    });
  });

  it('C3: no repeat falls due after the survey closes; a closure cancels a running clock', () => {
    // 20 March to 24 April (longer than a month). Announced 20 March → next due 3 April; 1 April → 15 April;
    // 14 April → 28 April, after the close: no fourth clock.
    const facts = [
      ...published('2026-03-20', '2026-04-24', '2026-03-16T06:00:00.000Z'),
      aSurveyAnnounced('2026-03-20T05:00:00.000Z'),
      aSurveyAnnounced('2026-04-01T05:00:00.000Z'),
      aSurveyAnnounced('2026-04-14T05:00:00.000Z'),
    ];
    expect(deriveSurveyClocks(facts).map((clock) => clock.dueDate)).toEqual(['2026-03-26', '2026-04-03', '2026-04-15']);
    const closedEarly = deriveSurveyClocks([...published('2026-03-20', '2026-04-02', '2026-03-16T06:00:00.000Z'), aSurveyClosed('2026-04-03T05:00:00.000Z')]);
    expect(surveyClockStatus(closedEarly[0], new Date('2026-04-04T00:00:00Z'))).toBe('cancelled');
  });
});
