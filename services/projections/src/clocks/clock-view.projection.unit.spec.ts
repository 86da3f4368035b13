import { upcastClockEvent, type ClockEvent } from '@od/contracts';
import { aClockFact, aLegacyClockFact, recorded } from '../../test/facts';
import { evolveClockView } from './clock-view.projection';
import { toClockView } from './clock-view.mapping';
import type { ClockViewEntity } from './clock-view.entity';

const fold = (...events: Parameters<typeof evolveClockView>[1][]) => events.reduce<ClockViewEntity | null>(evolveClockView, null)!;
/** A fact stored in an old family, read as the projections read it: through the upcaster. */
const upcast = (event: { type: string; schemaVersion: number; data: unknown }) => upcastClockEvent(recorded(event as never)) as unknown as ClockEvent;
const started = () =>
  recorded(
    aClockFact('ClockStarted', {
      startedAt: '2026-03-02T05:00:00.000Z',
      warnAt: '2026-03-16T18:59:59.999Z',
      explanation: { rule: 'calendar-days', start: '2026-03-02', days: 15, calendarVersions: ['2026.1'] },
    }),
  );

describe('A deadline clock as the clocks service records it', () => {
  it('is running and overdue only once its due instant has passed, judged at the query’s time', () => {
    const clock = fold(started());
    expect(toClockView(clock, new Date('2026-03-10T00:00:00Z'))).toMatchObject({
      status: 'running',
      open: true,
      overdue: false,
      dueAt: '2026-03-17T18:59:59.999Z',
    });
    expect(toClockView(clock, new Date('2026-03-18T00:00:00Z'))).toMatchObject({ status: 'running', overdue: true });
  });

  it('takes the recomputed due instant, never computing one itself', () => {
    const clock = fold(
      started(),
      recorded(
        aClockFact('ClockRecomputed', {
          dueAt: '2026-03-18T18:59:59.999Z',
          previousDueAt: '2026-03-17T18:59:59.999Z',
          reason: 'calendar 2026.2',
          recomputedAt: '2026-03-05T00:00:00Z',
          explanation: { rule: 'calendar-days', start: '2026-03-02', days: 15, calendarVersions: ['2026.2'] },
        }),
      ),
    );
    expect(clock.dueAt.toISOString()).toBe('2026-03-18T18:59:59.999Z');
    expect(clock.recomputations).toBe(1);
  });

  it('keeps how its due instant was counted, its last day in the reader’s language and who must act', () => {
    const clock = fold(
      recorded(
        aClockFact('ClockStarted', {
          dueAt: '2026-12-17T19:00:00.000Z',
          startedAt: '2026-12-02T05:00:00.000Z',
          warnAt: '2026-12-16T19:00:00.000Z',
          explanation: { rule: 'calendar-days', start: '2026-12-02T05:00:00.000Z', days: 15, calendarVersions: ['2026.1'], countedDays: ['2026-12-03'] },
        }),
      ),
    );
    const view = toClockView(clock, new Date('2026-12-10T00:00:00Z'), 'en');
    expect(view).toMatchObject({
      explanation: { rule: 'calendar-days', start: '2026-12-02T05:00:00.000Z', days: 15, calendarVersions: ['2026.1'], countedDays: ['2026-12-03'] },
      lastDay: '2026-12-17',
      lastDayText: 'by the end of 17 December 2026, Almaty time',
      mustAct: { holderId: 'kazatomprom', roles: ['responder', 'first_head'] },
    });
    expect(toClockView(clock, new Date('2026-12-10T00:00:00Z'), 'ru').lastDayText).toBe('до конца дня 17 декабря 2026 г., время Алматы');
    const recomputed = evolveClockView(
      clock,
      recorded(
        aClockFact('ClockRecomputed', {
          dueAt: '2026-12-22T19:00:00.000Z',
          previousDueAt: '2026-12-17T19:00:00.000Z',
          reason: 'R5 extension',
          recomputedAt: '2026-12-05T00:00:00Z',
          explanation: { rule: 'calendar-days', start: '2026-12-02T05:00:00.000Z', days: 20, calendarVersions: ['2026.1'], movedFrom: '2026-12-21' },
        }) as never,
      ),
    );
    expect(toClockView(recomputed, new Date('2026-12-10T00:00:00Z'), 'en')).toMatchObject({
      explanation: { days: 20, movedFrom: '2026-12-21' },
      lastDay: '2026-12-22',
    });
  });

  it('met on time, met late, breached and superseded end as such', () => {
    const stop = (late: boolean, outcome: 'met' | 'superseded' = 'met') =>
      recorded(aClockFact('ClockStopped', { stoppedAt: '2026-03-10T00:00:00Z', outcome, late, byEventId: 'e' }));
    const breach = (metLate: boolean) => recorded(aClockFact('ClockBreached', { breachedAt: '2026-03-17T19:00:00Z', metLate }));
    expect(fold(started(), stop(false))).toMatchObject({ status: 'met', open: false });
    expect(fold(started(), stop(true))).toMatchObject({ status: 'met_late', open: false });
    expect(fold(started(), breach(false))).toMatchObject({ status: 'breached', open: true });
    expect(fold(started(), breach(false), stop(true))).toMatchObject({ status: 'met_late', open: false });
    expect(fold(started(), stop(false, 'superseded'))).toMatchObject({ status: 'superseded', open: false });
    expect(fold(started(), breach(false), stop(false, 'superseded'))).toMatchObject({ status: 'breached', open: false });
  });

  it('a conference C4 clock and a survey C3 clock stored in their old families are folded the same way, with their kind, subject and question', () => {
    const conferenceId = '0b6f1d7e-5d0a-4c55-9f31-3f7f5a9d0c01';
    const c4 = {
      holderId: 'kazatomprom',
      rule: 'C4',
      clockId: 'c4-clock',
      subjectId: conferenceId,
      questionId: 'q-1',
      dueAt: '2026-12-21T13:00:00.000Z',
    } as const;
    const conference = [
      upcast({
        type: 'ConferenceDeadlineStarted',
        schemaVersion: 1,
        data: {
          ...c4,
          startedAt: '2026-12-18T06:00:00.000Z',
          warnAt: '2026-12-21T12:00:00.000Z',
          explanation: { rule: 'conference-end', start: c4.dueAt, days: 0, calendarVersions: [] },
        },
      }),
      upcast({ type: 'ConferenceDeadlineBreached', schemaVersion: 1, data: { ...c4, breachedAt: c4.dueAt, metLate: false } }),
    ].reduce<ClockViewEntity | null>(evolveClockView, null)!;
    expect(toClockView(conference, new Date('2026-12-22T00:00:00Z'))).toMatchObject({
      kind: 'conference',
      subjectId: conferenceId,
      requestId: null,
      questionId: 'q-1',
      rule: 'C4',
      status: 'breached',
      open: true,
      overdue: true,
    });

    const surveyId = 'c0ffee00-0000-4000-8000-000000000001';
    const c3 = { holderId: 'kazatomprom', rule: 'C3', clockId: 'survey-c3', surveyId, sequence: 1, dueAt: '2026-03-31T19:00:00.000Z' } as const;
    const explanation = {
      text: 'C3',
      count: { kind: 'working-days', days: 1, from: '2026-03-29T19:00:00.000Z', fromWhat: 'the launch' },
      countedDays: ['2026-03-31'],
      calendarVersions: ['2026.1'],
    } as const;
    const survey = [
      upcast({
        type: 'SurveyDeadlineStarted',
        schemaVersion: 1,
        data: { ...c3, startedAt: '2026-03-26T05:00:00.000Z', warnAt: '2026-03-30T19:00:00.000Z', explanation },
      }),
      upcast({ type: 'SurveyDeadlineStopped', schemaVersion: 1, data: { ...c3, stoppedAt: '2026-03-30T05:00:00.000Z', outcome: 'met', late: false } }),
    ].reduce<ClockViewEntity | null>(evolveClockView, null)!;
    expect(toClockView(survey, new Date('2026-04-01T00:00:00Z'))).toMatchObject({
      kind: 'survey',
      subjectId: surveyId,
      requestId: null,
      rule: 'C3',
      status: 'met',
      open: false,
      overdue: false,
    });
    expect(toClockView(survey, new Date('2026-04-01T00:00:00Z'))).not.toHaveProperty('questionId');
  });

  it('a request clock keeps its request id as its subject', () => {
    expect(toClockView(fold(started()), new Date('2026-03-10T00:00:00Z'))).toMatchObject({
      kind: 'request',
      subjectId: expect.any(String),
      requestId: expect.any(String),
    });
  });

  it('a request clock stored as Deadline* and the same clock as Clock* give the same row', () => {
    const explanation = { rule: 'calendar-days', start: '2026-03-02', days: 15, calendarVersions: ['2026.1'] } as const;
    const legacy = fold(
      upcast(aLegacyClockFact('DeadlineStarted', { startedAt: '2026-03-02T05:00:00.000Z', warnAt: '2026-03-16T18:59:59.999Z', explanation })),
      upcast(aLegacyClockFact('DeadlineWarningIssued', { warnedAt: '2026-03-16T19:00:00.000Z' })),
      upcast(aLegacyClockFact('DeadlineBreached', { breachedAt: '2026-03-17T18:59:59.999Z', metLate: false })),
    );
    const now = fold(
      recorded(aClockFact('ClockStarted', { startedAt: '2026-03-02T05:00:00.000Z', warnAt: '2026-03-16T18:59:59.999Z', explanation })),
      recorded(aClockFact('ClockWarningIssued', { warnedAt: '2026-03-16T19:00:00.000Z' })),
      recorded(aClockFact('ClockBreached', { breachedAt: '2026-03-17T18:59:59.999Z', metLate: false })),
    );
    expect(legacy).toEqual(now);
    expect(toClockView(now, new Date('2026-03-18T00:00:00Z'))).toMatchObject({
      kind: 'request',
      status: 'breached',
      open: true,
      overdue: true,
      warnedAt: '2026-03-16T19:00:00.000Z',
    });
  });

  it('a topic application’s C5 clock is listed with the conferences, its application as the subject', () => {
    const applicationId = '0b6f1d7e-5d0a-4c55-9f31-3f7f5a9d0c02';
    const c5 = {
      clockId: 'c5',
      rule: 'C5',
      subject: { kind: 'topic-application', id: applicationId, holderId: 'kazatomprom' },
      dueAt: '2026-03-09T19:00:00.000Z',
    } as const;
    const clock = fold(
      recorded({
        type: 'ClockStarted',
        schemaVersion: 1,
        data: {
          ...c5,
          startedAt: '2026-03-02T05:00:00.000Z',
          warnAt: '2026-03-08T19:00:00.000Z',
          explanation: { rule: 'working-days', start: '2026-03-02T05:00:00.000Z', days: 5, calendarVersions: ['2026.1'] },
        },
      }),
    );
    expect(toClockView(clock, new Date('2026-03-03T00:00:00Z'))).toMatchObject({
      kind: 'conference',
      subjectId: applicationId,
      requestId: null,
      rule: 'C5',
      status: 'running',
    });
  });
});
