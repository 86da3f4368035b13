import { randomUUID } from 'node:crypto';
import { callApi, grantAwpAccess, seedDemo, startFullPlatform, type FullPlatform, type SeededDemo } from '@od/testing';
import { PortalUser } from './portal-user';

jest.setTimeout(300_000);

/**
 * The public pages (issue 12 §2) against the real platform: the holders registry; a holder with its first
 * head's blog (a request submitted, accepted and answered through the API, published without its author) and
 * its statistics for a period; a conference open today and a survey open today, prepared through the API as
 * `npm start -- --demo` prepares them (seedDemo: the templates sent in time as of a past moment, C1), where a
 * citizen asks a question and votes once through the pages. Kazakh, Russian and English each once.
 */
let under: FullPlatform;
let demo: SeededDemo;
const subject = 'Бюджет школ при рудниках';
const answerText = 'Бюджет опубликован на сайте компании.';

beforeAll(async () => {
  under = await startFullPlatform('portalpublic', { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'moderation',
    'response',
    'access',
    'conferences',
    'surveys',
    'projections',
    'gateway',
    'portal',
  ]);
  await grantAwpAccess(under.platform, 'staff-kap-admin', 'administrator');
  await grantAwpAccess(under.platform, 'staff-kap-responder', 'responder');
  const { requestId } = await under.submitRequest('citizen-dana', {
    holderId: 'kazatomprom',
    subject,
    text: 'Опубликуйте бюджет школ на 2026 год.',
    language: 'ru',
  });
  for (const [account, action, body] of [
    ['staff-kap-admin', 'acceptance', {}],
    ['staff-kap-responder', 'drafts', { text: answerText }],
    ['staff-kap-responder', 'answer', { text: answerText }],
  ] as const) {
    const done = await callApi(under.platform, account, 'POST', `/api/requests/${requestId}/${action}`, { commandId: randomUUID(), ...body });
    if (done.status !== 201) throw new Error(`${action} by ${account}: ${done.status} ${done.text}`);
  }
  demo = await seedDemo({
    apiUrl: under.platform.gatewayUrl,
    identityUrl: under.platform.identityUrl,
    moveClocks: async (offsetMs) => {
      const env = { OD_CLOCK_OFFSET_MS: offsetMs === undefined ? '' : String(offsetMs) };
      await under.platform.restart('conferences', env);
      await under.platform.restart('surveys', env);
    },
  });
});

afterAll(() => under?.stop());

const portalUrl = () => under.platform.portalUrl;
/** Today in Almaty, YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The text of the list item that names `name` (one holder of the list). */
function itemNaming(html: string, name: string): string {
  const item = html.split('<li>').find((part) => part.includes(name));
  if (!item) throw new Error(`no list item names ${name}`);
  return textOf(item.slice(0, item.indexOf('</li>')));
}

function hiddenField(html: string, action: string, name: string): string {
  const form = html.slice(html.indexOf(`action="${action}"`));
  const value = new RegExp(`name="${name}" value="([^"]*)"`).exec(form.slice(0, form.indexOf('</form>')))?.[1];
  if (value === undefined) throw new Error(`no ${name} in the form to ${action}`);
  return value;
}

describe('Public pages: holders, a holder’s blog and statistics, conferences and surveys', () => {
  it('the holders list (Kazakh) shows Kazatomprom with a blog; all holders shows a ministry without one, with kind, state share and its source', async () => {
    const reader = new PortalUser(portalUrl());
    await reader.get('/holders');
    expect(reader.status).toBe(200);
    expect(reader.html).toContain('<html lang="kk"');
    expect(itemNaming(reader.html, '«Қазатомөнеркәсіп» ҰАК АҚ')).toMatch(
      /Блог жүргізеді.*Квазимемлекеттік сектор ұйымы.*Мемлекет үлесі \d+(\.\d+)? %.*дереккөз:.*KK, RU, EN/,
    );
    expect(reader.html).not.toContain('Қаржы министрлігі');

    await reader.get('/holders?blog=all');
    expect(reader.status).toBe(200);
    expect(itemNaming(reader.html, 'Ауыл шаруашылығы министрлігі')).toMatch(/Блогы жоқ.*Мемлекеттік орган.*Мемлекет үлесі көрсетілмеген/);
    expect(reader.html).toContain('href="/holders/kazatomprom"');
    const next = /<a[^>]+href="(\/holders\?[^"]*cursor=[^"]+)"/.exec(reader.html)?.[1].replace(/&amp;/g, '&');
    expect(next).toBeDefined();
    await reader.get(next as string);
    expect(reader.status).toBe(200);
    expect(reader.html).toContain('href="/holders/samruk-kazyna"'); // 30 holders by id, 20 a page: the rest on the next
    expect(reader.html).not.toContain('href="/holders/kazatomprom"');
  });

  it('a holder page shows its first head’s blog without the author, and its statistics for a period to anyone (English); a bad period is named next to its field', async () => {
    const reader = new PortalUser(portalUrl());
    await reader.get(`/holders/kazatomprom?from=${today()}&to=${today()}&lang=en`);
    expect(reader.status).toBe(200);
    const page = textOf(reader.html);
    expect(page).toContain(`Blog of the first head Requests and answers are published without the name of the person who asked. ${subject}`);
    expect(page).toMatch(new RegExp(`Answer of \\d{1,2} \\w+ \\d{4} ${answerText}`));
    expect(page).not.toContain('Dana');
    expect(page).toMatch(/From (\d{1,2} \w+ \d{4}) to \1 Requests received 1 Accepted for consideration 1 .*Answered 1 /);
    await reader.get('/holders/ministry-of-finance');
    expect(textOf(reader.html)).toMatch(/No blog under Order No\. 145 \(.+\)/);
    await reader.get('/holders/no-such-holder');
    expect(reader.status).toBe(404);

    await reader.get('/holders/kazatomprom?from=2025-01-01&to=2025-12-31');
    expect(textOf(reader.html)).toMatch(/From 1 January 2025 to 31 December 2025 Requests received 0 Accepted for consideration 0 /);
    await reader.get('/holders/kazatomprom');
    expect(textOf(reader.html)).toContain('All time Requests received 1 ');
    await reader.get('/holders/kazatomprom?from=2026-06-30&to=2026-01-01');
    expect(reader.html).toContain('govuk-error-summary');
    // The gateway's message for the field, with the rule it broke (isPeriodDay), next to the `to` field.
    expect(reader.html).toMatch(/id="to-error"[^>]*>[\s\S]*?\(isPeriodDay\)/);
    expect(reader.html).toContain('value="2026-06-30"'); // the period asked stays in the form
  });

  it('a citizen asks a question at the open conference through its page (Russian) and sees it; a blank question is refused next to the field', async () => {
    const aigerim = await PortalUser.signedIn(portalUrl(), 'citizen-aigerim', '/conferences?lang=ru');
    expect(aigerim.status).toBe(200);
    expect(aigerim.html).toContain('<html lang="ru"');
    expect(itemNaming(aigerim.html, 'Демо: цены на топливо')).toMatch(/Открыта для вопросов.*АО «НК «КазМунайГаз»/);

    const path = `/conferences/${demo.conferenceId}`;
    await aigerim.get(path);
    expect(textOf(aigerim.html)).toContain('Когда подешевеет бензин АИ-95?'); // the demo's question, answered
    expect(textOf(aigerim.html)).toMatch(/1 вопрос /);

    await aigerim.postForm(`${path}/questions`, { commandId: hiddenField(aigerim.html, `${path}/questions`, 'commandId'), text: '   ' });
    expect(aigerim.status).toBe(400);
    expect(aigerim.html).toContain('govuk-error-summary');
    const fieldError = aigerim.html.slice(aigerim.html.indexOf('id="question-text-error"'));
    expect(fieldError.slice(0, fieldError.indexOf('</p>'))).toContain('(C4)'); // the API's message, with its rule, next to the field

    const question = 'Будут ли скидки на топливо для фермеров весной?';
    await aigerim.get(path);
    await aigerim.postForm(`${path}/questions`, { commandId: hiddenField(aigerim.html, `${path}/questions`, 'commandId'), text: question });
    expect(aigerim.status).toBe(200);
    expect(aigerim.url).toContain(`${path}?asked=1`);
    const page = textOf(aigerim.html);
    expect(page).toContain('Ваш вопрос отправлен.');
    expect(page).toContain(`${question} Ожидает ответа`);
    expect(page).toMatch(/2 вопроса /);

    const anonymous = await new PortalUser(portalUrl()).get(`${path}?lang=ru`);
    expect(textOf(anonymous.html)).toContain(question);
    expect(anonymous.html).not.toContain(`action="${path}/questions"`);
    expect(anonymous.html).toContain('Войдите, чтобы задать вопрос');
  });

  it('a citizen proposes a conference topic from the holder’s page (C5); an empty topic is refused next to its field', async () => {
    const aigerim = await PortalUser.signedIn(portalUrl(), 'citizen-aigerim', '/holders/kazmunaygas?lang=ru');
    const link = '/holders/kazmunaygas/topic-applications/new';
    expect(aigerim.html).toContain(`href="${link}"`);
    await aigerim.get(link);
    expect(aigerim.status).toBe(200);
    const action = '/holders/kazmunaygas/topic-applications';
    const fields = { commandId: hiddenField(aigerim.html, action, 'commandId'), topic: '', text: 'Обсудить цены на бензин в регионах.', language: 'ru' };
    await aigerim.postForm(action, fields);
    expect(aigerim.status).toBe(400);
    expect(aigerim.html).toMatch(/id="topic-error"[^>]*>\s*<span class="govuk-visually-hidden">Ошибка:<\/span>\s*[А-Яа-яЁё][^<]*\(isNotEmpty\)/); // the API's message in Russian, at the field, with its rule
    expect(aigerim.html).toContain('Обсудить цены на бензин в регионах.'); // what the user wrote is kept
    await aigerim.postForm(action, { ...fields, commandId: hiddenField(aigerim.html, action, 'commandId'), topic: 'Цены на топливо' });
    expect(aigerim.status).toBe(200);
    expect(aigerim.url).toBe(`${portalUrl()}/holders/kazmunaygas?applied=1`);
    expect(aigerim.html).toContain('Ваше предложение темы конференции отправлено обладателю.');

    const anonymous = await new PortalUser(portalUrl()).get(link);
    expect(anonymous.url).toContain('/authorize'); // signing in first
  });

  it('a citizen votes in the open survey once (English); a second vote is not counted and the page says why', async () => {
    const aigerim = await PortalUser.signedIn(portalUrl(), 'citizen-aigerim', '/surveys?lang=en');
    expect(aigerim.html).toContain('<html lang="en"');
    expect(itemNaming(aigerim.html, 'Demo: fuel')).toContain('Open for voting');

    const path = `/surveys/${demo.surveyId}`;
    await aigerim.get(path);
    expect(textOf(aigerim.html)).toContain('1 person voted');
    const vote = () =>
      aigerim.postForm(`${path}/ballots`, { commandId: hiddenField(aigerim.html, `${path}/ballots`, 'commandId'), q1: 'q1-o2', q2: ['q2-o2', 'q2-o3'] });
    await vote();
    expect(aigerim.status).toBe(200);
    expect(aigerim.url).toContain(`${path}?voted=1`);
    const page = textOf(aigerim.html);
    expect(page).toContain('Your vote was counted.');
    expect(page).toContain('2 people voted');
    expect(page).toMatch(/Do you own a car\? Option Votes Share Yes 1 50 % No 1 50 %/);

    await aigerim.get(path);
    await vote();
    expect(aigerim.status).toBe(409);
    const refused = textOf(aigerim.html);
    expect(refused).toContain('Your vote was not counted');
    expect(refused).toContain('You have already voted in this survey: each person votes once.');
    expect(refused).toContain('You have already voted in this survey (ballot_already_cast)'); // the API's own message
    expect(refused).toContain('2 people voted');
  });
});
