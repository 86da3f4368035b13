import { addWorkingDays, kzCalendar } from '@od/calendar';
import { randomUUID } from 'node:crypto';
import { callApi, eventually, grantAwpAccess, startFullPlatform, type FullPlatform } from '@od/testing';
import type { Browser, Page } from 'playwright-core';
import { documentScrollWidth, expectNoAxeViolations, launchBrowser, screenshot, signIn } from './browser';
import { PortalUser } from './portal-user';

jest.setTimeout(180_000);

/**
 * Agency templates and the clock views over plain HTTP: the administrator fills Annex 1 and sends it to the
 * operator through the page (C1 refused at the start field when too soon); the information officer's clocks and
 * the ministry's, each with the chart drawn on the server and the same figures as a table. Last, the same pages in
 * Chromium at 320 px, as the administrator, the officer, the ministry and the operator each use them, refusals included:
 * no WCAG 2.1 AA violations (axe) and nothing wider than the screen (issue 12 §3).
 */
let under: FullPlatform;
let requestId: string;

const portalUrl = () => under.platform.portalUrl;
/** An instant as a person types it in Almaty time: "2026-12-14 10:00". */
const almatyTyped = (iso: string) => new Date(Date.parse(iso) + 5 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const fieldError = (html: string, id: string) => new RegExp(`<p id="${id}-error" class="govuk-error-message">([\\s\\S]*?)</p>`).exec(html)?.[1] ?? '';

function annex1(title: string, startsAt: string, endsAt: string): Record<string, string> {
  return {
    commandId: randomUUID(),
    submitCommandId: randomUUID(),
    startsAt: almatyTyped(startsAt),
    endsAt: almatyTyped(endsAt),
    'title-kk': `${title} (kk)`,
    'title-ru': `${title} (ru)`,
    'title-en': title,
    'summary-kk': 'Жаңа тарифтер туралы',
    'summary-ru': 'О новых тарифах',
    'summary-en': 'On the new tariffs',
    'description-kk': 'Компания сұрақтарға жауап береді.',
    'description-ru': 'Компания ответит на вопросы.',
    'description-en': 'The company answers questions.',
    'moderator-surname': 'Серікова',
    'moderator-name': 'Айгүл',
    'moderator-patronymic': '',
    'moderator-iin': '780302300111',
    'moderator-position': 'Бас сарапшы',
    'moderator-email': 'a.serikova@kazatomprom.kz',
    'moderator-phone': '+77011234567',
  };
}

beforeAll(async () => {
  under = await startFullPlatform('agencytemplates', { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'moderation',
    'access',
    'deadlines',
    'conferences',
    'surveys',
    'projections',
    'gateway',
    'portal',
  ]);
  // The access service seeds the holders registry; its read model is folded from those facts a moment later.
  await eventually(
    async () => {
      const holders = await callApi(under.platform, undefined, 'GET', '/api/holders?hasBlog=true');
      return (holders.body.items?.length ?? 0) >= 2 ? true : undefined;
    },
    20_000,
    'the holders registry',
  );
  await grantAwpAccess(under.platform, 'staff-kap-admin', 'administrator');
  await grantAwpAccess(under.platform, 'staff-kap-officer', 'information_officer');
  const request = await under.submitRequest('citizen-aigerim', {
    holderId: 'kazatomprom',
    subject: 'Uranium tariffs in 2026',
    text: 'Please publish the tariffs for 2026.',
    language: 'en',
  });
  requestId = request.requestId;
});

afterAll(() => under?.stop());

describe('Conference templates (Annex 1) through the page', () => {
  let admin: PortalUser;

  beforeAll(async () => {
    admin = await PortalUser.signedIn(portalUrl(), 'staff-kap-admin');
  });

  it('the administrator fills Annex 1 in three languages and sends it: it is listed as waiting for the operator', async () => {
    await admin.get('/agency/conferences/new?lang=en');
    expect(admin.status).toBe(200);
    expect(admin.html).toContain('Internet conference template');
    const startsAt = addWorkingDays(new Date(), 5, kzCalendar).dueAt;
    const endsAt = addWorkingDays(startsAt, 2, kzCalendar).dueAt;
    await admin.postForm('/agency/conferences/new', annex1('Tariffs for 2027', startsAt, endsAt));
    expect(admin.url).toContain('/agency/conferences?done=submitted');
    expect(admin.html).toContain('The conference template was sent to the operator for approval.');
    await eventually(
      async () => {
        await admin.get('/agency/conferences?lang=en');
        return admin.html.includes('Tariffs for 2027') && admin.html.includes('Waiting for the operator') ? true : undefined;
      },
      15_000,
      'the template listed as waiting',
    );
  });

  it('once the operator publishes it, the administrator records its announcement (C3): an address that is no link is refused at its field', async () => {
    const mine = await callApi(under.platform, 'staff-kap-admin', 'GET', '/api/agency/conferences');
    const conferenceId = (mine.body.items as { conferenceId: string; status: string }[]).find((item) => item.status === 'submitted')?.conferenceId;
    expect(conferenceId).toBeDefined();
    const approved = await callApi(under.platform, 'operator-1', 'POST', `/api/conferences/${conferenceId}/approval`, { commandId: randomUUID() });
    expect(approved.status).toBe(201);
    await eventually(
      async () => {
        await admin.get('/agency/conferences?lang=en');
        return admin.html.includes(`action="/agency/conferences/${conferenceId}/announcement"`) ? true : undefined;
      },
      15_000,
      'the announcement form of the published conference',
    );
    const commandId =
      new RegExp(`action="/agency/conferences/${conferenceId}/announcement"[\\s\\S]*?name="commandId" value="([^"]+)"`).exec(admin.html)?.[1] ?? '';
    await admin.postForm(`/agency/conferences/${conferenceId}/announcement`, { commandId, url: 'our site', publishedAt: '' });
    expect(admin.status).toBe(400);
    expect(fieldError(admin.html, `announce-${conferenceId}-url`)).toContain('Must be the http(s) address of the announcement on the agency’s site (matches)');
    expect(admin.html).toContain('value="our site"');
    await admin.postForm(`/agency/conferences/${conferenceId}/announcement`, { commandId, url: 'https://kazatomprom.kz/news/tariffs-2027', publishedAt: '' });
    expect(admin.html).toContain('The announcement was recorded.');
  });

  it('a start less than 3 working days away is refused next to the start field with C1 and the earliest start, the input kept', async () => {
    await admin.get('/agency/conferences/new?lang=en');
    const startsAt = new Date(Date.now() + 26 * 3_600_000).toISOString();
    const endsAt = addWorkingDays(startsAt, 2, kzCalendar).dueAt;
    await admin.postForm('/agency/conferences/new', annex1('Too soon', startsAt, endsAt));
    expect(admin.status).toBe(422);
    const error = fieldError(admin.html, 'startsAt');
    expect(error).toContain('at least 3 working days before the start');
    expect(error).toContain('(Almaty time) at the earliest (C1');
    expect(admin.html).toContain('href="#startsAt"');
    expect(admin.html).toContain(`value="${almatyTyped(startsAt)}"`);
    // The draft is kept: sending again revises it instead of filling another.
    expect(admin.html).toMatch(/name="conferenceId" value="[0-9a-f-]{36}"/);
  });

  it('a template without its Russian title is refused at that field with C2', async () => {
    await admin.get('/agency/conferences/new?lang=en');
    const startsAt = addWorkingDays(new Date(), 5, kzCalendar).dueAt;
    await admin.postForm('/agency/conferences/new', { ...annex1('No Russian', startsAt, addWorkingDays(startsAt, 2, kzCalendar).dueAt), 'title-ru': '' });
    expect(admin.status).toBe(400);
    expect(fieldError(admin.html, 'title-ru')).toContain('(C2');
  });
});

describe('Survey templates (Annex 2) through the page', () => {
  let admin: PortalUser;
  const launch = addWorkingDays(new Date(), 5, kzCalendar).dueAt;
  const launchDate = almatyTyped(launch).slice(0, 10);

  function annex2(name: string, closingDate: string): Record<string, string> {
    return {
      commandId: randomUUID(),
      submitCommandId: randomUUID(),
      category: 'Energy',
      'name-kk': `${name} (kk)`,
      'name-ru': `${name} (ru)`,
      'name-en': name,
      launchDate,
      closingDate,
      resultsVisibility: 'live',
      'question-kind': 'single',
      'question-kk': 'Тарифтер әділ ме?',
      'question-ru': 'Справедливы ли тарифы?',
      'question-en': 'Are the tariffs fair?',
      'option1-kk': 'Иә',
      'option1-ru': 'Да',
      'option1-en': 'Yes',
      'option2-kk': 'Жоқ',
      'option2-ru': 'Нет',
      'option2-en': 'No',
    };
  }

  beforeAll(async () => {
    admin = await PortalUser.signedIn(portalUrl(), 'staff-kap-admin');
  });

  it('the administrator fills Annex 2 and sends it: it is listed as waiting for the operator', async () => {
    await admin.get('/agency/surveys/new?lang=en');
    expect(admin.html).toContain('Survey template');
    await admin.postForm('/agency/surveys/new', annex2('Tariff survey', almatyTyped(addWorkingDays(launch, 12, kzCalendar).dueAt).slice(0, 10)));
    expect(admin.url).toContain('/agency/conferences?done=survey');
    await eventually(
      async () => {
        await admin.get('/agency/conferences?lang=en');
        return admin.html.includes('Tariff survey') ? true : undefined;
      },
      15_000,
      'the survey listed',
    );
  });

  it('a survey shorter than 10 working days is refused at the closing date with C6 and the earliest closing date, the input kept', async () => {
    await admin.get('/agency/surveys/new?lang=en');
    const closingDate = almatyTyped(addWorkingDays(launch, 2, kzCalendar).dueAt).slice(0, 10);
    await admin.postForm('/agency/surveys/new', annex2('Short survey', closingDate));
    expect(admin.status).toBe(422);
    expect(fieldError(admin.html, 'closingDate')).toMatch(/A survey lasts at least 10 working days: launched then, it may close on .+ at the earliest \(C6/);
    expect(admin.html).toContain(`value="${closingDate}"`);
  });
});

describe('The clock views', () => {
  it('the information officer sees the request’s clocks as a chart and as a table, each clock with its due date and who must act', async () => {
    const officer = await PortalUser.signedIn(portalUrl(), 'staff-kap-officer');
    await eventually(
      async () => {
        await officer.get('/agency/clocks?lang=en');
        return officer.html.includes(`/agency/requests/${requestId}`) ? true : undefined;
      },
      20_000,
      'the request’s clocks on the officer’s page',
    );
    expect(officer.status).toBe(200);
    expect(officer.html).toMatch(/<svg class="od-clock-chart"[^>]*aria-hidden="true"/);
    expect(officer.html).toContain('<rect');
    expect(officer.html).toContain('Number of clocks by rule and status');
    expect(officer.html).toMatch(/<th scope="col" class="govuk-table__header govuk-table__header--numeric">Running<\/th>/);
    expect(officer.html).toContain('R3');
    expect(officer.html).toContain('due by the end of');
  });

  it('the ministry lists the clocks of Kazatomprom', async () => {
    const ministry = await PortalUser.signedIn(portalUrl(), 'ministry-1');
    await eventually(
      async () => {
        await ministry.get('/ministry/clocks?holderId=kazatomprom&lang=en');
        return ministry.html.includes(`Request ${requestId.slice(0, 8)}`) ? true : undefined;
      },
      20_000,
      'the request’s clocks on the ministry’s page',
    );
    expect(ministry.html).toContain('Number of clocks by rule and status');
    expect(ministry.html).toMatch(/<option value="kazatomprom" selected/);
    expect(ministry.html).not.toContain(`/agency/requests/${requestId}`);
  });
});

describe('In Chromium at 320 px: every AWP, clock and operator page, refusals included, is accessible and fits the screen', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser?.close());

  /** A person of `account` on a 320 px phone, signed in, reading in `language`. */
  async function phoneOf(account: string, language: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await signIn(page, portalUrl(), account);
    await page.goto(`${portalUrl()}/?lang=${language}`);
    return page;
  }

  async function expectUsable(page: Page, language: string, name: string): Promise<void> {
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    expect(await documentScrollWidth(page)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
    await screenshot(page, `awp-${name}-${language}`);
  }

  /** Fills a template form as a person would: text fields typed, radios chosen (the page's own hidden ids kept). */
  async function fillForm(page: Page, fields: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(fields)) {
      if (name === 'commandId' || name === 'submitCommandId') continue;
      const field = page.locator(`[name="${name}"]`);
      if ((await field.first().getAttribute('type')) === 'radio') await page.locator(`[name="${name}"][value="${value}"]`).check();
      else await field.fill(value);
    }
  }

  /** Sends the page's form with its button and waits for the page the portal answers with (a refusal renders in place). */
  async function send(page: Page): Promise<void> {
    const answered = page.waitForResponse((response) => response.request().method() === 'POST' && response.request().isNavigationRequest());
    await page.locator('main form .govuk-button').click();
    await answered;
    await page.waitForLoadState('load');
  }

  it('kk, the administrator: the queue, the request with its actions, the templates list, and Annex 1 and 2 refused for C1 and C6 with the error at the field', async () => {
    const page = await phoneOf('staff-kap-admin', 'kk');
    for (const [path, name] of [
      ['/agency/requests', 'queue'],
      [`/agency/requests/${requestId}`, 'request'],
      ['/agency/conferences', 'templates'],
    ] as const) {
      await page.goto(`${portalUrl()}${path}`);
      await expectUsable(page, 'kk', name);
    }

    await page.goto(`${portalUrl()}/agency/conferences/new`);
    await expectUsable(page, 'kk', 'conference-new');
    const startsAt = new Date(Date.now() + 26 * 3_600_000).toISOString();
    await fillForm(page, annex1('Тым ерте', startsAt, addWorkingDays(startsAt, 2, kzCalendar).dueAt));
    await send(page);
    expect(await page.locator('#startsAt-error').textContent()).toContain('C1');
    await expectUsable(page, 'kk', 'conference-refused-c1');

    await page.goto(`${portalUrl()}/agency/surveys/new`);
    await expectUsable(page, 'kk', 'survey-new');
    const launch = addWorkingDays(new Date(), 5, kzCalendar).dueAt;
    await fillForm(page, {
      category: 'Энергетика',
      'name-kk': 'Қысқа сауалнама',
      'name-ru': 'Короткий опрос',
      'name-en': 'Short survey',
      launchDate: almatyTyped(launch).slice(0, 10),
      closingDate: almatyTyped(addWorkingDays(launch, 2, kzCalendar).dueAt).slice(0, 10),
      resultsVisibility: 'live',
      'question-kind': 'single',
      'question-kk': 'Тарифтер әділ ме?',
      'question-ru': 'Справедливы ли тарифы?',
      'question-en': 'Are the tariffs fair?',
      'option1-kk': 'Иә',
      'option1-ru': 'Да',
      'option1-en': 'Yes',
      'option2-kk': 'Жоқ',
      'option2-ru': 'Нет',
      'option2-en': 'No',
    });
    await send(page);
    expect(await page.locator('#closingDate-error').textContent()).toContain('C6');
    await expectUsable(page, 'kk', 'survey-refused-c6');
  });

  it('ru, the information officer and the ministry: the clock views with their charts', async () => {
    const officer = await phoneOf('staff-kap-officer', 'ru');
    await officer.goto(`${portalUrl()}/agency/clocks`);
    expect(await officer.locator('svg.od-clock-chart').count()).toBeGreaterThan(0);
    await expectUsable(officer, 'ru', 'officer-clocks');

    const ministry = await phoneOf('ministry-1', 'ru');
    await ministry.goto(`${portalUrl()}/ministry/clocks?holderId=kazatomprom`);
    expect(await ministry.locator('svg.od-clock-chart').count()).toBeGreaterThan(0);
    await expectUsable(ministry, 'ru', 'ministry-clocks');
  });

  it('en, the operator: home, AWP access and the templates waiting for approval', async () => {
    const page = await phoneOf('operator-1', 'en');
    for (const [path, name] of [
      ['/operator', 'operator'],
      ['/operator/awp-access', 'operator-awp-access'],
      ['/operator/templates', 'operator-templates'],
    ] as const) {
      await page.goto(`${portalUrl()}${path}`);
      await expectUsable(page, 'en', name);
    }
  });
});
