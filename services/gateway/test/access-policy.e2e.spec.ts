import { randomUUID } from 'node:crypto';
import { kazakhstanCheckDigit } from '@od/identity';
import { addWorkingDays, kzCalendar } from '@od/calendar';
import {
  createRequestSigners,
  createTestDatabase,
  startPlatform,
  testBusNames,
  type PlatformUnderTest,
  type RequestSigners,
  type TestDatabase,
  callApi,
  eventually,
} from '@od/testing';
import { ENDPOINT_ACCESS, type Endpoint, type EndpointRule } from '../src/access/access-policy';
import { earliestClosingDate, earliestLaunch, endOfAlmatyDay } from '@od/domain';

jest.setTimeout(180_000);

const bus = testBusNames('accesspolicy');
let database: TestDatabase;
let platform: PlatformUnderTest;
let signers: RequestSigners;

/** Everyone the table is checked for. `staff-kmg-admin` never gets AWP access; `staff-kap-admin` does. */
const callers = ['anonymous', 'citizen-aigerim', 'org-astana-tech', 'staff-kap-admin', 'staff-kmg-admin', 'operator-1', 'ministry-1', 'analyst-1'] as const;
type Caller = (typeof callers)[number];
const roleOf: Record<Exclude<Caller, 'anonymous'>, string> = {
  'citizen-aigerim': 'citizen',
  'org-astana-tech': 'organisation',
  'staff-kap-admin': 'staff',
  'staff-kmg-admin': 'staff',
  'operator-1': 'operator',
  'ministry-1': 'ministry',
  'analyst-1': 'analyst',
};
const holderOf: Partial<Record<Caller, string>> = { 'staff-kap-admin': 'kazatomprom', 'staff-kmg-admin': 'kazmunaygas' };
/** The AWP roles each staff caller has active during the table (granted in beforeAll). */
const activeAwpRoles: Partial<Record<Caller, readonly string[]>> = { 'staff-kap-admin': ['administrator'] };

let serial = 100;
/** A fresh, valid IIN for each application, so no two calls touch the same access stream. */
function freshIin(): string {
  for (;;) {
    const firstEleven = `8801013${String(serial++).padStart(4, '0')}`;
    const check = kazakhstanCheckDigit(firstEleven);
    if (check !== undefined) return `${firstEleven}${check}`;
  }
}

const call = (caller: Caller, method: string, path: string, body?: unknown) =>
  callApi(platform, caller === 'anonymous' ? undefined : caller, method, path, body);

async function expectStatus(promise: Promise<{ status: number; body: Record<string, unknown> }>, status: number) {
  const answer = await promise;
  if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer;
}

const aRequest = (holderId = 'kazatomprom') => ({
  commandId: randomUUID(),
  holderId,
  subject: 'Road repair plan',
  text: 'Please publish the 2027 road repair plan.',
  language: 'ru',
});
const target = (holderId: string, employeeIin = freshIin(), role = 'responder') => ({ commandId: randomUUID(), holderId, employeeIin, role });

/** As the operator: an application waiting for a decision, at `holderId`. */
async function pendingApplication(holderId: string) {
  const application = target(holderId);
  await expectStatus(call('operator-1', 'POST', '/api/awp-access/applications', application), 201);
  return application;
}

async function grantActiveAccess(caller: Caller, role: string) {
  const subject = { holderId: holderOf[caller] as string, employeeIin: { 'staff-kap-admin': '780302300111' }[caller as 'staff-kap-admin'], role };
  await expectStatus(call('operator-1', 'POST', '/api/awp-access/applications', { ...subject, commandId: randomUUID() }), 201);
  await expectStatus(call('operator-1', 'POST', '/api/awp-access/approvals', { ...subject, commandId: randomUUID() }), 201);
  await expectStatus(
    call('operator-1', 'POST', '/api/awp-access/trainings', { ...subject, commandId: randomUUID(), course: 'AWP for administrators', trainedOn: '2026-11-20' }),
    201,
  );
}

const ownRequest: Partial<Record<Caller, string>> = {};

/** A request just received by the Ministry of Finance (submitted by `author`). */
async function freshRequest(author: Caller = 'citizen-aigerim'): Promise<string> {
  const submitted = await expectStatus(call(author, 'POST', '/api/requests', await signers.sign(author, aRequest())), 201);
  return submitted.body.requestId as string;
}

async function acceptedRequest(author: Caller = 'citizen-aigerim'): Promise<string> {
  const requestId = await freshRequest(author);
  await expectStatus(call('staff-kap-admin', 'POST', `/api/requests/${requestId}/acceptance`, { commandId: randomUUID() }), 201);
  return requestId;
}

async function answeredRequest(author: Caller): Promise<string> {
  const requestId = await acceptedRequest(author);
  await expectStatus(
    call('staff-kap-admin', 'POST', `/api/requests/${requestId}/answer`, { commandId: randomUUID(), text: 'The plan is published at minfin.gov.kz.' }),
    201,
  );
  return requestId;
}

/**
 * Surveys: `openSurvey` is open for ballots and announcements during the table, `closableSurvey` has passed its
 * closing date. Both are approved on the real clock in beforeAll; then the surveys service restarts with its
 * clock moved (OD_CLOCK_OFFSET_MS) to one hour after `closableSurvey` ends, while `openSurvey` still runs.
 */
const surveys = { open: '', closable: '', clockOffsetMs: 0 };
const surveyText = (ru: string) => ({ kk: `${ru} (kk)`, ru });
function aSurvey(launchDate: string, closingDate: string) {
  const options = [{ text: surveyText('Да') }, { text: surveyText('Нет') }];
  return {
    commandId: randomUUID(),
    category: 'Public finance',
    name: surveyText('Бюджет'),
    launchDate,
    closingDate,
    resultsVisibility: 'live',
    questions: [{ kind: 'single', text: surveyText('Вопрос'), options }],
  };
}
/** A template with dates C1 and C6 allow on the surveys service's (moved) clock. */
function aSurveyFromNow() {
  const launchDate = earliestLaunch(new Date(Date.now() + surveys.clockOffsetMs)).date;
  return aSurvey(launchDate, earliestClosingDate(launchDate));
}
async function surveyIn(state: 'drafted' | 'submitted', body = aSurveyFromNow()): Promise<string> {
  const surveyId = (await expectStatus(call('staff-kap-admin', 'POST', '/api/surveys', body), 201)).body.surveyId as string;
  if (state === 'submitted') await expectStatus(call('staff-kap-admin', 'POST', `/api/surveys/${surveyId}/submission`, { commandId: randomUUID() }), 201);
  return surveyId;
}
async function prepareSurveys() {
  const launchDate = earliestLaunch(new Date()).date;
  const closingDate = earliestClosingDate(launchDate);
  const later = new Date(Date.parse(`${closingDate}T12:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  for (const [key, body] of [
    ['closable', aSurvey(launchDate, closingDate)],
    ['open', aSurvey(launchDate, later)],
  ] as const) {
    const surveyId = await surveyIn('submitted', body);
    lastPosition = (await expectStatus(call('operator-1', 'POST', `/api/surveys/${surveyId}/approval`, { commandId: randomUUID() }), 201)).body
      .position as string;
    surveys[key] = surveyId;
  }
  surveys.clockOffsetMs = Date.parse(endOfAlmatyDay(closingDate)) + 3_600_000 - Date.now();
  await platform.restart('surveys', { OD_CLOCK_OFFSET_MS: String(surveys.clockOffsetMs) });
}

/**
 * Conferences (C1–C5): the conferences service's clock is moved (OD_CLOCK_OFFSET_MS) so that one conference
 * is open for questions and another has ended, both sent to the operator 3 working days ahead (C1).
 */
const conferences: { open?: string; ended?: string; clockOffsetMs: number } = { clockOffsetMs: 0 };
const conferenceNow = () => new Date(Date.now() + conferences.clockOffsetMs);
const aConferenceTemplate = (startsAt = addWorkingDays(conferenceNow(), 4, kzCalendar).dueAt, endsAt = addWorkingDays(startsAt, 2, kzCalendar).dueAt) => ({
  commandId: randomUUID(),
  startsAt,
  endsAt,
  title: { kk: 'Салық реформасы', ru: 'Налоговая реформа' },
  summary: { kk: 'Жаңа Салық кодексі', ru: 'Новый Налоговый кодекс' },
  description: { kk: 'Сұрақтарға жауап береміз.', ru: 'Ответим на вопросы.' },
  moderator: { surname: 'Серікова', name: 'Айгүл', iin: '780302300111', position: 'Бас сарапшы', email: 'a.serikova@minfin.gov.kz', phone: '+77011234567' },
});

/** As the administrator (and the operator): a conference filled, sent, and published, as far as `upTo`. */
async function aConference(upTo: 'filled' | 'submitted' | 'published', body = aConferenceTemplate()): Promise<string> {
  const filled = await expectStatus(call('staff-kap-admin', 'POST', '/api/conferences', body), 201);
  const conferenceId = filled.body.conferenceId as string;
  if (upTo === 'filled') return conferenceId;
  await expectStatus(call('staff-kap-admin', 'POST', `/api/conferences/${conferenceId}/submission`, { commandId: randomUUID() }), 201);
  if (upTo === 'published') await expectStatus(call('operator-1', 'POST', `/api/conferences/${conferenceId}/approval`, { commandId: randomUUID() }), 201);
  return conferenceId;
}

async function prepareConferences() {
  const startsAt = addWorkingDays(new Date(), 4, kzCalendar).dueAt;
  const endedAt = addWorkingDays(startsAt, 2, kzCalendar).dueAt;
  conferences.ended = await aConference('published', aConferenceTemplate(startsAt, endedAt));
  conferences.open = await aConference('published', aConferenceTemplate(startsAt, addWorkingDays(startsAt, 10, kzCalendar).dueAt));
  conferences.clockOffsetMs = Date.parse(endedAt) + 3_600_000 - Date.now();
  await platform.restart('conferences', { OD_CLOCK_OFFSET_MS: String(conferences.clockOffsetMs) });
}

async function aQuestion(): Promise<string> {
  const asked = await expectStatus(
    call('citizen-aigerim', 'POST', `/api/conferences/${conferences.open}/questions`, { commandId: randomUUID(), text: 'Когда?' }),
    201,
  );
  return asked.body.questionId as string;
}

async function aTopicApplication(): Promise<string> {
  const applied = await expectStatus(
    call('citizen-aigerim', 'POST', '/api/holders/kazatomprom/topic-applications', {
      commandId: randomUUID(),
      topic: 'Вычеты',
      text: 'Проведите конференцию.',
      language: 'ru',
    }),
    201,
  );
  return applied.body.applicationId as string;
}

/** As the ministry: a report of 2026 asked for (B2), and once it is published, for its outputs. */
async function aReport(): Promise<string> {
  const asked = await expectStatus(call('ministry-1', 'POST', '/api/ministry/reports', { commandId: randomUUID(), from: '2026-01-01', to: '2026-12-31' }), 201);
  return asked.body.reportId as string;
}

async function aPublishedReport(): Promise<string> {
  const reportId = await aReport();
  await eventually(
    async () => ((await call('ministry-1', 'GET', `/api/ministry/reports/${reportId}`)).body.state === 'published' ? true : undefined),
    60_000,
    'the report published',
  );
  return reportId;
}

/** Setting up a request is wasted on a caller the guard refuses anyway: any id does for them. */
function allowed(endpoint: Endpoint, caller: Caller): boolean {
  return expectedStatus(ENDPOINT_ACCESS[endpoint], caller, 'POST') === 201;
}

/** For each endpoint, a call that succeeds when the caller is allowed. */
const sampleCalls: Record<Endpoint, (caller: Caller) => Promise<[string, string, unknown?]>> = {
  'GET /health': async () => ['GET', '/health'],
  'GET /api/me': async () => ['GET', '/api/me'],
  'POST /api/requests': async (caller) => ['POST', '/api/requests', caller === 'anonymous' ? aRequest() : await signers.sign(caller, aRequest())],
  'GET /api/requests/:requestId': async (caller) => [
    'GET',
    `/api/requests/${ownRequest[caller] ?? ownRequest['citizen-aigerim']}?waitMs=5000&atLeastPosition=${lastPosition}`,
  ],
  'GET /api/agency/requests': async () => ['GET', '/api/agency/requests'],
  'POST /api/awp-access/applications': async (caller) => ['POST', '/api/awp-access/applications', target(holderOf[caller] ?? 'kazatomprom')],
  'POST /api/awp-access/approvals': async (caller) => [
    'POST',
    '/api/awp-access/approvals',
    caller === 'operator-1' ? { ...(await pendingApplication('kazatomprom')), commandId: randomUUID() } : target('kazatomprom'),
  ],
  'POST /api/awp-access/denials': async (caller) => [
    'POST',
    '/api/awp-access/denials',
    {
      ...(caller === 'operator-1' ? { ...(await pendingApplication('kazatomprom')), commandId: randomUUID() } : target('kazatomprom')),
      reason: 'not employed here',
    },
  ],
  'POST /api/awp-access/trainings': async (caller) => [
    'POST',
    '/api/awp-access/trainings',
    {
      ...(caller === 'operator-1' ? { ...(await pendingApplication('kazatomprom')), commandId: randomUUID() } : target('kazatomprom')),
      course: 'AWP basics',
      trainedOn: '2026-11-20',
    },
  ],
  'POST /api/awp-access/revocations': async (caller) => [
    'POST',
    '/api/awp-access/revocations',
    { ...(await pendingApplication(holderOf[caller] ?? 'kazatomprom')), commandId: randomUUID(), reason: 'left the agency' },
  ],
  'GET /api/awp-access': async () => ['GET', '/api/awp-access'],
  'GET /api/me/requests': async () => ['GET', `/api/me/requests?waitMs=5000&atLeastPosition=${lastPosition}`],
  'GET /api/me/notices': async () => ['GET', '/api/me/notices'],
  'GET /api/requests/:requestId/history': async (caller) => [
    'GET',
    `/api/requests/${ownRequest[caller] ?? ownRequest['citizen-aigerim']}/history?waitMs=5000&atLeastPosition=${lastPosition}`,
  ],
  'GET /api/agency/clocks': async () => ['GET', '/api/agency/clocks'],
  'GET /api/ministry/clocks': async () => ['GET', '/api/ministry/clocks?holderId=kazatomprom&status=running,breached'],
  'GET /api/holders/:holderId/blog': async () => ['GET', '/api/holders/kazatomprom/blog'],
  'GET /api/reference/grounds': async () => ['GET', '/api/reference/grounds'],
  'GET /api/reference/legal-basis': async () => ['GET', '/api/reference/legal-basis'],
  'GET /api/holders': async () => ['GET', '/api/holders'],
  'GET /api/holders/:holderId': async () => ['GET', '/api/holders/kazatomprom'],
  'GET /api/calendar/:year': async () => ['GET', '/api/calendar/2026'],
  'GET /api/calendar/:year/versions': async () => ['GET', '/api/calendar/2026/versions'],
  'GET /api/holders/:holderId/statistics': async (caller) => ['GET', `/api/holders/${holderOf[caller] ?? 'kazatomprom'}/statistics`],
  'POST /api/ministry/reports': async () => ['POST', '/api/ministry/reports', { commandId: randomUUID(), from: '2026-01-01', to: '2026-12-31' }],
  'GET /api/ministry/reports/:reportId': async (caller) => [
    'GET',
    `/api/ministry/reports/${allowed('GET /api/ministry/reports/:reportId', caller) ? await aReport() : randomUUID()}`,
  ],
  'GET /api/ministry/reports/:reportId/:file': async (caller) => [
    'GET',
    `/api/ministry/reports/${allowed('GET /api/ministry/reports/:reportId/:file', caller) ? await aPublishedReport() : randomUUID()}/report.csv`,
  ],
  'POST /api/requests/:requestId/acceptance': async (caller) => [
    'POST',
    `/api/requests/${allowed('POST /api/requests/:requestId/acceptance', caller) ? await freshRequest() : randomUUID()}/acceptance`,
    { commandId: randomUUID() },
  ],
  'POST /api/requests/:requestId/redirection': async (caller) => [
    'POST',
    `/api/requests/${allowed('POST /api/requests/:requestId/redirection', caller) ? await freshRequest() : randomUUID()}/redirection`,
    { commandId: randomUUID(), toHolderId: 'kazmunaygas', reason: 'Hospitals are the Ministry of Healthcare’s competence' },
  ],
  'POST /api/requests/:requestId/return': async (caller) => [
    'POST',
    `/api/requests/${allowed('POST /api/requests/:requestId/return', caller) ? await freshRequest() : randomUUID()}/return`,
    { commandId: randomUUID(), reasonCode: 'no_user_name', reasonText: 'The request does not name its author.' },
  ],
  'POST /api/requests/:requestId/drafts': async (caller) => [
    'POST',
    `/api/requests/${allowed('POST /api/requests/:requestId/drafts', caller) ? await acceptedRequest() : randomUUID()}/drafts`,
    { commandId: randomUUID(), text: 'Draft: the plan will be published.' },
  ],
  'POST /api/requests/:requestId/answer': async (caller) => [
    'POST',
    `/api/requests/${allowed('POST /api/requests/:requestId/answer', caller) ? await acceptedRequest() : randomUUID()}/answer`,
    { commandId: randomUUID(), text: 'The plan is published.' },
  ],
  'POST /api/requests/:requestId/extension': async (caller) => [
    'POST',
    `/api/requests/${allowed('POST /api/requests/:requestId/extension', caller) ? await acceptedRequest() : randomUUID()}/extension`,
    { commandId: randomUUID(), days: 10, otherHolderIds: ['kazmunaygas'], reason: 'Hospitals’ data is needed' },
  ],
  'POST /api/requests/:requestId/refusal': async (caller) => [
    'POST',
    `/api/requests/${allowed('POST /api/requests/:requestId/refusal', caller) ? await freshRequest() : randomUUID()}/refusal`,
    { commandId: randomUUID(), groundCode: 'state_secrets', reasonText: 'The plan contains state secrets.' },
  ],
  'POST /api/requests/:requestId/rating': async (caller) => [
    'POST',
    `/api/requests/${allowed('POST /api/requests/:requestId/rating', caller) ? await answeredRequest(caller) : randomUUID()}/rating`,
    { commandId: randomUUID(), rating: 'like' },
  ],
  'POST /api/conferences': async () => ['POST', '/api/conferences', aConferenceTemplate()],
  'POST /api/conferences/:conferenceId/revision': async (caller) => [
    'POST',
    `/api/conferences/${allowed('POST /api/conferences/:conferenceId/revision', caller) ? await aConference('filled') : randomUUID()}/revision`,
    aConferenceTemplate(),
  ],
  'POST /api/conferences/:conferenceId/submission': async (caller) => [
    'POST',
    `/api/conferences/${allowed('POST /api/conferences/:conferenceId/submission', caller) ? await aConference('filled') : randomUUID()}/submission`,
    { commandId: randomUUID() },
  ],
  'POST /api/conferences/:conferenceId/approval': async (caller) => [
    'POST',
    `/api/conferences/${allowed('POST /api/conferences/:conferenceId/approval', caller) ? await aConference('submitted') : randomUUID()}/approval`,
    { commandId: randomUUID() },
  ],
  'POST /api/conferences/:conferenceId/return': async (caller) => [
    'POST',
    `/api/conferences/${allowed('POST /api/conferences/:conferenceId/return', caller) ? await aConference('submitted') : randomUUID()}/return`,
    { commandId: randomUUID(), reason: 'The English texts are needed' },
  ],
  'POST /api/conferences/:conferenceId/announcement': async (caller) => [
    'POST',
    `/api/conferences/${allowed('POST /api/conferences/:conferenceId/announcement', caller) ? await aConference('published') : randomUUID()}/announcement`,
    { commandId: randomUUID(), url: 'https://minfin.gov.kz/news/1' },
  ],
  'POST /api/conferences/:conferenceId/questions': async () => [
    'POST',
    `/api/conferences/${conferences.open}/questions`,
    { commandId: randomUUID(), text: 'Будут ли льготы?' },
  ],
  'POST /api/conferences/:conferenceId/questions/:questionId/answer': async (caller) => [
    'POST',
    `/api/conferences/${conferences.open}/questions/${allowed('POST /api/conferences/:conferenceId/questions/:questionId/answer', caller) ? await aQuestion() : randomUUID()}/answer`,
    { commandId: randomUUID(), text: 'Да.' },
  ],
  'POST /api/conferences/:conferenceId/closing': async () => ['POST', `/api/conferences/${conferences.ended}/closing`, { commandId: randomUUID() }],
  'POST /api/holders/:holderId/topic-applications': async () => [
    'POST',
    '/api/holders/kazatomprom/topic-applications',
    { commandId: randomUUID(), topic: 'Вычеты', text: 'Проведите конференцию.', language: 'ru' },
  ],
  'POST /api/topic-applications/:applicationId/acceptance': async (caller) => [
    'POST',
    `/api/topic-applications/${allowed('POST /api/topic-applications/:applicationId/acceptance', caller) ? await aTopicApplication() : randomUUID()}/acceptance`,
    { commandId: randomUUID() },
  ],
  'POST /api/topic-applications/:applicationId/refusal': async (caller) => [
    'POST',
    `/api/topic-applications/${allowed('POST /api/topic-applications/:applicationId/refusal', caller) ? await aTopicApplication() : randomUUID()}/refusal`,
    { commandId: randomUUID(), reason: 'Not the Ministry of Finance’s competence' },
  ],
  'GET /api/agency/topic-applications': async () => ['GET', '/api/agency/topic-applications'],
  'GET /api/me/topic-applications': async () => ['GET', '/api/me/topic-applications'],
  'GET /api/conferences': async () => ['GET', '/api/conferences'],
  'GET /api/conferences/:conferenceId': async () => ['GET', `/api/conferences/${conferences.open}?waitMs=5000&atLeastPosition=${lastPosition}`],
  'GET /api/me/questions': async () => ['GET', '/api/me/questions'],
  'GET /api/agency/conferences': async () => ['GET', '/api/agency/conferences'],
  'GET /api/operator/conference-templates': async () => ['GET', '/api/operator/conference-templates'],
  'POST /api/surveys': async () => ['POST', '/api/surveys', aSurveyFromNow()],
  'POST /api/surveys/:surveyId/submission': async (caller) => [
    'POST',
    `/api/surveys/${allowed('POST /api/surveys/:surveyId/submission', caller) ? await surveyIn('drafted') : randomUUID()}/submission`,
    { commandId: randomUUID() },
  ],
  'POST /api/surveys/:surveyId/approval': async (caller) => [
    'POST',
    `/api/surveys/${allowed('POST /api/surveys/:surveyId/approval', caller) ? await surveyIn('submitted') : randomUUID()}/approval`,
    { commandId: randomUUID() },
  ],
  'POST /api/surveys/:surveyId/return': async (caller) => [
    'POST',
    `/api/surveys/${allowed('POST /api/surveys/:surveyId/return', caller) ? await surveyIn('submitted') : randomUUID()}/return`,
    { commandId: randomUUID(), reason: 'Question 1 is leading' },
  ],
  'POST /api/surveys/:surveyId/announcements': async () => [
    'POST',
    `/api/surveys/${surveys.open}/announcements`,
    { commandId: randomUUID(), url: 'https://minfin.gov.kz/survey' },
  ],
  'POST /api/surveys/:surveyId/closing': async () => ['POST', `/api/surveys/${surveys.closable}/closing`, { commandId: randomUUID() }],
  // Each allowed caller votes once (citizen-aigerim, org-astana-tech).
  'POST /api/surveys/:surveyId/ballots': async () => [
    'POST',
    `/api/surveys/${surveys.open}/ballots`,
    { commandId: randomUUID(), answers: [{ questionId: 'q1', optionIds: ['q1-o1'] }] },
  ],
  'GET /api/surveys': async () => ['GET', '/api/surveys'],
  'GET /api/surveys/:surveyId': async () => ['GET', `/api/surveys/${surveys.open}?waitMs=5000&atLeastPosition=${lastPosition}`],
  'GET /api/surveys/:surveyId/results': async () => ['GET', `/api/surveys/${surveys.open}/results?waitMs=5000&atLeastPosition=${lastPosition}`],
  'GET /api/agency/surveys': async () => ['GET', '/api/agency/surveys'],
  'GET /api/operator/survey-templates': async () => ['GET', '/api/operator/survey-templates'],
};

let lastPosition = '0:0';

function expectedStatus(rule: 'public' | EndpointRule, caller: Caller, method: string): number {
  const success = method === 'POST' ? 201 : 200;
  if (rule === 'public') return success;
  if (caller === 'anonymous') return 401;
  if (!rule.roles.includes(roleOf[caller] as never)) return 403;
  if (roleOf[caller] === 'staff' && rule.awp && !rule.awp.some((role) => (activeAwpRoles[caller] ?? []).includes(role))) return 403;
  return success;
}

beforeAll(async () => {
  database = await createTestDatabase('accesspolicy');
  signers = await createRequestSigners();
  platform = await startPlatform({
    databaseUrl: database.url,
    ...bus,
    env: { ...signers.env, GATEWAY_RATE_LIMIT: '100000', GATEWAY_AUTH_FAILURE_LIMIT: '100000' },
    services: ['identity-dev', 'relay', 'intake', 'moderation', 'response', 'access', 'surveys', 'conferences', 'projections', 'reporting', 'gateway'],
  });
  await grantActiveAccess('staff-kap-admin', 'administrator');
  await prepareConferences();
  await prepareSurveys();
  for (const caller of ['citizen-aigerim', 'org-astana-tech'] as const) {
    const submitted = await expectStatus(call(caller, 'POST', '/api/requests', await signers.sign(caller, aRequest())), 201);
    ownRequest[caller] = submitted.body.requestId as string;
    lastPosition = submitted.body.position as string;
  }
});

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

describe('Who may do what: every endpoint of the access policy, called as every role', () => {
  const cells = (Object.keys(ENDPOINT_ACCESS) as Endpoint[]).flatMap((endpoint) => callers.map((caller) => [endpoint, caller] as const));

  it.each(cells)('%s as %s', async (endpoint, caller) => {
    const [method, path, body] = await sampleCalls[endpoint](caller);
    const expected = expectedStatus(ENDPOINT_ACCESS[endpoint], caller, method);
    const answer = await call(caller, method, path, body);
    expect({ endpoint, caller, status: answer.status }).toEqual({ endpoint, caller, status: expected });
  });
});

describe('AWP access lifecycle through HTTP (C7)', () => {
  it('an employee works only once approved and trained, and a revocation refuses them at once', async () => {
    const employee = { holderId: 'kazatomprom', employeeIin: '820711400220', role: 'responder' };
    await expectStatus(call('staff-kap-responder' as Caller, 'GET', '/api/agency/requests'), 403);

    await expectStatus(call('staff-kap-admin', 'POST', '/api/awp-access/applications', { ...employee, commandId: randomUUID() }), 201);
    await expectStatus(call('operator-1', 'POST', '/api/awp-access/approvals', { ...employee, commandId: randomUUID() }), 201);
    const refusedUntrained = await expectStatus(call('staff-kap-responder' as Caller, 'GET', '/api/agency/requests'), 403);
    expect(refusedUntrained.body).toMatchObject({ error: 'awp_access_inactive', rule: 'C7' });

    await expectStatus(
      call('operator-1', 'POST', '/api/awp-access/trainings', { ...employee, commandId: randomUUID(), course: 'Answering requests', trainedOn: '2026-11-21' }),
      201,
    );
    const queue = await expectStatus(call('staff-kap-responder' as Caller, 'GET', `/api/agency/requests?atLeastPosition=${lastPosition}&waitMs=5000`), 200);
    const items = (queue.body as { items: { holderId: string }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.holderId === 'kazatomprom')).toBe(true);

    await expectStatus(
      call('staff-kap-admin', 'POST', '/api/awp-access/revocations', { ...employee, commandId: randomUUID(), reason: 'moved to another department' }),
      201,
    );
    await expectStatus(call('staff-kap-responder' as Caller, 'GET', '/api/agency/requests'), 403);

    const listed = await expectStatus(call('operator-1', 'GET', `/api/awp-access?holderId=kazatomprom&atLeastPosition=${lastPosition}&waitMs=5000`), 200);
    expect(listed.body).toBeDefined();
  });

  it('a second approval is refused naming the state; a denial without a reason names the field', async () => {
    const application = await pendingApplication('kazmunaygas');
    await expectStatus(call('operator-1', 'POST', '/api/awp-access/approvals', { ...application, commandId: randomUUID() }), 201);
    const again = await expectStatus(call('operator-1', 'POST', '/api/awp-access/approvals', { ...application, commandId: randomUUID() }), 409);
    expect(again.body).toMatchObject({ error: 'awp_access_wrong_state', rule: 'C7' });
    const noReason = await expectStatus(
      call('operator-1', 'POST', '/api/awp-access/denials', { ...(await pendingApplication('kazmunaygas')), commandId: randomUUID() }),
      400,
    );
    expect((noReason.body as { fields: unknown[] }).fields).toContainEqual(
      expect.objectContaining({ field: 'reason', rule: 'isNotEmpty', message: 'Must not be empty' }),
    );
  });

  it('an invalid employee IIN is a 400 that says why', async () => {
    const answer = await expectStatus(
      call('operator-1', 'POST', '/api/awp-access/applications', { ...target('kazatomprom'), employeeIin: '900101300018' }),
      400,
    );
    expect(answer.body).toMatchObject({
      fields: [{ field: 'employeeIin', rule: 'isIin', message: 'Is not a valid IIN: it has a wrong check digit (the 12th digit)' }],
    });
  });

  it('staff of one holder neither read nor act on another holder’s requests or access', async () => {
    const submitted = await expectStatus(call('citizen-aigerim', 'POST', '/api/requests', await signers.sign('citizen-aigerim', aRequest('kazmunaygas'))), 201);
    await expectStatus(call('staff-kap-admin', 'GET', `/api/requests/${submitted.body.requestId}?atLeastPosition=${submitted.body.position}&waitMs=5000`), 404);
    const queue = await expectStatus(call('staff-kap-admin', 'GET', '/api/agency/requests'), 200);
    expect((queue.body as { items: { requestId: string }[] }).items.map((item) => item.requestId)).not.toContain(submitted.body.requestId);
    await expectStatus(call('staff-kap-admin', 'POST', '/api/awp-access/applications', target('kazmunaygas')), 403);
    await expectStatus(call('staff-kap-admin', 'POST', '/api/awp-access/revocations', { ...target('kazmunaygas'), reason: 'x' }), 403);
    await expectStatus(call('staff-kap-admin', 'GET', '/api/awp-access?holderId=kazmunaygas'), 403);
  });
});
