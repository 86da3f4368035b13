import { kzCalendar, yearInForce, type YearCalendar } from '@od/calendar';
import { calendarStream, conferenceDeadlineStream, conferenceStream, topicApplicationStream } from '@od/contracts';
import { eventually } from '@od/testing';
import { randomUUID } from 'node:crypto';
import type { DeadlinesRunner } from '../deadlines-runner';
import { ClocksUnderTest, ofType } from '../testing/clocks-under-test';

jest.setTimeout(120_000);

// December 2026 (hand-worked on the 2026.1 calendar): Wednesday 16 December is Independence Day, 19–20 a weekend.
// A conference on Friday 18 December 10:00 Almaty until Monday 21 December 18:00, approved Friday 11 December.
const HOLDER = 'kazatomprom';
const STARTS_AT = '2026-12-18T05:00:00.000Z';
const ENDS_AT = '2026-12-21T13:00:00.000Z';
const APPROVED_AT = '2026-12-11T08:00:00.000Z';
// C3: one whole working day (Thursday 17) between the announcement's day and the start: due before 17 December
// 00:00 Almaty; warned from the start of the last working day before it, Tuesday 15 December (16 is a holiday).
const C3_DUE = '2026-12-16T19:00:00.000Z';
const C3_WARN = '2026-12-14T19:00:00.000Z';
// C5: applied Monday 14 December 12:00; 5 working days: 15, 17, 18, 21, 22 → due at the end of Tuesday 22 December.
const APPLIED_AT = '2026-12-14T07:00:00.000Z';
const C5_DUE = '2026-12-22T19:00:00.000Z';

let clocks: ClocksUnderTest;
let a: DeadlinesRunner;

beforeAll(async () => {
  clocks = await ClocksUnderTest.start('deadlinesconf');
  a = clocks.instance();
});

afterAll(async () => {
  await clocks?.stop();
});

const template = {
  startsAt: STARTS_AT,
  endsAt: ENDS_AT,
  title: { kk: 'Салық реформасы', ru: 'Налоговая реформа' },
  summary: { kk: 'Жаңа Салық кодексі туралы', ru: 'О новом Налоговом кодексе' },
  description: { kk: 'Министрлік сұрақтарға жауап береді.', ru: 'Министерство ответит на вопросы.' },
  moderator: { surname: 'Серікова', name: 'Айгүл', iin: '780302300111', position: 'Бас сарапшы', email: 'a.serikova@minfin.gov.kz', phone: '+77011234567' },
};

/** A conference filled, sent to the operator and published: its C3 clock starts. */
async function approvedConference(): Promise<string> {
  const conferenceId = randomUUID();
  const stream = conferenceStream(conferenceId);
  const of = { conferenceId, holderId: HOLDER };
  await clocks.append(stream, 'ConferenceTemplateFilled', { ...of, template, filledAt: '2026-12-10T05:00:00.000Z' }, '2026-12-10T05:00:00.000Z', HOLDER);
  await clocks.append(
    stream,
    'ConferenceTemplateSubmitted',
    { ...of, submittedAt: '2026-12-11T05:00:00.000Z', startsAt: STARTS_AT, earliestStart: '2026-12-17T19:00:00.000Z' },
    '2026-12-11T05:00:00.000Z',
    HOLDER,
  );
  await clocks.append(stream, 'ConferenceApproved', { ...of, approvedAt: APPROVED_AT }, APPROVED_AT, HOLDER);
  return conferenceId;
}

async function applyForTopic(): Promise<string> {
  const applicationId = randomUUID();
  await clocks.append(
    topicApplicationStream(applicationId),
    'TopicApplicationSubmitted',
    {
      applicationId,
      holderId: HOLDER,
      applicant: { kind: 'citizen', id: '900101300017' },
      topic: 'Налоговые вычеты',
      text: 'Проведите конференцию о вычетах.',
      language: 'ru',
      submittedAt: APPLIED_AT,
    },
    APPLIED_AT,
    HOLDER,
  );
  return applicationId;
}

const clockFacts = (subjectId: string) => clocks.facts(conferenceDeadlineStream(subjectId));

describe('Conference clocks C3, C4, C5 in the deadlines service, over a real store, relay and JetStream', () => {
  it('C3: an approved conference not announced is warned on the last working day before its limit, then breached at it', async () => {
    const conferenceId = await approvedConference();
    await clocks.clocksFolded('conference', conferenceId, (rows) => rows.length === 1);
    const started = ofType(await clockFacts(conferenceId), 'ClockStarted');
    expect(started.map((fact) => fact.data)).toEqual([
      expect.objectContaining({
        rule: 'C3',
        subject: { kind: 'conference', id: conferenceId, holderId: HOLDER },
        dueAt: C3_DUE,
        warnAt: C3_WARN,
        startedAt: APPROVED_AT,
      }),
    ]);
    expect(started[0].metadata.holderId).toBe(HOLDER);

    await a.scheduler.tick(new Date(Date.parse(C3_WARN) - 1));
    expect(ofType(await clockFacts(conferenceId), 'ClockWarningIssued')).toHaveLength(0);
    await a.scheduler.tick(new Date(C3_WARN));
    expect(ofType(await clockFacts(conferenceId), 'ClockWarningIssued').map((fact) => fact.data)).toEqual([
      expect.objectContaining({ rule: 'C3', dueAt: C3_DUE, warnedAt: C3_WARN }),
    ]);
    await a.scheduler.tick(new Date(Date.parse(C3_DUE) - 1));
    expect(ofType(await clockFacts(conferenceId), 'ClockBreached')).toHaveLength(0);
    await a.scheduler.tick(new Date(C3_DUE));
    await a.scheduler.tick(new Date('2026-12-17T10:00:00.000Z'));
    expect(ofType(await clockFacts(conferenceId), 'ClockBreached').map((fact) => fact.data)).toEqual([
      expect.objectContaining({ rule: 'C3', dueAt: C3_DUE, breachedAt: C3_DUE, metLate: false }),
    ]);
    expect((await clocks.clockRows('conference', conferenceId))[0]).toMatchObject({ running: true, breached: true });
  });

  it('C3: announced in time, the clock stops met and is never warned nor breached', async () => {
    const conferenceId = await approvedConference();
    const announcedAt = '2026-12-14T06:00:00.000Z';
    const announcement = await clocks.append(
      conferenceStream(conferenceId),
      'ConferenceAnnounced',
      { conferenceId, holderId: HOLDER, url: 'https://minfin.gov.kz/news/1', announcedAt, recordedAt: announcedAt, dueBefore: C3_DUE, late: false },
      announcedAt,
      HOLDER,
    );
    await clocks.clocksFolded('conference', conferenceId, (rows) => rows.length === 1 && !rows[0].running);
    await a.scheduler.tick(new Date(C3_WARN));
    await a.scheduler.tick(new Date(C3_DUE));
    const facts = await clockFacts(conferenceId);
    expect(facts.map((fact) => fact.type)).toEqual(['ClockStarted', 'ClockStopped']);
    expect(facts[1].data).toMatchObject({ rule: 'C3', outcome: 'met', late: false, stoppedAt: announcedAt, byEventId: announcement });
  });

  it('C4: a question unanswered when the conference ends is breached at the end; an answered one stops met', async () => {
    const conferenceId = await approvedConference();
    const stream = conferenceStream(conferenceId);
    const of = { conferenceId, holderId: HOLDER };
    const [unanswered, answered] = [randomUUID(), randomUUID()];
    for (const questionId of [unanswered, answered]) {
      await clocks.append(
        stream,
        'ConferenceQuestionAsked',
        { ...of, questionId, author: { kind: 'citizen', id: '900101300017' }, text: 'Когда вступит в силу?', askedAt: '2026-12-18T06:00:00.000Z' },
        '2026-12-18T06:00:00.000Z',
        HOLDER,
      );
    }
    await clocks.append(
      stream,
      'ConferenceQuestionAnswered',
      { ...of, questionId: answered, text: 'С 1 января.', answeredAt: '2026-12-18T09:00:00.000Z', late: false },
      '2026-12-18T09:00:00.000Z',
      HOLDER,
    );
    await clocks.clocksFolded(
      'conference',
      conferenceId,
      (rows) => rows.filter((row) => row.rule === 'C4').length === 2 && rows.some((row) => row.rule === 'C4' && !row.running),
    );

    await a.scheduler.tick(new Date('2026-12-21T12:00:00.000Z')); // an hour before the end
    await a.scheduler.tick(new Date(ENDS_AT));
    const c4 = (await clockFacts(conferenceId)).filter((fact) => (fact.data as { rule: string }).rule === 'C4');
    const of4 = (questionId: string) => c4.filter((fact) => (fact.data as { questionId: string }).questionId === questionId).map((fact) => fact.type);
    expect(of4(unanswered)).toEqual(['ClockStarted', 'ClockWarningIssued', 'ClockBreached']);
    expect(of4(answered)).toEqual(['ClockStarted', 'ClockStopped']);
    expect(ofType(c4, 'ClockBreached')[0].data).toMatchObject({ rule: 'C4', questionId: unanswered, dueAt: ENDS_AT, metLate: false });
  });

  it('C5: a topic application not decided within 5 working days is breached; one decided in time is not', async () => {
    const [undecided, decided] = [await applyForTopic(), await applyForTopic()];
    await clocks.append(
      topicApplicationStream(decided),
      'TopicApplicationAccepted',
      { applicationId: decided, holderId: HOLDER, acceptedAt: '2026-12-17T05:00:00.000Z', late: false },
      '2026-12-17T05:00:00.000Z',
      HOLDER,
    );
    await clocks.clocksFolded('conference', decided, (rows) => rows.length === 1 && !rows[0].running);
    await clocks.clocksFolded('conference', undecided, (rows) => rows.length === 1);
    expect(ofType(await clockFacts(undecided), 'ClockStarted')[0].data).toMatchObject({ rule: 'C5', dueAt: C5_DUE });

    await a.scheduler.tick(new Date('2026-12-22T10:00:00.000Z'));
    await a.scheduler.tick(new Date(C5_DUE));
    expect((await clockFacts(undecided)).map((fact) => fact.type)).toEqual(['ClockStarted', 'ClockWarningIssued', 'ClockBreached']);
    expect((await clockFacts(decided)).map((fact) => [fact.type, (fact.data as { outcome?: string }).outcome])).toEqual([
      ['ClockStarted', undefined],
      ['ClockStopped', 'met'],
    ]);
  });

  it('exactly once: two schedulers ticking concurrently record one warning and one breach per C3 clock, and nothing again after a crash between append and commit', async () => {
    const b = clocks.instance('deadlines', false);
    const crowd: string[] = [];
    for (let i = 0; i < 10; i += 1) crowd.push(await approvedConference());
    for (const conferenceId of crowd) await clocks.clocksFolded('conference', conferenceId, (rows) => rows.length === 1);
    for (const now of [new Date(C3_WARN), new Date(C3_DUE)]) {
      await Promise.all([a.scheduler.tick(now), b.scheduler.tick(now), a.scheduler.tick(now), b.scheduler.tick(now)]);
    }
    for (const conferenceId of crowd) {
      expect((await clockFacts(conferenceId)).map((fact) => fact.type)).toEqual(['ClockStarted', 'ClockWarningIssued', 'ClockBreached']);
    }
    const before = await clocks.countFacts('conferencedeadline-');
    await clocks.pool.query(
      `UPDATE deadlines.clocks SET breached = false, warned_due_at = NULL, clock = clock - 'warnedDueAt' || '{"breached": false}' WHERE kind = 'conference' AND subject_id = ANY($1)`,
      [crowd],
    );
    await Promise.all([a.scheduler.tick(new Date(C3_WARN)), b.scheduler.tick(new Date(C3_WARN))]);
    await Promise.all([a.scheduler.tick(new Date(C3_DUE)), b.scheduler.tick(new Date(C3_DUE))]);
    expect(await clocks.countFacts('conferencedeadline-')).toBe(before);
    await clocks.stopInstance(b);
  });

  it('calendar amendment: 2026.2 makes Tuesday 22 December a day off; a running C5 clock moves to the end of 23 December, recorded with old and new due', async () => {
    const applicationId = await applyForTopic();
    await clocks.clocksFolded('conference', applicationId, (rows) => rows.length === 1);
    const amended: YearCalendar = {
      ...yearInForce(kzCalendar, 2026),
      version: '2026.2',
      publishedAt: '2026-12-15T00:00:00.000Z',
      notes: 'test: 22 December 2026 made a day off, 26 December worked instead',
      transfers: [{ dayOff: '2026-12-22', workingDay: '2026-12-26', source: { citation: 'test decree (invented for this test)', confirmed: false } }],
    };
    await clocks.append(
      calendarStream(2026),
      'CalendarYearPublished',
      { year: 2026, version: '2026.2', publishedAt: amended.publishedAt, calendar: amended, note: 'test amendment' },
      '2026-12-15T06:00:00.000Z',
      undefined,
    );
    const recomputed = await eventually(async () => ofType(await clockFacts(applicationId), 'ClockRecomputed')[0], 20_000, 'the C5 recomputation');
    expect(recomputed.data).toMatchObject({
      rule: 'C5',
      previousDueAt: C5_DUE,
      dueAt: '2026-12-23T19:00:00.000Z',
      reason: 'calendar 2026 version 2026.2 published',
      explanation: expect.objectContaining({ calendarVersions: ['2026.2'] }),
    });
    await clocks.clocksFolded('conference', applicationId, (rows) => rows[0].due_at.toISOString() === '2026-12-23T19:00:00.000Z');
    await a.scheduler.tick(new Date(C5_DUE));
    expect(ofType(await clockFacts(applicationId), 'ClockBreached')).toHaveLength(0);
    await a.scheduler.tick(new Date('2026-12-23T19:00:00.000Z'));
    expect(ofType(await clockFacts(applicationId), 'ClockBreached').map((fact) => fact.data)).toEqual([
      expect.objectContaining({ dueAt: '2026-12-23T19:00:00.000Z', metLate: false }),
    ]);
  });
});
