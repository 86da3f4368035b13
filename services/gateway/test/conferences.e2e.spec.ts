import { randomUUID } from 'node:crypto';
import { addWorkingDays, kzCalendar } from '@od/calendar';
import { eventually, grantAwpAccess, startFullPlatform, type FullPlatform, callApi } from '@od/testing';

jest.setTimeout(240_000);

/**
 * Internet conferences through HTTP, real NATS and PostgreSQL (C1–C5, C8). Time: the template must reach the
 * operator 3 working days before the start (C1), yet questions are taken only while the conference is open
 * (C4). The conferences process runs on the platform clock, which `OD_CLOCK_OFFSET_MS` shifts (development
 * and tests only); the test restarts it with an offset into the conference, then past its end.
 */
let under: FullPlatform;

const call = (account: string, method: string, path: string, body?: unknown) => callApi(under.platform, account, method, path, body);

const post = (account: string, path: string, body: Record<string, unknown> = {}) => call(account, 'POST', path, { commandId: randomUUID(), ...body });

const moderator = {
  surname: 'Серікова',
  name: 'Айгүл',
  iin: '780302300111',
  position: 'Бас сарапшы',
  email: 'a.serikova@minfin.gov.kz',
  phone: '+77011234567',
};
const template = (startsAt: string, endsAt: string) => ({
  startsAt,
  endsAt,
  title: { kk: 'Салық реформасы', ru: 'Налоговая реформа' },
  summary: { kk: 'Жаңа Салық кодексі туралы', ru: 'О новом Налоговом кодексе' },
  description: { kk: 'Министрлік сұрақтарға жауап береді.', ru: 'Министерство ответит на вопросы.' },
  moderator,
});

beforeAll(async () => {
  under = await startFullPlatform('conferences', { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'access',
    'conferences',
    'projections',
    'notifications',
    'gateway',
  ]);
  await grantAwpAccess(under.platform, 'staff-kap-admin', 'administrator');
  await grantAwpAccess(under.platform, 'staff-kap-responder', 'responder');
});

afterAll(() => under?.stop());

describe('Internet conferences through HTTP', () => {
  it('C2: a template without its Russian texts is a 400 naming each missing one, and nothing is written', async () => {
    const before = await under.storedEventCount();
    const startsAt = addWorkingDays(new Date(), 5, kzCalendar).dueAt;
    const body = template(startsAt, addWorkingDays(startsAt, 2, kzCalendar).dueAt);
    const answer = await post('staff-kap-admin', '/api/conferences', { ...body, title: { kk: 'Салық' }, summary: { kk: 'Салық' } });
    expect(answer).toMatchObject({ status: 400, body: { error: 'conference_languages_missing', rule: 'C2', field: 'title.ru,summary.ru' } });
    const badIin = await post('staff-kap-admin', '/api/conferences', { ...body, moderator: { ...moderator, iin: '780302300112' } });
    expect(badIin.status).toBe(400);
    expect(badIin.body.fields).toContainEqual(
      expect.objectContaining({ field: 'moderator.iin', rule: 'isIin', message: 'Is not a valid IIN: it has a wrong check digit (the 12th digit)' }),
    );
    expect(await under.storedEventCount()).toBe(before);
  });

  it('C1: a template sent less than 3 working days before its start is refused with the earliest allowed start', async () => {
    const startsAt = new Date(Date.now() + 3_600_000).toISOString();
    const filled = await post('staff-kap-admin', '/api/conferences', template(startsAt, addWorkingDays(startsAt, 2, kzCalendar).dueAt));
    expect(filled.status).toBe(201);
    const submitted = await post('staff-kap-admin', `/api/conferences/${filled.body.conferenceId}/submission`);
    const earliest = addWorkingDays(new Date(), 3, kzCalendar).dueAt;
    expect(submitted).toMatchObject({ status: 422, body: { error: 'conference_too_soon', rule: 'C1', field: 'startsAt' } });
    expect(submitted.body.message).toContain(`may start at ${earliest} at the earliest`);
  });

  it('template → approval → announcement → questions → answers → closing refused, then allowed (C1, C3, C4)', async () => {
    // C1: starts after 4 working days; C4: ends 2 working days later (at least one whole working day inside).
    const startsAt = addWorkingDays(new Date(), 4, kzCalendar).dueAt;
    const endsAt = addWorkingDays(startsAt, 2, kzCalendar).dueAt;
    const filled = await post('staff-kap-admin', '/api/conferences', template(startsAt, endsAt));
    expect(filled.status).toBe(201);
    const conferenceId = filled.body.conferenceId as string;
    const at = `/api/conferences/${conferenceId}`;

    const submitted = await post('staff-kap-admin', `${at}/submission`);
    expect(submitted.status).toBe(201);
    const waiting = await call('operator-1', 'GET', `/api/operator/conference-templates?atLeastPosition=${submitted.body.position}&waitMs=5000`);
    expect(waiting.status).toBe(200);
    expect(waiting.body.items).toContainEqual(expect.objectContaining({ conferenceId, holderId: 'kazatomprom', startsAt, endsAt }));

    expect((await post('staff-kap-admin', `${at}/approval`)).status).toBe(403); // only the operator publishes
    expect((await post('operator-1', `${at}/approval`)).status).toBe(201);
    // C3: the announcement is dated when it is recorded; a declared publication time before the approval is refused.
    const backdated = await post('staff-kap-admin', `${at}/announcement`, {
      url: 'https://minfin.gov.kz/news/conference',
      publishedAt: '2020-01-01T00:00:00Z',
    });
    expect(backdated).toMatchObject({ status: 400, body: { error: 'announcement_invalid', rule: 'C3', field: 'publishedAt' } });
    const announced = await post('staff-kap-admin', `${at}/announcement`, { url: 'https://minfin.gov.kz/news/conference' });
    expect(announced.status).toBe(201);

    const upcoming = await call('citizen-aigerim', 'GET', `/api/conferences?atLeastPosition=${announced.body.position}&waitMs=5000`);
    expect(upcoming.body.items).toContainEqual(
      expect.objectContaining({ conferenceId, phase: 'upcoming', moderator: { name: 'Серікова Айгүл', position: 'Бас сарапшы' } }),
    );
    expect(upcoming.text).not.toContain(moderator.iin);

    // C4: not yet open.
    const tooEarly = await post('citizen-aigerim', `${at}/questions`, { text: 'Когда вступит в силу?' });
    expect(tooEarly).toMatchObject({ status: 409, body: { error: 'conference_not_open', rule: 'C4' } });

    // Into the conference: one hour after its start.
    await under.platform.restart('conferences', { OD_CLOCK_OFFSET_MS: String(Date.parse(startsAt) + 3_600_000 - Date.now()) });
    const q1 = await post('citizen-aigerim', `${at}/questions`, { text: 'Когда вступит в силу новый кодекс?' });
    expect(q1.status).toBe(201);
    const q2 = await post('org-astana-tech', `${at}/questions`, { text: 'Будут ли льготы для IT-компаний?' });
    expect(q2.status).toBe(201);
    expect((await post('citizen-no-phone', `${at}/questions`, { text: 'Вопрос' })).body).toMatchObject({ error: 'phone_not_verified', rule: 'C4' });
    const a1 = await post('staff-kap-responder', `${at}/questions/${q1.body.questionId}/answer`, { text: 'С 1 января 2027 года.' });
    expect(a1.status).toBe(201);
    expect((await post('staff-kap-responder', `${at}/questions/${q1.body.questionId}/answer`, { text: 'Ещё раз' })).body).toMatchObject({
      error: 'question_already_answered',
    });
    expect((await post('staff-kap-admin', `${at}/closing`)).body).toMatchObject({ error: 'conference_not_ended', rule: 'C4' });

    const open = await call('citizen-aigerim', 'GET', `/api/conferences?atLeastPosition=${a1.body.position}&waitMs=5000`);
    const shown = (open.body.items as { conferenceId: string; questions: unknown[] }[]).find((item) => item.conferenceId === conferenceId);
    expect(shown?.questions).toEqual([
      {
        questionId: q1.body.questionId,
        askedBy: 'citizen',
        text: 'Когда вступит в силу новый кодекс?',
        redacted: false,
        askedAt: expect.any(String),
        answer: { text: 'С 1 января 2027 года.', redacted: false, answeredAt: expect.any(String) },
      },
      {
        questionId: q2.body.questionId,
        askedBy: 'organisation',
        text: 'Будут ли льготы для IT-компаний?',
        redacted: false,
        askedAt: expect.any(String),
        answer: null,
      },
    ]);
    expect(open.text).not.toContain('900101300017'); // the citizen's IIN
    expect(open.text).not.toContain('040340010004'); // the organisation's BIN

    // Past the end: no more questions; closing refused while one is unanswered, allowed once it is answered.
    await under.platform.restart('conferences', { OD_CLOCK_OFFSET_MS: String(Date.parse(endsAt) + 3_600_000 - Date.now()) });
    expect((await post('citizen-aigerim', `${at}/questions`, { text: 'Ещё вопрос' })).body).toMatchObject({ error: 'conference_not_open', rule: 'C4' });
    const refused = await post('staff-kap-admin', `${at}/closing`);
    expect(refused).toMatchObject({ status: 409, body: { error: 'questions_unanswered', rule: 'C4' } });
    expect(refused.body.message).toContain(q2.body.questionId);
    expect((await post('staff-kap-admin', `${at}/questions/${q2.body.questionId}/answer`, { text: 'Да, до 2030 года.' })).status).toBe(201);
    const closed = await post('staff-kap-admin', `${at}/closing`);
    expect(closed.status).toBe(201);

    const agency = await call('staff-kap-admin', 'GET', `/api/agency/conferences?atLeastPosition=${closed.body.position}&waitMs=5000`);
    expect(agency.body.items).toContainEqual(
      expect.objectContaining({
        conferenceId,
        status: 'closed',
        questionCount: 2,
        unansweredCount: 0,
        announcement: { url: 'https://minfin.gov.kz/news/conference', announcedAt: expect.any(String), publishedAt: null, late: false },
      }),
    );
  });

  it('C5: a user applies for a topic; the administrator accepts it once; another holder’s staff cannot', async () => {
    const applied = await post('citizen-aigerim', '/api/holders/kazatomprom/topic-applications', {
      topic: 'Налоговые вычеты',
      text: 'Проведите конференцию о налоговых вычетах.',
      language: 'ru',
    });
    expect(applied.status).toBe(201);
    const path = `/api/topic-applications/${applied.body.applicationId}`;
    expect((await post('staff-kap-responder', `${path}/acceptance`)).status).toBe(403);
    expect((await post('staff-kap-admin', `${path}/refusal`, { reason: ' ' })).status).toBe(400);
    expect((await post('staff-kap-admin', `${path}/acceptance`)).status).toBe(201);
    expect((await post('staff-kap-admin', `${path}/refusal`, { reason: 'Не наша компетенция' })).body).toMatchObject({
      error: 'topic_application_wrong_state',
      rule: 'C5',
    });
  });

  it('C5: the administrator lists the applications to decide, due first; the applicant sees each decision and a refusal’s reason', async () => {
    const apply = (topic: string) =>
      post('citizen-aigerim', '/api/holders/kazatomprom/topic-applications', { topic, text: `Проведите конференцию: ${topic}.`, language: 'ru' });
    const first = await apply('Пенсионные накопления');
    const second = await apply('Налог на имущество');
    expect([first.status, second.status]).toEqual([201, 201]);
    const [firstId, secondId] = [first.body.applicationId as string, second.body.applicationId as string];

    const toDecide = await call('staff-kap-admin', 'GET', `/api/agency/topic-applications?atLeastPosition=${second.body.position}&waitMs=5000`);
    expect(toDecide.status).toBe(200);
    const ids = (toDecide.body.items as { applicationId: string }[]).map((item) => item.applicationId);
    expect(ids.indexOf(firstId)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(firstId)).toBeLessThan(ids.indexOf(secondId)); // due first
    const dues = (toDecide.body.items as { decisionDueAt: string }[]).map((item) => item.decisionDueAt);
    expect([...dues].sort()).toEqual(dues);
    expect(toDecide.body.items).toContainEqual(
      expect.objectContaining({ applicationId: firstId, applicantKind: 'citizen', topic: 'Пенсионные накопления', status: 'submitted', decision: null }),
    );
    expect(toDecide.text).not.toMatch(/"applicantId"/); // the agency never sees the applicant's IIN
    expect(toDecide.body).toMatchObject({ hasMore: false });
    expect((await call('staff-kap-responder', 'GET', '/api/agency/topic-applications')).status).toBe(403);
    expect((await call('citizen-aigerim', 'GET', '/api/agency/topic-applications')).status).toBe(403);
    expect((await call('staff-kap-admin', 'GET', '/api/agency/topic-applications?status=pending')).status).toBe(400);

    expect((await post('staff-kap-admin', `/api/topic-applications/${firstId}/acceptance`)).status).toBe(201);
    const refused = await post('staff-kap-admin', `/api/topic-applications/${secondId}/refusal`, { reason: 'Вопрос в компетенции акимата' });
    expect(refused.status).toBe(201);

    const mine = await call('citizen-aigerim', 'GET', `/api/me/topic-applications?atLeastPosition=${refused.body.position}&waitMs=5000`);
    expect(mine.status).toBe(200);
    expect(mine.body.items).toContainEqual(
      expect.objectContaining({
        applicationId: firstId,
        status: 'accepted',
        decision: { outcome: 'accepted', at: expect.any(String), late: false, reason: null },
      }),
    );
    expect(mine.body.items).toContainEqual(
      expect.objectContaining({
        applicationId: secondId,
        status: 'refused',
        decision: { outcome: 'refused', at: expect.any(String), late: false, reason: 'Вопрос в компетенции акимата' },
      }),
    );
    const decided = await call('staff-kap-admin', 'GET', '/api/agency/topic-applications');
    expect((decided.body.items as { applicationId: string }[]).map((item) => item.applicationId)).not.toContain(firstId);
    const decidedList = await call('staff-kap-admin', 'GET', '/api/agency/topic-applications?status=accepted,refused');
    expect(decidedList.body.items).toContainEqual(expect.objectContaining({ applicationId: secondId, status: 'refused' }));
    // The applicant hears the decision: a notice in the language they applied in, with the reason.
    const notices = await eventually(
      async () => {
        const items = ((await call('citizen-aigerim', 'GET', '/api/me/notices')).body.items ?? []) as { applicationId: string | null }[];
        return items.filter((notice) => notice.applicationId === firstId || notice.applicationId === secondId).length === 2 ? items : undefined;
      },
      15_000,
      'the two decision notices',
    );
    expect(notices).toContainEqual(
      expect.objectContaining({
        kind: 'topic_application_accepted',
        applicationId: firstId,
        requestId: null,
        title: 'Ваша заявка на тему конференции принята',
      }),
    );
    expect(notices).toContainEqual(
      expect.objectContaining({
        kind: 'topic_application_refused',
        applicationId: secondId,
        body: expect.stringContaining('Причина: Вопрос в компетенции акимата'),
      }),
    );
    const others = await call('org-astana-tech', 'GET', '/api/me/topic-applications');
    expect(others.status).toBe(200);
    expect((others.body.items as { applicationId: string }[]).map((item) => item.applicationId)).not.toContain(firstId);
  });
});
