import { randomUUID } from 'node:crypto';
import { callApi, grantAwpAccess, seedDemo, startFullPlatform, type FullPlatform, type SeededDemo } from '@od/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { documentScrollWidth, expectNoAxeViolations, launchBrowser, screenshot, signIn } from './browser';

jest.setTimeout(300_000);

/**
 * The public pages in a real browser (Chromium), issue 12 §2 and §3: a request's public page reached from the
 * holder's blog, a conference question asked and seen, a survey ballot cast once and a second one refused with
 * the reason. Kazakh, Russian and English each once; every page reached has no WCAG 2.1 AA violations (axe) and
 * nothing scrolls sideways at 320 px. The answered request, the open conference and the open survey are prepared
 * through the API as public-pages.e2e.spec.ts prepares them (seedDemo, as `npm start -- --demo` does).
 */
let under: FullPlatform;
let demo: SeededDemo;
let browser: Browser;
let requestId: string;
const subject = 'Бюджет школ при рудниках';
const answerText = 'Бюджет опубликован на сайте компании.';

beforeAll(async () => {
  under = await startFullPlatform('publicbrowser', { GATEWAY_RATE_LIMIT: '100000' }, [
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
  ({ requestId } = await under.submitRequest('citizen-dana', {
    holderId: 'kazatomprom',
    subject,
    text: 'Опубликуйте бюджет школ на 2026 год.',
    language: 'ru',
  }));
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
  await waitForTheAnswerOnTheBlog();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await under?.stop();
});

const portalUrl = () => under.platform.portalUrl;

/** The blog is a read model folded a moment after the answer: wait until the gateway shows it answered. */
async function waitForTheAnswerOnTheBlog(): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const blog = (await (await fetch(`${under.platform.gatewayUrl}/api/holders/kazatomprom/blog`)).json()) as {
      items?: { requestId: string; answer: unknown }[];
    };
    if (blog.items?.some((post) => post.requestId === requestId && post.answer)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the answered request never reached the blog');
}

/** A new person at the portal on a 320 px phone: their own cookies; the language chosen on the first page. */
async function phoneVisitor(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  return { context, page: await context.newPage() };
}

/** What every page reached must be: in the language chosen, accessible, and no wider than a 320 px screen. */
async function expectUsable(page: Page, language: string): Promise<void> {
  expect(await page.getAttribute('html', 'lang')).toBe(language);
  expect(await documentScrollWidth(page)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
}

const mainText = async (page: Page) => ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

describe('The public pages in a real browser (Chromium): a request’s public page, a conference question, a survey ballot', () => {
  it('kk: from the holders list to Kazatomprom’s blog and the answered request’s own page, which never names who asked', async () => {
    const { context, page } = await phoneVisitor();
    await page.goto(`${portalUrl()}/holders?lang=kk`);
    await expectUsable(page, 'kk');
    await page.locator('main a[href="/holders/kazatomprom"]').first().click();
    await page.waitForURL((url) => url.pathname === '/holders/kazatomprom');
    await expectUsable(page, 'kk');

    await page.getByRole('link', { name: subject }).click();
    await page.waitForURL((url) => url.pathname === `/holders/kazatomprom/blog/${requestId}`);
    await expectUsable(page, 'kk');
    expect(await page.locator('h1').textContent()).toContain(subject);
    const text = await mainText(page);
    expect(text).toContain('Опубликуйте бюджет школ на 2026 год.');
    expect(text).toContain(answerText);
    // Submitted, accepted and answered, each with its date in Kazakh ("2026 ж. 3 желтоқсан").
    expect(text).toMatch(/Жіберілді \d{4} ж\. \d{1,2} \S+ Қарауға қабылданды \d{4} ж\. \d{1,2} \S+ Жауап берілді \d{4} ж\. \d{1,2} \S+ Сауал/);
    expect(text).not.toMatch(/Dana|Дана|citizen-dana/); // the author is never shown
    await screenshot(page, 'public-request-320-kk');

    const unknown = await page.goto(`${portalUrl()}/holders/kazatomprom/blog/${randomUUID()}`);
    expect(unknown?.status()).toBe(404);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await mainText(page)).not.toContain(subject);
    await context.close();
  });

  it('ru: a signed-in citizen asks a question at the open conference and sees it awaiting its answer', async () => {
    const { context, page } = await phoneVisitor();
    await page.goto(`${portalUrl()}/conferences?lang=ru`);
    await expectUsable(page, 'ru');
    await signIn(page, portalUrl(), 'citizen-aigerim');
    const path = `/conferences/${demo.conferenceId}`;
    await page.goto(`${portalUrl()}${path}`);
    await expectUsable(page, 'ru');
    expect(await mainText(page)).toContain('1 вопрос ');

    const question = 'Будут ли скидки на топливо для фермеров весной?';
    await page.getByLabel('Ваш вопрос').fill(question);
    await page.getByRole('button', { name: 'Отправить вопрос' }).click();
    await page.waitForURL((url) => url.pathname === path && url.searchParams.get('asked') === '1');
    await expectUsable(page, 'ru');
    const text = await mainText(page);
    expect(text).toContain('Ваш вопрос отправлен.');
    expect(text).toContain(`${question} Ожидает ответа`);
    expect(text).toContain('2 вопроса ');
    await context.close();
  });

  it('en: a signed-in citizen votes in the open survey once; a second try is not counted and says why', async () => {
    const { context, page } = await phoneVisitor();
    await page.goto(`${portalUrl()}/surveys?lang=en`);
    await expectUsable(page, 'en');
    await signIn(page, portalUrl(), 'citizen-aigerim');
    const path = `/surveys/${demo.surveyId}`;
    const vote = async () => {
      await page.goto(`${portalUrl()}${path}`);
      await expectUsable(page, 'en');
      await page.locator('input[name="q1"][value="q1-o2"]').check();
      await page.locator('input[name="q2"][value="q2-o2"]').check();
      await page.getByRole('button', { name: 'Send my vote' }).click();
      await page.waitForLoadState('load');
    };

    await vote();
    await page.waitForURL((url) => url.pathname === path && url.searchParams.get('voted') === '1');
    await expectUsable(page, 'en');
    expect(await mainText(page)).toContain('Your vote was counted.');
    expect(await mainText(page)).toContain('2 people voted');

    await vote();
    await page.waitForURL((url) => url.pathname === `${path}/ballots`);
    await expectUsable(page, 'en');
    const refused = await mainText(page);
    expect(refused).toContain('Your vote was not counted');
    expect(refused).toContain('You have already voted in this survey: each person votes once.');
    expect(refused).toContain('2 people voted');
    await context.close();
  });

  it('kk: a citizen’s own pages — her requests, her notices, and the form to propose a conference topic (C5) with its refusal at the field', async () => {
    const { context, page } = await phoneVisitor();
    await page.goto(`${portalUrl()}/?lang=kk`);
    await signIn(page, portalUrl(), 'citizen-dana');
    for (const path of ['/requests', '/notices', `/holders/${demo.holderId}/topic-applications/new`]) {
      await page.goto(`${portalUrl()}${path}`);
      await expectUsable(page, 'kk');
    }
    expect(await mainText(page)).not.toContain('citizen-dana');
    const refused = page.waitForResponse((response) => response.request().method() === 'POST' && response.request().isNavigationRequest());
    await page.locator('main form .govuk-button').click();
    expect((await refused).status()).toBe(400);
    await page.waitForLoadState('load');
    expect(await page.locator('.govuk-error-summary').count()).toBe(1);
    await expectUsable(page, 'kk');
    await page.goto(`${portalUrl()}/requests`);
    expect(await mainText(page)).toContain(subject);
    await screenshot(page, 'citizen-requests-320-kk');
    await context.close();
  });

  it.each(['kk', 'ru', 'en'])('%s: screenshots of the holders, the conference and the survey, each accessible and fitting 320 px', async (language) => {
    for (const width of [1280, 320]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const [name, path] of [
        ['holders', '/holders'],
        ['conference', `/conferences/${demo.conferenceId}`],
        ['survey', `/surveys/${demo.surveyId}`],
      ]) {
        await page.goto(`${portalUrl()}${path}?lang=${language}`);
        expect(await page.getAttribute('html', 'lang')).toBe(language);
        expect(await documentScrollWidth(page)).toBeLessThanOrEqual(width);
        // axe's WCAG rules do not change with the width: once, at 320 px, where a page is likeliest to break.
        if (width === 320) await expectNoAxeViolations(page);
        await screenshot(page, `public-${name}-${width === 320 ? '320-' : ''}${language}`);
      }
      await context.close();
    }
  });
});
