// The demo of `npm start -- --demo` (development only): a conference that is live now and a survey that is open
// now, seeded through the public API, so a newcomer can try their whole life today (issue 11 §3).
import { randomUUID } from 'node:crypto';
import { addWorkingDays, kzCalendar } from '@od/calendar';
import { almatyDateOf, earliestClosingDate, earliestLaunch, earliestStartFor } from '@od/domain';
import { DEV_ACCOUNTS } from '@od/identity';

export interface DemoPlatform {
  readonly apiUrl: string;
  readonly identityUrl: string;
  /**
   * Restarts the conferences and surveys services with their clock shifted by `offsetMs` (OD_CLOCK_OFFSET_MS,
   * development and tests only), or back on the system clock when it is undefined.
   */
  moveClocks(offsetMs: number | undefined): Promise<void>;
  readonly log?: (line: string) => void;
}

export interface SeededDemo {
  readonly holderId: string;
  readonly conferenceId: string;
  readonly conferenceStartsAt: string;
  readonly conferenceEndsAt: string;
  readonly questionId: string;
  readonly surveyId: string;
  readonly surveyLaunchDate: string;
  readonly surveyClosingDate: string;
  /** When the templates reached the operator, approved and announced: the past moment the services were moved to. */
  readonly preparedAt: string;
}

/** The demo's holder and its administrator: KazMunayGas, so the README's walkthrough (Kazatomprom) never meets it. */
const DEMO_HOLDER = 'kazmunaygas';
const DEMO_ADMIN = 'staff-kmg-admin';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The latest moment, a whole number of days back, from which the rules allow both today's conference and
 * today's survey: a template sent then reaches the operator 3 working days before the start (C1) and before
 * the survey's launch today (C1). The rules are not bent: the preparation is recorded as having happened then.
 */
export function demoPreparationTime(now: Date, conferenceStartsAt: string): Date {
  const today = almatyDateOf(now);
  for (let days = 1; days <= 60; days += 1) {
    const then = new Date(now.getTime() - days * DAY);
    if (Date.parse(earliestStartFor(then, kzCalendar).dueAt) <= Date.parse(conferenceStartsAt) && earliestLaunch(then).date <= today) return then;
  }
  throw new Error('no moment in the last 60 days lets a conference start and a survey launch today (is the calendar published?)');
}

export async function seedDemo(platform: DemoPlatform, now = new Date()): Promise<SeededDemo> {
  const log = platform.log ?? (() => undefined);
  const tokens = new Map<string, string>();
  async function tokenFor(account: string): Promise<string> {
    if (!tokens.has(account)) {
      const response = await fetch(`${platform.identityUrl}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ account }),
      });
      if (!response.ok) throw new Error(`demo: no token for ${account}: ${response.status} ${await response.text()}`);
      tokens.set(account, ((await response.json()) as { access_token: string }).access_token);
    }
    return tokens.get(account) as string;
  }
  /** A command through the public API; anything but a 201 stops the demo, unless `tolerated` names its status. */
  async function post(account: string, path: string, body: Record<string, unknown> = {}, tolerated?: number): Promise<Record<string, any>> {
    const response = await fetch(`${platform.apiUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(account)}` },
      body: JSON.stringify({ commandId: randomUUID(), ...body }),
    });
    const text = await response.text();
    if (response.status !== 201 && response.status !== tolerated) throw new Error(`demo: POST ${path} as ${account} answered ${response.status}: ${text}`);
    return { status: response.status, ...(JSON.parse(text) as Record<string, any>) };
  }

  // C7: the demo holder's administrator may use the AWP (already, on a platform that ran the demo before: 409).
  const admin = DEV_ACCOUNTS[DEMO_ADMIN];
  const access = { holderId: DEMO_HOLDER, employeeIin: admin.iin, role: 'administrator' };
  const applied = await post('operator-1', '/api/awp-access/applications', access, 409);
  if (applied.status === 201) {
    await post('operator-1', '/api/awp-access/approvals', access);
    await post('operator-1', '/api/awp-access/trainings', { ...access, course: 'AWP basics', trainedOn: almatyDateOf(now) });
  }

  // Live now: started an hour ago, ends after three more working days (C4).
  const conferenceStartsAt = new Date(Math.floor((now.getTime() - HOUR) / 60_000) * 60_000).toISOString();
  const conferenceEndsAt = addWorkingDays(now, 3, kzCalendar).dueAt;
  const surveyLaunchDate = almatyDateOf(now);
  const surveyClosingDate = earliestClosingDate(surveyLaunchDate);
  const preparedAt = demoPreparationTime(now, conferenceStartsAt);
  log(`Preparing the demo as of ${preparedAt.toISOString()} (the conferences and surveys services' clocks moved back; development only)…`);

  await platform.moveClocks(preparedAt.getTime() - now.getTime());
  const text = (kk: string, ru: string, en: string) => ({ kk, ru, en });
  const conference = await post(DEMO_ADMIN, '/api/conferences', {
    startsAt: conferenceStartsAt,
    endsAt: conferenceEndsAt,
    title: text('Демо: жанармай бағасы', 'Демо: цены на топливо', 'Demo: fuel prices'),
    summary: text('Бағалар қалай құралады', 'Из чего складываются цены', 'What makes up the prices'),
    description: text('Демонстрациялық конференция: сұрақ қойыңыз.', 'Демонстрационная конференция: задайте вопрос.', 'A demo conference: ask a question.'),
    moderator: { surname: 'Жұмабаева', name: 'Сәуле', iin: admin.iin, position: 'Баспасөз хатшысы', email: 'press@kmg.kz', phone: '+77017654321' },
  });
  const conferenceId = conference.conferenceId as string;
  await post(DEMO_ADMIN, `/api/conferences/${conferenceId}/submission`);
  await post('operator-1', `/api/conferences/${conferenceId}/approval`);
  await post(DEMO_ADMIN, `/api/conferences/${conferenceId}/announcement`, { url: 'https://kmg.kz/ru/press/demo-conference' });

  const survey = await post(DEMO_ADMIN, '/api/surveys', {
    category: 'Energy',
    name: text('Демо: жанармай', 'Демо: топливо', 'Demo: fuel'),
    launchDate: surveyLaunchDate,
    closingDate: surveyClosingDate,
    resultsVisibility: 'live',
    questions: [
      {
        kind: 'single',
        text: text('Көлігіңіз бар ма?', 'Есть ли у вас автомобиль?', 'Do you own a car?'),
        options: [{ text: text('Иә', 'Да', 'Yes') }, { text: text('Жоқ', 'Нет', 'No') }],
      },
      {
        kind: 'multiple',
        text: text('Не маңызды?', 'Что важнее?', 'What matters more?'),
        options: [
          { text: text('Баға', 'Цена', 'Price') },
          { text: text('Сапа', 'Качество', 'Quality') },
          { text: text('Экология', 'Экология', 'Environment') },
        ],
      },
    ],
  });
  const surveyId = survey.surveyId as string;
  await post(DEMO_ADMIN, `/api/surveys/${surveyId}/submission`);
  await post('operator-1', `/api/surveys/${surveyId}/approval`);
  await post(DEMO_ADMIN, `/api/surveys/${surveyId}/announcements`, { url: 'https://kmg.kz/ru/press/demo-survey' });

  await platform.moveClocks(undefined);
  // Now, on the system clock: a question asked and answered, a ballot cast.
  const question = await post('citizen-dana', `/api/conferences/${conferenceId}/questions`, { text: 'Когда подешевеет бензин АИ-95?' });
  await post(DEMO_ADMIN, `/api/conferences/${conferenceId}/questions/${question.questionId}/answer`, { text: 'Цены обсуждаются в ходе конференции.' });
  await post('citizen-dana', `/api/surveys/${surveyId}/ballots`, {
    answers: [
      { questionId: 'q1', optionIds: ['q1-o1'] },
      { questionId: 'q2', optionIds: ['q2-o1', 'q2-o3'] },
    ],
  });
  return {
    holderId: DEMO_HOLDER,
    conferenceId,
    conferenceStartsAt,
    conferenceEndsAt,
    questionId: question.questionId as string,
    surveyId,
    surveyLaunchDate,
    surveyClosingDate,
    preparedAt: preparedAt.toISOString(),
  };
}

/** What the demo seeded, and what to try, for the console. */
export function describeDemo(demo: SeededDemo, apiUrl: string): string {
  return [
    `Demo (development only) at ${demo.holderId}, prepared as of ${demo.preparedAt}:`,
    `  conference ${demo.conferenceId}: live now, ${demo.conferenceStartsAt} to ${demo.conferenceEndsAt}; one question asked and answered`,
    `    ask:   POST ${apiUrl}/api/conferences/${demo.conferenceId}/questions  {"commandId":"<uuid>","text":"…"}  (a citizen's token)`,
    `    answer, then close after the end: POST …/questions/<questionId>/answer, POST …/closing  (staff-kmg-admin)`,
    `  survey ${demo.surveyId}: open now, ${demo.surveyLaunchDate} to ${demo.surveyClosingDate}; one ballot cast, results live`,
    `    vote:  POST ${apiUrl}/api/surveys/${demo.surveyId}/ballots  {"commandId":"<uuid>","answers":[{"questionId":"q1","optionIds":["q1-o2"]},{"questionId":"q2","optionIds":["q2-o2"]}]}`,
    `    read:  GET ${apiUrl}/api/conferences, GET ${apiUrl}/api/surveys/${demo.surveyId}/results`,
  ].join('\n');
}
