import { upcastClockEvent } from './upcast-clock-event';

const base = { clockId: 'clock-1', holderId: 'kazatomprom', dueAt: '2026-03-06T19:00:00.000Z' };

describe('upcastClockEvent: old clock facts read as the one family', () => {
  it('given a request DeadlineStarted, then a ClockStarted of the request subject with the explanation kept', () => {
    const old = {
      type: 'DeadlineStarted',
      schemaVersion: 1,
      data: {
        ...base,
        requestId: 'r-1',
        rule: 'R2',
        startedAt: '2026-03-02T04:00:00.000Z',
        warnAt: '2026-03-05T19:00:00.000Z',
        explanation: { rule: 'working-days', start: '2026-03-02T04:00:00.000Z', days: 3, calendarVersions: ['2026.1'] },
      },
      metadata: { eventId: 'e-1' },
    };
    expect(upcastClockEvent(old)).toEqual({
      type: 'ClockStarted',
      schemaVersion: 1,
      metadata: { eventId: 'e-1' },
      data: {
        clockId: 'clock-1',
        rule: 'R2',
        subject: { kind: 'request', id: 'r-1', holderId: 'kazatomprom' },
        dueAt: base.dueAt,
        startedAt: '2026-03-02T04:00:00.000Z',
        warnAt: '2026-03-05T19:00:00.000Z',
        explanation: { rule: 'working-days', start: '2026-03-02T04:00:00.000Z', days: 3, calendarVersions: ['2026.1'] },
      },
    });
  });

  it('given conference facts, then C3/C4 are about the conference (C4 with its question, end as an instant) and C5 about the topic application', () => {
    const c4 = upcastClockEvent({
      type: 'ConferenceDeadlineStarted',
      schemaVersion: 1,
      data: {
        ...base,
        rule: 'C4',
        subjectId: 'conf-1',
        questionId: 'q-1',
        startedAt: 'a',
        warnAt: 'b',
        explanation: { rule: 'conference-end', start: base.dueAt, days: 0, calendarVersions: [] },
      },
    });
    expect(c4?.data).toMatchObject({ subject: { kind: 'conference', id: 'conf-1' }, questionId: 'q-1', explanation: { rule: 'instant', start: base.dueAt } });
    const c5 = upcastClockEvent({
      type: 'ConferenceDeadlineBreached',
      schemaVersion: 1,
      data: { ...base, rule: 'C5', subjectId: 'app-1', breachedAt: base.dueAt, metLate: false },
    });
    expect(c5).toEqual({
      type: 'ClockBreached',
      schemaVersion: 1,
      data: {
        ...{ clockId: 'clock-1', dueAt: base.dueAt },
        rule: 'C5',
        subject: { kind: 'topic-application', id: 'app-1', holderId: base.holderId },
        breachedAt: base.dueAt,
        metLate: false,
      },
    });
  });

  it('given survey facts, then the survey subject with the clock sequence, and the count of its explanation as start, days, rule', () => {
    const recomputed = upcastClockEvent({
      type: 'SurveyDeadlineRecomputed',
      schemaVersion: 1,
      data: {
        ...base,
        rule: 'C3',
        surveyId: 's-1',
        sequence: 2,
        previousDueAt: 'p',
        reason: 'calendar 2026 version 2026.2 published',
        recomputedAt: 'r',
        explanation: {
          text: 'C3: again',
          count: { kind: 'calendar-days', days: 14, from: 'f', fromWhat: 'the previous announcement' },
          countedDays: ['2026-03-03'],
          movedFrom: '2026-03-08',
          calendarVersions: ['2026.2'],
        },
      },
    });
    expect(recomputed).toMatchObject({
      type: 'ClockRecomputed',
      data: {
        subject: { kind: 'survey', id: 's-1' },
        sequence: 2,
        previousDueAt: 'p',
        explanation: { rule: 'calendar-days', start: 'f', days: 14, countedDays: ['2026-03-03'], movedFrom: '2026-03-08', text: 'C3: again' },
      },
    });
    const stopped = upcastClockEvent({
      type: 'SurveyDeadlineStopped',
      schemaVersion: 1,
      data: { ...base, rule: 'C3', surveyId: 's-1', sequence: 1, stoppedAt: 'x', outcome: 'superseded', late: false },
    });
    expect(stopped?.data).not.toHaveProperty('byEventId');
    expect(
      upcastClockEvent({ type: 'SurveyDeadlineWarningIssued', schemaVersion: 1, data: { ...base, rule: 'C3', surveyId: 's-1', sequence: 1, warnedAt: 'w' } })
        ?.type,
    ).toBe('ClockWarningIssued');
  });

  it('given a fact of the one family, then it as is; given any other fact, then nothing', () => {
    const now = {
      type: 'ClockStopped',
      schemaVersion: 1,
      data: { clockId: 'c', rule: 'R4', subject: { kind: 'request', id: 'r', holderId: 'h' }, dueAt: 'd', stoppedAt: 's', outcome: 'met', late: false },
    };
    expect(upcastClockEvent(now)).toBe(now);
    expect(upcastClockEvent({ type: 'DeadlineExtended', schemaVersion: 1, data: {} })).toBeUndefined();
    expect(upcastClockEvent({ type: 'RequestAnswered', schemaVersion: 1, data: {} })).toBeUndefined();
  });
});
