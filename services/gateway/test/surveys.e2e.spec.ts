import { randomUUID } from 'node:crypto';
import { earliestClosingDate, earliestLaunch, startOfAlmatyDay, endOfAlmatyDay } from '@od/domain';
import { grantAwpAccess, startFullPlatform, type FullPlatform, callApi } from '@od/testing';
import { Client } from 'pg';

jest.setTimeout(240_000);

/**
 * Surveys through HTTP, the real services, NATS and PostgreSQL (C1, C2, C3, C6, C8): prepare, submit, approve,
 * announce, vote (one ballot each, a raced duplicate included), close, results. The services run on the
 * system clock; a survey launches at least 3 working days after its submission (C1), so the test moves the
 * surveys service's clock by restarting it with `OD_CLOCK_OFFSET_MS` (development and tests only).
 */
let under: FullPlatform;

const call = (account: string | undefined, method: string, path: string, body?: unknown) => callApi(under.platform, account, method, path, body);

const text = (ru: string) => ({ kk: `${ru} (kk)`, ru });
const launchDate = earliestLaunch(new Date()).date;
const closingDate = earliestClosingDate(launchDate);

function template(overrides: Record<string, unknown> = {}) {
  return {
    commandId: randomUUID(),
    category: 'Public finance',
    name: { ...text('Бюджет 2027'), en: 'Budget 2027' },
    launchDate,
    closingDate,
    resultsVisibility: 'after_close',
    questions: [
      { kind: 'single', text: text('Знаете ли вы о бюджете?'), options: [{ text: text('Да') }, { text: text('Нет') }] },
      { kind: 'multiple', text: text('Что важнее?'), options: [{ text: text('Дороги') }, { text: text('Школы') }, { text: text('Больницы') }] },
    ],
    ...overrides,
  };
}

const ballot = (
  answers = [
    { questionId: 'q1', optionIds: ['q1-o1'] },
    { questionId: 'q2', optionIds: ['q2-o1', 'q2-o3'] },
  ],
) => ({ commandId: randomUUID(), answers });

/** Moves the surveys service's clock to `instant` (restart with an offset from the system clock). */
async function surveysClockAt(instant: string) {
  await under.platform.restart('surveys', { OD_CLOCK_OFFSET_MS: String(Date.parse(instant) - Date.now()) });
}

async function ballotsInStore(surveyId: string): Promise<number> {
  const client = new Client({ connectionString: under.database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM event_store.events WHERE type = 'BallotCast' AND data->>'surveyId' = $1`, [
      surveyId,
    ]);
    return Number(rows[0].count);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  under = await startFullPlatform('surveys', { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'access',
    'surveys',
    'projections',
    'gateway',
  ]);
  await grantAwpAccess(under.platform, 'staff-kap-admin', 'administrator');
});

afterAll(() => under?.stop());

describe('Preparing a survey through HTTP (C8, C2, C1, C6)', () => {
  it('C2: missing Kazakh or Russian texts are a 400 naming every one of them', async () => {
    const answer = await call(
      'staff-kap-admin',
      'POST',
      '/api/surveys',
      template({ name: { ru: 'Бюджет' }, questions: [{ kind: 'single', text: { kk: 'Сұрақ' }, options: [{ text: text('Да') }, { text: text('Нет') }] }] }),
    );
    expect(answer).toMatchObject({ status: 400, body: { error: 'survey_text_missing_language', rule: 'C2', field: 'name.kk' } });
    expect(answer.body.message).toBe('Texts are given in Kazakh and Russian (English where needed); missing: name.kk, questions[0].text.ru');
  });

  it('C1: a launch sooner than 3 working days away is refused citing C1 and the earliest allowed launch', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const answer = await call('staff-kap-admin', 'POST', '/api/surveys', template({ launchDate: today, closingDate: earliestClosingDate(launchDate) }));
    expect(answer).toMatchObject({ status: 422, body: { error: 'survey_launch_too_soon', rule: 'C1', field: 'launchDate' } });
    expect(answer.body.message).toContain(`the earliest allowed launch date is ${launchDate}`);
  });

  it('C6: fewer than 10 working days is refused naming the earliest closing date', async () => {
    const answer = await call('staff-kap-admin', 'POST', '/api/surveys', template({ closingDate: launchDate }));
    expect(answer).toMatchObject({ status: 422, body: { error: 'survey_too_short', rule: 'C6', field: 'closingDate' } });
    expect(answer.body.message).toContain(`the earliest closing date is ${closingDate}`);
  });

  it('C8: a question with one option is a 400 naming the field; only an administrator prepares surveys', async () => {
    const oneOption = await call(
      'staff-kap-admin',
      'POST',
      '/api/surveys',
      template({ questions: [{ kind: 'single', text: text('Q'), options: [{ text: text('A') }] }] }),
    );
    expect(oneOption.status).toBe(400);
    expect(JSON.stringify(oneOption.body.fields)).toContain('questions.0.options');
    expect((await call('citizen-aigerim', 'POST', '/api/surveys', template())).status).toBe(403);
  });
});

describe('A survey from submission to results', () => {
  it('launch → ballots (one per user, a raced duplicate counted once) → close → results', async () => {
    const drafted = await call('staff-kap-admin', 'POST', '/api/surveys', template());
    expect(drafted.status).toBe(201);
    const surveyId = drafted.body.surveyId as string;
    const submitted = await call('staff-kap-admin', 'POST', `/api/surveys/${surveyId}/submission`, { commandId: randomUUID() });
    expect(submitted.status).toBe(201);

    const queue = await call('operator-1', 'GET', `/api/operator/survey-templates?atLeastPosition=${submitted.body.position}&waitMs=5000`);
    expect((queue.body.items as { surveyId: string; status: string }[]).find((item) => item.surveyId === surveyId)).toMatchObject({
      status: 'submitted',
      launchDate,
      closingDate,
    });

    // Not yet published: no ballots, and the public does not see it.
    expect(await call('citizen-aigerim', 'POST', `/api/surveys/${surveyId}/ballots`, ballot())).toMatchObject({
      status: 404,
      body: { error: 'survey_not_found' },
    });
    expect((await call('staff-kap-admin', 'POST', `/api/surveys/${surveyId}/approval`, { commandId: randomUUID() })).status).toBe(403);
    const approved = await call('operator-1', 'POST', `/api/surveys/${surveyId}/approval`, { commandId: randomUUID() });
    expect(approved.status).toBe(201);
    expect(
      (
        await call('staff-kap-admin', 'POST', `/api/surveys/${surveyId}/announcements`, {
          commandId: randomUUID(),
          url: 'https://minfin.gov.kz/news/budget-survey',
        })
      ).status,
    ).toBe(201);
    // C3, as for a conference: a declared publication time before the approval is refused naming the field.
    expect(
      await call('staff-kap-admin', 'POST', `/api/surveys/${surveyId}/announcements`, {
        commandId: randomUUID(),
        url: 'https://minfin.gov.kz/news/budget-survey',
        publishedAt: '2020-01-01T00:00:00Z',
      }),
    ).toMatchObject({ status: 400, body: { error: 'announcement_invalid', rule: 'C3', field: 'publishedAt' } });
    // Published but not open yet (the launch is ≥ 3 working days away on the real clock).
    expect(await call('citizen-aigerim', 'POST', `/api/surveys/${surveyId}/ballots`, ballot())).toMatchObject({
      status: 409,
      body: { error: 'survey_not_open', rule: 'C6' },
    });

    // Launch day, one hour in.
    await surveysClockAt(new Date(Date.parse(startOfAlmatyDay(launchDate)) + 3_600_000).toISOString());

    const first = ballot();
    expect((await call('citizen-aigerim', 'POST', `/api/surveys/${surveyId}/ballots`, first)).status).toBe(201);
    // The same command again changes nothing and answers the same.
    expect((await call('citizen-aigerim', 'POST', `/api/surveys/${surveyId}/ballots`, first)).status).toBe(201);
    expect(await call('citizen-aigerim', 'POST', `/api/surveys/${surveyId}/ballots`, ballot())).toMatchObject({
      status: 409,
      body: { error: 'ballot_already_cast' },
    });
    // A command id means one ballot: the same id in upper case is the same command; with other answers, or
    // from another voter (another ballot stream), it is refused as reused and counts nothing.
    const firstAnswer = await call('citizen-aigerim', 'POST', `/api/surveys/${surveyId}/ballots`, first);
    expect(await call('citizen-aigerim', 'POST', `/api/surveys/${surveyId}/ballots`, { ...first, commandId: first.commandId.toUpperCase() })).toMatchObject({
      status: 201,
      body: firstAnswer.body,
    });
    expect(
      await call('citizen-aigerim', 'POST', `/api/surveys/${surveyId}/ballots`, {
        ...first,
        answers: [
          { questionId: 'q1', optionIds: ['q1-o2'] },
          { questionId: 'q2', optionIds: ['q2-o2'] },
        ],
      }),
    ).toMatchObject({ status: 409, body: { error: 'command_id_reused' } });
    expect(await call('citizen-dana', 'POST', `/api/surveys/${surveyId}/ballots`, first)).toMatchObject({ status: 409, body: { error: 'command_id_reused' } });

    // Raced: the same user's two ballots at the same moment — exactly one is counted.
    const raced = await Promise.all([
      call(
        'citizen-dana',
        'POST',
        `/api/surveys/${surveyId}/ballots`,
        ballot([
          { questionId: 'q1', optionIds: ['q1-o2'] },
          { questionId: 'q2', optionIds: ['q2-o2'] },
        ]),
      ),
      call(
        'citizen-dana',
        'POST',
        `/api/surveys/${surveyId}/ballots`,
        ballot([
          { questionId: 'q1', optionIds: ['q1-o2'] },
          { questionId: 'q2', optionIds: ['q2-o2'] },
        ]),
      ),
    ]);
    expect(raced.map((answer) => answer.status).sort()).toEqual([201, 409]);

    expect(
      (
        await call(
          'org-astana-tech',
          'POST',
          `/api/surveys/${surveyId}/ballots`,
          ballot([
            { questionId: 'q1', optionIds: ['q1-o1'] },
            { questionId: 'q2', optionIds: ['q2-o3'] },
          ]),
        )
      ).status,
    ).toBe(201);
    expect(await call('citizen-no-phone', 'POST', `/api/surveys/${surveyId}/ballots`, ballot())).toMatchObject({
      status: 403,
      body: { error: 'phone_not_verified' },
    });
    const malformed = await call('org-astana-tech', 'POST', `/api/surveys/${surveyId}/ballots`, ballot([{ questionId: 'q1', optionIds: ['yes'] }]));
    expect(malformed).toMatchObject({ status: 400, body: { error: 'validation_failed' } });
    expect(await call('citizen-aigerim', 'POST', `/api/surveys/${randomUUID()}/ballots`, ballot())).toMatchObject({
      status: 404,
      body: { error: 'survey_not_found' },
    });
    expect(await ballotsInStore(surveyId)).toBe(3);

    // Results are shown after the close (the survey's setting); closing before the end is refused (C6).
    const hidden = await call(undefined, 'GET', `/api/surveys/${surveyId}/results`);
    expect(hidden).toMatchObject({ status: 200, body: { results: null } });
    expect(await call('staff-kap-admin', 'POST', `/api/surveys/${surveyId}/closing`, { commandId: randomUUID() })).toMatchObject({
      status: 409,
      body: { error: 'survey_still_running', rule: 'C6' },
    });

    // One hour after the end of the closing date.
    await surveysClockAt(new Date(Date.parse(endOfAlmatyDay(closingDate)) + 3_600_000).toISOString());
    expect(await call('citizen-dana', 'POST', `/api/surveys/${surveyId}/ballots`, ballot())).toMatchObject({ status: 409, body: { error: 'survey_not_open' } });
    const closed = await call('staff-kap-admin', 'POST', `/api/surveys/${surveyId}/closing`, { commandId: randomUUID() });
    expect(closed.status).toBe(201);

    const results = await call(undefined, 'GET', `/api/surveys/${surveyId}/results?atLeastPosition=${closed.body.position}&waitMs=5000`);
    expect(results.status).toBe(200);
    expect(results.body.results).toEqual({
      ballots: 3,
      questions: [
        {
          questionId: 'q1',
          options: [
            { optionId: 'q1-o1', count: 2, share: 0.6667 },
            { optionId: 'q1-o2', count: 1, share: 0.3333 },
          ],
        },
        {
          questionId: 'q2',
          options: [
            { optionId: 'q2-o1', count: 1, share: 0.3333 },
            { optionId: 'q2-o2', count: 1, share: 0.3333 },
            { optionId: 'q2-o3', count: 2, share: 0.6667 },
          ],
        },
      ],
    });
    const publicList = await call(undefined, 'GET', '/api/surveys');
    expect(
      (publicList.body.items as { surveyId: string; status: string; results: { ballots: number } }[]).find((item) => item.surveyId === surveyId),
    ).toMatchObject({ status: 'closed', results: { ballots: 3 } });
    const agency = await call('staff-kap-admin', 'GET', '/api/agency/surveys');
    expect((agency.body.items as { surveyId: string }[]).find((item) => item.surveyId === surveyId)).toMatchObject({
      status: 'closed',
      ballots: 3,
      announcements: 1,
    });
  });

  it('C1: the operator returns a template with its reason; the agency sees why', async () => {
    // The surveys clock was moved past the first survey's close: C1 refuses the same dates from there.
    expect(await call('staff-kap-admin', 'POST', '/api/surveys', template())).toMatchObject({
      status: 422,
      body: { error: 'survey_launch_too_soon', rule: 'C1' },
    });
    await surveysClockAt(new Date().toISOString());
    const drafted = await call('staff-kap-admin', 'POST', '/api/surveys', template());
    const surveyId = drafted.body.surveyId as string;
    expect((await call('staff-kap-admin', 'POST', `/api/surveys/${surveyId}/submission`, { commandId: randomUUID() })).status).toBe(201);
    expect(await call('operator-1', 'POST', `/api/surveys/${surveyId}/return`, { commandId: randomUUID(), reason: '' })).toMatchObject({ status: 400 });
    const returned = await call('operator-1', 'POST', `/api/surveys/${surveyId}/return`, { commandId: randomUUID(), reason: 'Question 2 is leading' });
    expect(returned.status).toBe(201);
    const agency = await call('staff-kap-admin', 'GET', `/api/agency/surveys?atLeastPosition=${returned.body.position}&waitMs=5000`);
    expect((agency.body.items as { surveyId: string }[]).find((item) => item.surveyId === surveyId)).toMatchObject({
      status: 'returned',
      returnReason: 'Question 2 is leading',
    });
  });
});
