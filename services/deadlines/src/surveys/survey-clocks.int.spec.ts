import { kzCalendar, yearInForce, type YearCalendar } from '@od/calendar';
import { calendarStream, surveyDeadlineStream, surveyStream } from '@od/contracts';
import { eventually } from '@od/testing';
import { randomUUID } from 'node:crypto';
import type { DeadlinesRunner } from '../deadlines-runner';
import { ClocksUnderTest, ofType } from '../testing/clocks-under-test';

jest.setTimeout(120_000);

// Hand-worked on the 2026.1 calendar: a survey launched on Monday 30 March 2026 (00:00 Almaty) owes its
// announcement within 1 working day of the launch: by the end of Tuesday 31 March; warned from its start.
const HOLDER = 'kazatomprom';
const OPENS_AT = '2026-03-29T19:00:00.000Z';
const APPROVED_AT = '2026-03-26T05:00:00.000Z';
const C3_WARN = '2026-03-30T19:00:00.000Z';
const C3_DUE = '2026-03-31T19:00:00.000Z';

let clocks: ClocksUnderTest;
let a: DeadlinesRunner;

beforeAll(async () => {
  clocks = await ClocksUnderTest.start('deadlinessurvey');
  a = clocks.instance();
});

afterAll(async () => {
  await clocks?.stop();
});

const text = (ru: string) => ({ kk: `${ru} (kk)`, ru });

/** A survey drafted, submitted and approved (published): its C3 clock starts. `closingDate` inclusive, Almaty. */
async function publishedSurvey(closingDate = '2026-04-10', closesAt = '2026-04-10T19:00:00.000Z'): Promise<string> {
  const surveyId = randomUUID();
  const stream = surveyStream(surveyId);
  const of = { surveyId, holderId: HOLDER };
  const template = {
    category: 'Public finance',
    name: text('Бюджет 2027'),
    launchDate: '2026-03-30',
    closingDate,
    resultsVisibility: 'after_close',
    questions: [
      {
        questionId: 'q1',
        kind: 'single',
        text: text('Знаете ли вы о бюджете?'),
        options: [
          { optionId: 'q1-o1', text: text('Да') },
          { optionId: 'q1-o2', text: text('Нет') },
        ],
      },
    ],
  };
  await clocks.append(
    stream,
    'SurveyDrafted',
    { ...template, ...of, opensAt: OPENS_AT, closesAt, draftedAt: '2026-03-19T05:00:00.000Z' },
    '2026-03-19T05:00:00.000Z',
    HOLDER,
  );
  await clocks.append(
    stream,
    'SurveySubmitted',
    {
      ...of,
      submittedAt: '2026-03-19T06:00:00.000Z',
      launchDate: '2026-03-30',
      closingDate,
      opensAt: OPENS_AT,
      closesAt,
      earliestLaunchDate: '2026-03-28',
      calendarVersions: ['2026.1'],
    },
    '2026-03-19T06:00:00.000Z',
    HOLDER,
  );
  await clocks.append(stream, 'SurveyApproved', { ...of, approvedAt: APPROVED_AT, opensAt: OPENS_AT, closesAt }, APPROVED_AT, HOLDER);
  return surveyId;
}

const announce = (surveyId: string, announcedAt: string) =>
  clocks.append(
    surveyStream(surveyId),
    'SurveyAnnounced',
    { surveyId, holderId: HOLDER, url: 'https://minfin.gov.kz/survey', announcedAt },
    announcedAt,
    HOLDER,
  );

const clockFacts = (surveyId: string) => clocks.facts(surveyDeadlineStream(surveyId));
const types = async (surveyId: string) => (await clockFacts(surveyId)).map((fact) => fact.type);

describe('Survey C3 clocks in the deadlines service, over a real store, relay and JetStream', () => {
  it('C3: no announcement within a working day of the launch is warned, then breached — once, with two schedulers ticking', async () => {
    const b = clocks.instance('deadlines', false);
    const surveyId = await publishedSurvey();
    await clocks.clocksFolded('survey', surveyId, (rows) => rows.length === 1);
    const [started] = await clockFacts(surveyId);
    expect(started.data).toMatchObject({
      rule: 'C3',
      subject: { kind: 'survey', id: surveyId, holderId: HOLDER },
      sequence: 1,
      startedAt: APPROVED_AT,
      dueAt: C3_DUE,
      warnAt: C3_WARN,
    });
    expect(started.metadata.holderId).toBe(HOLDER);

    await a.scheduler.tick(new Date(Date.parse(C3_WARN) - 1));
    expect(await types(surveyId)).toEqual(['ClockStarted']);
    for (const now of [new Date(C3_WARN), new Date(Date.parse(C3_DUE) - 1), new Date(C3_DUE), new Date('2026-04-02T00:00:00.000Z')]) {
      await Promise.all([a.scheduler.tick(now), b.scheduler.tick(now), a.scheduler.tick(now), b.scheduler.tick(now)]);
    }
    expect(await types(surveyId)).toEqual(['ClockStarted', 'ClockWarningIssued', 'ClockBreached']);
    expect(ofType(await clockFacts(surveyId), 'ClockBreached')[0].data).toMatchObject({ dueAt: C3_DUE, breachedAt: C3_DUE, metLate: false });
    await clocks.stopInstance(b);

    // Announced after the breach: the announcement stops the clock late; the breach stays the one recorded.
    await announce(surveyId, '2026-04-01T05:00:00.000Z');
    await clocks.clocksFolded('survey', surveyId, (rows) => !rows[0].running);
    expect(await types(surveyId)).toEqual(['ClockStarted', 'ClockWarningIssued', 'ClockBreached', 'ClockStopped']);
    expect(ofType(await clockFacts(surveyId), 'ClockStopped')[0].data).toMatchObject({ outcome: 'met', late: true });
  });

  it('C3: announced on the launch day, the clock stops met, never warned nor breached', async () => {
    const surveyId = await publishedSurvey();
    const announcement = await announce(surveyId, '2026-03-30T05:00:00.000Z');
    await clocks.clocksFolded('survey', surveyId, (rows) => rows.length === 1 && !rows[0].running);
    await a.scheduler.tick(new Date(C3_WARN));
    await a.scheduler.tick(new Date(C3_DUE));
    expect(await types(surveyId)).toEqual(['ClockStarted', 'ClockStopped']);
    expect((await clockFacts(surveyId))[1].data).toMatchObject({ outcome: 'met', late: false, byEventId: announcement });
  });

  it('C3: a late announcement folded before any tick records the stop late and the breach metLate', async () => {
    const surveyId = await publishedSurvey();
    await announce(surveyId, '2026-04-01T05:00:00.000Z');
    await clocks.clocksFolded('survey', surveyId, (rows) => rows.length === 1 && !rows[0].running);
    await a.scheduler.tick(new Date('2026-04-02T00:00:00.000Z'));
    expect(await types(surveyId)).toEqual(['ClockStarted', 'ClockStopped', 'ClockBreached']);
    expect(ofType(await clockFacts(surveyId), 'ClockBreached')[0].data).toMatchObject({ metLate: true, dueAt: C3_DUE });
  });

  it('C3: a survey longer than a month: the announcement starts the next clock, 14 calendar days on', async () => {
    const surveyId = await publishedSurvey('2026-05-29', '2026-05-29T19:00:00.000Z');
    await announce(surveyId, '2026-03-30T05:00:00.000Z');
    await clocks.clocksFolded('survey', surveyId, (rows) => rows.length === 2);
    const started = ofType(await clockFacts(surveyId), 'ClockStarted').map((fact) => fact.data);
    // Monday 30 March + 14 days = Monday 13 April, a working day: due by its end.
    expect(started).toEqual([
      expect.objectContaining({ sequence: 1, dueAt: C3_DUE }),
      expect.objectContaining({ sequence: 2, dueAt: '2026-04-13T19:00:00.000Z', startedAt: '2026-03-30T05:00:00.000Z' }),
    ]);
  });

  it('calendar amendment: 2026.2 makes Tuesday 31 March a day off; a running survey clock moves to the end of 1 April', async () => {
    const surveyId = await publishedSurvey();
    await clocks.clocksFolded('survey', surveyId, (rows) => rows.length === 1);
    const amended: YearCalendar = {
      ...yearInForce(kzCalendar, 2026),
      version: '2026.2',
      publishedAt: '2026-11-26T00:00:00.000Z', // after 2026.1 (a version must come after the one it amends)
      notes: 'test: 31 March 2026 made a day off, 4 April worked instead',
      transfers: [{ dayOff: '2026-03-31', workingDay: '2026-04-04', source: { citation: 'test decree (invented for this test)', confirmed: false } }],
    };
    await clocks.append(
      calendarStream(2026),
      'CalendarYearPublished',
      { year: 2026, version: '2026.2', publishedAt: amended.publishedAt, calendar: amended, note: 'test amendment' },
      '2026-03-27T06:00:00.000Z',
      undefined,
    );
    const recomputed = await eventually(async () => ofType(await clockFacts(surveyId), 'ClockRecomputed')[0], 20_000, 'the survey C3 recomputation');
    expect(recomputed.data).toMatchObject({ previousDueAt: C3_DUE, dueAt: '2026-04-01T19:00:00.000Z', reason: 'calendar 2026 version 2026.2 published' });
    await clocks.clocksFolded('survey', surveyId, (rows) => rows[0].due_at.toISOString() === '2026-04-01T19:00:00.000Z');
    await a.scheduler.tick(new Date(C3_DUE));
    expect(ofType(await clockFacts(surveyId), 'ClockBreached')).toHaveLength(0);
    await a.scheduler.tick(new Date('2026-04-01T19:00:00.000Z'));
    expect(ofType(await clockFacts(surveyId), 'ClockBreached').map((fact) => fact.data)).toEqual([
      expect.objectContaining({ dueAt: '2026-04-01T19:00:00.000Z', metLate: false }),
    ]);
  });
});
