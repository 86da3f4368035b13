import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { privateKeyPem } from '@od/signatures/testing';
import { callApi, eventually, grantAwpAccess, startFullPlatform, type FullPlatform } from '@od/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { documentScrollWidth, expectNoAxeViolations, launchBrowser, screenshot, signIn } from './browser';

jest.setTimeout(300_000);

/**
 * A request's whole life in Chromium (issue 12 §3), once in each language: a citizen chooses the language with the
 * switcher, signs in, signs and sends a request with her development key file; the administrator accepts it and the
 * responder answers it in the AWP pages; she reads the answer and dislikes it with a reason. Every page reached has
 * no WCAG 2.1 AA violations and does not scroll sideways at 320 px.
 */
let under: FullPlatform;
let browser: Browser;
let keyFiles: string;

const portalUrl = () => under.platform.portalUrl;
const REQUEST_PAGE = /\/requests\/([0-9a-f-]{36})(\?.*)?$/;

/** The development CA's files for an account, as `npm start` writes them: `<account>.key.pem` and `<account>.cert.pem`. */
const filesOf = (account: string) => [path.join(keyFiles, `${account}.key.pem`), path.join(keyFiles, `${account}.cert.pem`)];

beforeAll(async () => {
  under = await startFullPlatform('portallifecycle', { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'moderation',
    'response',
    'access',
    'deadlines',
    'projections',
    'gateway',
    'portal',
  ]);
  keyFiles = await mkdtemp(path.join(tmpdir(), 'od-portal-keys-'));
  const user = await under.signers.certificateOf('citizen-aigerim');
  await writeFile(path.join(keyFiles, 'citizen-aigerim.key.pem'), await privateKeyPem(user.keys));
  await writeFile(path.join(keyFiles, 'citizen-aigerim.cert.pem'), user.certificate.toString('pem'));
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
  await grantAwpAccess(under.platform, 'staff-kap-responder', 'responder');
  await grantAwpAccess(under.platform, 'staff-kmg-admin', 'administrator');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await under?.stop();
  if (keyFiles) await rm(keyFiles, { recursive: true, force: true });
});

/** A person at the portal: cookies of their own, a desktop screen. */
async function person(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  return { context, page: await context.newPage() };
}

/**
 * What every page reached must be: no WCAG 2.1 AA violations at the desktop width, and at 320 px nothing scrolls
 * sideways. Saves the page as test/screenshots/<name>.png when named.
 */
async function expectUsable(page: Page, name?: string): Promise<void> {
  await expectNoAxeViolations(page);
  if (name) await screenshot(page, name);
  const desktop = page.viewportSize() ?? { width: 1024, height: 900 };
  await page.setViewportSize({ width: 320, height: 640 });
  const width = await documentScrollWidth(page);
  if (width > 320) throw new Error(`${page.url()} is ${width} px wide at a 320 px screen: it scrolls sideways`);
  await page.setViewportSize(desktop);
}

/** Clicks the button of the form posting to an address ending in `action` and waits for the page it leads to. */
async function send(page: Page, action: string, thenAt: (url: URL) => boolean): Promise<void> {
  await Promise.all([page.waitForURL(thenAt), page.locator(`form[action$="${action}"] button[type="submit"]`).click()]);
  await page.waitForLoadState();
}

/** Opens `address` until it answers 200 (a read model a moment behind the command). */
async function openWhenThere(page: Page, address: string, ready: (page: Page) => Promise<boolean> = async () => true): Promise<void> {
  await eventually(
    async () => {
      const response = await page.goto(`${portalUrl()}${address}`);
      return response?.status() === 200 && (await ready(page)) ? true : undefined;
    },
    30_000,
    address,
  );
}

/** Signs in as `account` in the given language: `?lang=` chooses it, the portal remembers it in a cookie. */
async function staff(account: string, language: string): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await person();
  await page.goto(`${portalUrl()}/?lang=${language}`);
  await signIn(page, portalUrl(), account);
  expect(await page.getAttribute('html', 'lang')).toBe(language);
  return { context, page };
}

const LANGUAGES = [
  {
    language: 'kk',
    subject: 'Уран экспорты 2026',
    text: '2026 жылғы уран экспортының көлемін жариялаңыз.',
    answer: 'Экспорт көлемі жылдық есептің 12-бетінде.',
    dislike: 'Жауапта сандар жоқ.',
    disliked: 'Жауапқа берген бағаңыз: «Ұнамайды».',
  },
  {
    language: 'ru',
    subject: 'Экспорт урана в 2026 году',
    text: 'Опубликуйте объём экспорта урана за 2026 год.',
    answer: 'Объём экспорта — в годовом отчёте, с. 12.',
    dislike: 'В ответе нет цифр.',
    disliked: 'Ваша оценка ответа: «Не нравится».',
  },
  {
    language: 'en',
    subject: 'Uranium exports in 2026',
    text: 'Please publish the uranium exports for 2026.',
    answer: 'Exports are in the annual report, p. 12.',
    dislike: 'The answer has no figures.',
    disliked: 'You rated the answer: Dislike.',
  },
] as const;

/** The request sent in each language, for the test of another holder's staff. */
const sent: string[] = [];

describe('A request’s whole life in Chromium, in each language, accessible', () => {
  it.each(LANGUAGES)(
    '$language: signed in with the language switcher, a signed request is accepted and answered in the AWP, and the citizen dislikes the answer with a reason',
    async (expected) => {
      const { language } = expected;
      const citizen = await person();
      const page = citizen.page;

      // The language chosen with the switcher in the header, remembered through signing in.
      await page.goto(`${portalUrl()}/`);
      const switchTo = page.locator(`header a[hreflang="${language}"]`);
      // The choice is remembered in a cookie and the page comes back at its address without `?lang=`.
      if ((await switchTo.count()) > 0) await switchTo.click();
      await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      // The home page and the sign-in pages are checked with axe in each language by home.browser.e2e (the home page at 320 px too).
      await page.locator('header a.od-header__sign-in').click();
      await page.waitForURL((url) => url.pathname === '/authorize');
      await page.locator('button[name="account"][value="citizen-aigerim"]').click();
      await page.waitForURL((url) => url.href.startsWith(portalUrl()));
      expect(await page.getAttribute('html', 'lang')).toBe(language);

      // The request form, signed in the browser with her key file.
      await page.goto(`${portalUrl()}/requests/new?holderId=kazatomprom`);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      await page.locator('#subject').fill(expected.subject);
      await page.locator('#text').fill(expected.text);
      await page.locator(`input[name="language"][value="${language}"]`).check();
      await page.setInputFiles('#keyFile', filesOf('citizen-aigerim'));
      await expectUsable(page, `lifecycle-request-form-${language}`);
      await send(page, '/requests/new', (url) => REQUEST_PAGE.test(url.pathname));
      const requestId = REQUEST_PAGE.exec(page.url())?.[1] ?? '';
      sent.push(requestId);
      await expect(page.locator('h1').textContent()).resolves.toContain(expected.subject);
      await expectUsable(page, `lifecycle-my-request-sent-${language}`);

      // The administrator accepts it on the AWP page.
      const admin = await staff('staff-kap-admin', language);
      await openWhenThere(admin.page, `/agency/requests/${requestId}`, async (at) => (await at.locator('form[action$="/accept"]').count()) === 1);
      await expect(admin.page.locator('main').textContent()).resolves.toContain(expected.text);
      await expectUsable(admin.page, `lifecycle-agency-request-${language}`);
      await send(admin.page, '/accept', (url) => url.searchParams.get('done') === 'accept');
      expect(await admin.page.locator('.govuk-notification-banner--success').count()).toBe(1);
      await admin.context.close();

      // The responder answers it there.
      const responder = await staff('staff-kap-responder', language);
      await openWhenThere(responder.page, `/agency/requests/${requestId}`, async (at) => (await at.locator('form[action$="/answer"]').count()) === 1);
      await expectUsable(responder.page);
      await responder.page.locator('#answer-text').fill(expected.answer);
      await send(responder.page, '/answer', (url) => url.searchParams.get('done') === 'answer');
      // The page waits a bounded while for the read models; on a busy machine they may come a moment later still.
      await eventually(
        async () =>
          ((await responder.page.locator('main').textContent()) ?? '').includes(expected.answer) ? true : (await responder.page.reload(), undefined),
        30_000,
        'the answer on the AWP page',
      );
      await expectUsable(responder.page, `lifecycle-agency-request-answered-${language}`);
      await responder.context.close();

      // The citizen reads the answer on her request's page and dislikes it, with a reason.
      await openWhenThere(page, `/requests/${requestId}`, async (at) => (await at.locator('form[action$="/rating"]').count()) === 1);
      await expect(page.locator('main').textContent()).resolves.toContain(expected.answer);
      await expectUsable(page, `lifecycle-my-request-answered-${language}`);
      await page.locator('input[name="rating"][value="dislike"]').check();
      await page.locator('#reason').fill(expected.dislike);
      await send(page, '/rating', (url) => REQUEST_PAGE.test(url.pathname));
      await eventually(
        async () => ((await page.locator('form[action$="/rating"]').count()) === 0 ? true : (await page.reload(), undefined)),
        20_000,
        'the rating on the request page',
      );
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain(expected.disliked);
      expect(main).toContain(expected.dislike);
      expect(main).toContain(expected.answer);
      await expectUsable(page, `lifecycle-my-request-rated-${language}`);
      await citizen.context.close();

      const recorded = await callApi(under.platform, 'citizen-aigerim', 'GET', `/api/requests/${requestId}`);
      expect(recorded.body).toEqual(
        expect.objectContaining({ status: 'answered', rating: expect.objectContaining({ rating: 'dislike', reason: expected.dislike }) }),
      );
    },
  );

  it('keyboard only: the request form filled, the key file chosen and the request sent with Tab, typing, arrows, Space and Enter', async () => {
    const { context, page } = await person();
    await page.goto(`${portalUrl()}/?lang=en`);
    await signIn(page, portalUrl(), 'citizen-aigerim');
    await page.goto(`${portalUrl()}/requests/new?holderId=kazatomprom`);

    await tabUntil(page, (focused) => focused.id === 'holderId');
    expect(await page.locator('#holderId').inputValue()).toBe('kazatomprom');
    await tabUntil(page, (focused) => focused.id === 'subject');
    await page.keyboard.type('Typed with the keyboard');
    await tabUntil(page, (focused) => focused.id === 'text');
    await page.keyboard.type('Please publish the board minutes of 2026.');
    await tabUntil(page, (focused) => focused.name === 'language');
    // In a group of radios the arrows move the choice; Space chooses the focused one.
    for (let presses = 0; presses < 3 && (await focusedElement(page)).value !== 'ru'; presses++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    expect(await page.locator('input[name="language"][value="ru"]').isChecked()).toBe(true);
    await tabUntil(page, (focused) => focused.id === 'keyFile');
    // Space on the focused file input opens the system's file chooser (an OS dialog): Playwright answers it.
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await chooser).setFiles(filesOf('citizen-aigerim'));
    await tabUntil(page, (focused) => focused.tag === 'BUTTON');
    await Promise.all([page.waitForURL((url) => REQUEST_PAGE.test(url.pathname)), page.keyboard.press('Enter')]);

    const requestId = REQUEST_PAGE.exec(page.url())?.[1] ?? '';
    await expect(page.locator('h1').textContent()).resolves.toContain('Typed with the keyboard');
    const recorded = await callApi(under.platform, 'citizen-aigerim', 'GET', `/api/requests/${requestId}`);
    expect(recorded.body).toEqual(
      expect.objectContaining({
        subject: 'Typed with the keyboard',
        text: 'Please publish the board minutes of 2026.',
        language: 'ru',
        holderId: 'kazatomprom',
      }),
    );
    await context.close();
  });

  it('staff of another holder (staff-kmg-admin) opening the request’s AWP address get the 404 page, without the request', async () => {
    expect(sent.length).toBeGreaterThan(0);
    const { context, page } = await staff('staff-kmg-admin', 'en');
    const response = await page.goto(`${portalUrl()}/agency/requests/${sent[0]}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('Page not found');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toContain(LANGUAGES[0].subject);
    expect(main).not.toContain(LANGUAGES[0].text);
    await expectUsable(page, 'lifecycle-agency-request-other-holder-en');
    await context.close();
  });
});

interface Focused {
  readonly tag: string;
  readonly id: string;
  readonly name: string;
  readonly value: string;
}

async function focusedElement(page: Page): Promise<Focused> {
  // An expression, not a function: the workspace's TypeScript has no DOM types.
  return (await page.evaluate(
    '(() => { const at = document.activeElement; return { tag: at?.tagName ?? "", id: at?.id ?? "", name: at?.getAttribute("name") ?? "", value: at?.getAttribute("value") ?? "" }; })()',
  )) as Focused;
}

/** Presses Tab (at most 60 times) until the focused element is the one wanted; fails naming where focus went. */
async function tabUntil(page: Page, wanted: (focused: Focused) => boolean): Promise<void> {
  const visited: string[] = [];
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    if (wanted(focused)) return;
    visited.push(`${focused.tag}#${focused.id}[${focused.name}]`);
  }
  throw new Error(`Tab never reached the element; focus went to: ${visited.join(', ')}`);
}
