// The scripted small history of report.unit.spec.ts: a few requests per rule, each commented with what it
// should count for. Times are UTC; Almaty is UTC+5 (a date in Almaty starts at 19:00Z the day before).
import { History } from './report-test-builders';

export const PERIOD_2026 = { from: '2026-01-01', to: '2026-12-31' } as const;
export const AS_OF = '2027-01-10T00:00:00Z';

export function scriptedHistory(holderOrder: readonly ('kap' | 'kmg' | 'samruk')[] = ['kap', 'kmg', 'samruk']): History {
  const history = new History();
  const names = { kap: 'Kazatomprom', kmg: 'KazMunayGas', samruk: 'Samruk-Kazyna' };
  for (const holderId of holderOrder) history.holder(holderId, names[holderId]);

  // r10 (kap): submitted in 2025, answered late in 2026 — answered in the period, not received in it; R4 breached 2026-01-04T19:00Z (Almaty 5 Jan).
  history.submitted('r10', 'kap', '2025-12-20T05:00:00Z').accepted('r10', 'kap', '2025-12-21T05:00:00Z');
  history.breached('r10', 'kap', 'R4', '2026-01-04T19:00:00Z');
  history.answered('r10', 'kap', '2026-01-05T05:00:00Z').met('r10', 'kap', 'R4', '2026-01-05T05:00:00Z', true);

  // r13 (kap): 2025-12-31T19:30Z is 1 January 2026 in Almaty: received in the period (January); answered 10 Jan on time: 9 days.
  history.submitted('r13', 'kap', '2025-12-31T19:30:00Z').accepted('r13', 'kap', '2026-01-02T05:00:00Z');
  history.answered('r13', 'kap', '2026-01-10T05:00:00Z').met('r13', 'kap', 'R4', '2026-01-10T05:00:00Z', false);

  // r1 (kap): answered on time in 8 days, liked.
  history.submitted('r1', 'kap', '2026-03-02T05:00:00Z').accepted('r1', 'kap', '2026-03-03T05:00:00Z');
  history.answered('r1', 'kap', '2026-03-10T06:00:00Z').met('r1', 'kap', 'R4', '2026-03-10T06:00:00Z', false);
  history.rated('r1', 'kap', 'like', '2026-03-11T05:00:00Z');

  // r2 (kap): R4 breached (an old `DeadlineBreached` fact, read through the upcaster), answered late after 19 days.
  history.submitted('r2', 'kap', '2026-04-01T05:00:00Z').accepted('r2', 'kap', '2026-04-02T05:00:00Z');
  history.add(
    'DeadlineBreached',
    {
      clockId: 'clock-r2-R4-kap',
      rule: 'R4',
      holderId: 'kap',
      requestId: 'r2',
      dueAt: '2026-04-16T19:00:00Z',
      breachedAt: '2026-04-16T19:00:00Z',
      metLate: false,
    },
    { at: '2026-04-16T19:00:00Z' },
  );
  history.answered('r2', 'kap', '2026-04-20T05:00:00Z').met('r2', 'kap', 'R4', '2026-04-20T05:00:00Z', true);

  // r3 (kap): extended by 10 days (R5), answered after 21 days, before the extended due instant: on time.
  history.submitted('r3', 'kap', '2026-05-04T05:00:00Z').accepted('r3', 'kap', '2026-05-05T05:00:00Z');
  history.extended('r3', 'kap', 10, '2026-05-10T05:00:00Z');
  history.clock('ClockRecomputed', 'r3', 'kap', 'R4', '2026-05-10T05:00:00Z', {
    dueAt: '2026-05-29T19:00:00Z',
    previousDueAt: '2026-05-19T19:00:00Z',
    reason: 'R5 extension',
    recomputedAt: '2026-05-10T05:00:00Z',
    explanation: { rule: 'calendar-days', start: '2026-05-04T05:00:00Z', days: 25, calendarVersions: ['2026.1'] },
  });
  history.answered('r3', 'kap', '2026-05-25T05:00:00Z').met('r3', 'kap', 'R4', '2026-05-25T05:00:00Z', false);

  // r4: sent to kmg, redirected to kap the next day (counts for kap), answered 3 days after kap received it, disliked with a phone number in the reason.
  history.submitted('r4', 'kmg', '2026-06-01T05:00:00Z');
  history.clock('ClockStarted', 'r4', 'kmg', 'R2', '2026-06-01T05:00:00Z', {
    dueAt: '2026-06-04T19:00:00Z',
    startedAt: '2026-06-01T05:00:00Z',
    warnAt: '2026-06-03T19:00:00Z',
    explanation: { rule: 'working-days', start: '2026-06-01T05:00:00Z', days: 3, calendarVersions: ['2026.1'] },
  });
  history.redirected('r4', 'kmg', 'kap', '2026-06-02T05:00:00Z').met('r4', 'kmg', 'R2', '2026-06-02T05:00:00Z', false);
  history.accepted('r4', 'kap', '2026-06-02T06:00:00Z');
  history.answered('r4', 'kap', '2026-06-05T05:00:00Z').met('r4', 'kap', 'R4', '2026-06-05T05:00:00Z', false);
  history.rated('r4', 'kap', 'dislike', '2026-06-06T05:00:00Z', 'Неполный ответ, звонил на 8 701 123 45 67');

  // r5, r6 (kmg): returned (R3) with two reason codes; r7 (kmg): refused (R6) on the ground of state secrets.
  history.submitted('r5', 'kmg', '2026-07-01T05:00:00Z').returned('r5', 'kmg', 'not_a_request_for_information', '2026-07-01T10:00:00Z');
  history.submitted('r6', 'kmg', '2026-07-02T05:00:00Z').returned('r6', 'kmg', 'information_not_identifiable', '2026-07-02T10:00:00Z');
  history.submitted('r7', 'kmg', '2026-07-03T05:00:00Z').refused('r7', 'kmg', 'state_secrets', '2026-07-06T05:00:00Z');

  // r11 (kmg): R2 breached (2021 text: accept or redirect in 3 working days), accepted late, answered on time in 9 days, liked.
  history.submitted('r11', 'kmg', '2026-08-03T05:00:00Z');
  history.breached('r11', 'kmg', 'R2', '2026-08-06T19:00:00Z');
  history.accepted('r11', 'kmg', '2026-08-10T05:00:00Z').met('r11', 'kmg', 'R2', '2026-08-10T05:00:00Z', true);
  history.answered('r11', 'kmg', '2026-08-12T05:00:00Z').met('r11', 'kmg', 'R4', '2026-08-12T05:00:00Z', false);
  history.rated('r11', 'kmg', 'like', '2026-08-13T05:00:00Z');

  // A conference of kap: two questions, one answered before the end, one after (its C4 clock breached).
  const conference = { conferenceId: 'conf-1', holderId: 'kap' };
  const asked = (questionId: string, at: string) =>
    history.add('ConferenceQuestionAsked', { ...conference, questionId, author: { kind: 'citizen', id: '900101300123' }, text: 'q', askedAt: at }, { at });
  const answer = (questionId: string, at: string, late: boolean) =>
    history.add('ConferenceQuestionAnswered', { ...conference, questionId, text: 'a', answeredAt: at, late }, { at });
  asked('q1', '2026-09-15T05:00:00Z');
  asked('q2', '2026-09-15T06:00:00Z');
  answer('q1', '2026-09-15T07:00:00Z', false);
  history.add(
    'ClockBreached',
    {
      clockId: 'clock-q2',
      rule: 'C4',
      subject: { kind: 'conference', id: 'conf-1', holderId: 'kap' },
      questionId: 'q2',
      dueAt: '2026-09-15T13:00:00Z',
      breachedAt: '2026-09-15T13:00:00Z',
      metLate: false,
    },
    { at: '2026-09-15T13:00:00Z' },
  );
  answer('q2', '2026-09-15T14:00:00Z', true);
  history.add('ConferenceClosed', { ...conference, closedAt: '2026-09-15T15:00:00Z', questionCount: 2 }, { at: '2026-09-15T15:00:00Z' });

  // A survey of kmg: three ballots, then closed.
  for (const voterId of ['v1', 'v2', 'v3'])
    history.add(
      'BallotCast',
      { surveyId: 'survey-1', holderId: 'kmg', voterId, answers: [{ questionId: 'sq', optionIds: ['o1'] }], castAt: '2026-10-05T05:00:00Z' },
      { at: '2026-10-05T05:00:00Z' },
    );
  history.add('SurveyClosed', { surveyId: 'survey-1', holderId: 'kmg', closedAt: '2026-10-20T19:00:00Z' }, { at: '2026-10-20T19:00:00Z' });

  // r8 (kap): accepted, R4 breached on 16 Dec, still open at the end of the period: open and overdue.
  history.submitted('r8', 'kap', '2026-12-01T05:00:00Z').accepted('r8', 'kap', '2026-12-01T06:00:00Z');
  history.breached('r8', 'kap', 'R4', '2026-12-16T19:00:00Z');

  // r9 (kap): submitted 28 Dec; its answer of 30 Dec was recorded only on 15 January, after the as-of: open at the end.
  history.submitted('r9', 'kap', '2026-12-28T05:00:00Z');
  history.answered('r9', 'kap', '2026-12-30T05:00:00Z', { recordedAt: '2027-01-15T05:00:00Z' });

  // r12 (kap): 2026-12-31T19:30Z is 1 January 2027 in Almaty: not in the period at all.
  history.submitted('r12', 'kap', '2026-12-31T19:30:00Z');

  // A fact of a schema this code does not know: listed, not counted.
  history.add(
    'RequestAnswered',
    { requestId: 'r99', holderId: 'kap', text: 'x', answeredAt: '2026-11-02T05:00:00Z' },
    { at: '2026-11-02T05:00:00Z', schemaVersion: 2 },
  );
  return history;
}
