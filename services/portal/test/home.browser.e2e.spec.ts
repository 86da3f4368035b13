import { createTestDatabase, startPlatform, testBusNames, type PlatformUnderTest, type TestDatabase } from '@od/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { documentScrollWidth, expectNoAxeViolations, launchBrowser, screenshot, signIn } from './browser';

jest.setTimeout(180_000);

const bus = testBusNames('portalbrowser');
let database: TestDatabase;
let platform: PlatformUnderTest;
let browser: Browser;

beforeAll(async () => {
  database = await createTestDatabase('portalbrowser');
  platform = await startPlatform({ databaseUrl: database.url, ...bus, services: ['identity-dev', 'relay', 'access', 'projections', 'gateway', 'portal'] });
  // The access service seeds the holders registry; its read model is folded from those facts a moment later.
  for (let tries = 0; tries < 100; tries++) {
    const holders = (await (await fetch(`${platform.gatewayUrl}/api/holders?hasBlog=true`)).json()) as { items?: unknown[] };
    if ((holders.items?.length ?? 0) >= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await database?.drop();
});

/** A new person at the portal: their own cookies, the given screen width. */
async function visitor(width: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 640 : 800 } });
  return { context, page: await context.newPage() };
}

const LANGUAGES = [
  { language: 'kk', signIn: 'Кіру', holder: '«Қазатомөнеркәсіп» ҰАК АҚ', signedIn: 'Aigerim (citizen)' },
  { language: 'ru', signIn: 'Войти', holder: 'АО «НАК «Казатомпром»', signedIn: 'Aigerim (citizen)' },
  { language: 'en', signIn: 'Sign in', holder: 'Kazatomprom', signedIn: 'Signed in as Aigerim (citizen)' },
] as const;

describe('The home page and signing in, in a real browser (Chromium), in Kazakh, Russian and English', () => {
  it.each(LANGUAGES)('$language: the home page and the account page have no WCAG 2.1 AA violations, and signing in comes back signed in', async (expected) => {
    const { context, page } = await visitor(1280);
    await page.goto(`${platform.portalUrl}/?lang=${expected.language}`);
    expect(await page.getAttribute('html', 'lang')).toBe(expected.language);
    await expect(page.locator('main').textContent()).resolves.toContain(expected.holder);
    await expectNoAxeViolations(page);
    await screenshot(page, `home-${expected.language}`, { fullPage: false });

    await page.getByRole('link', { name: expected.signIn, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/authorize');
    await expectNoAxeViolations(page);
    await page.locator('button[name="account"][value="citizen-aigerim"]').click();
    await page.waitForURL((url) => url.href.startsWith(platform.portalUrl));
    expect(await page.getAttribute('html', 'lang')).toBe(expected.language);
    await expect(page.locator('header').textContent()).resolves.toContain(expected.signedIn);
    expect(await page.locator('a[href="/requests"]').count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, `home-signed-in-${expected.language}`);
    await context.close();
  });

  it.each(LANGUAGES)('$language: at 320 px nothing scrolls sideways, signed out and signed in', async ({ language }) => {
    const { context, page } = await visitor(320);
    await page.goto(`${platform.portalUrl}/?lang=${language}`);
    expect(await documentScrollWidth(page)).toBeLessThanOrEqual(320);
    // axe's WCAG rules do not change with the width: the same page was checked at 1280 px above.
    await screenshot(page, `home-320-${language}`);
    await signIn(page, platform.portalUrl, 'staff-kap-responder');
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    expect(await documentScrollWidth(page)).toBeLessThanOrEqual(320);
    await screenshot(page, `home-320-signed-in-${language}`);
    await context.close();
  });

  it.each(LANGUAGES)('$language: keyboard only — Tab to “Sign in”, Enter, pick an account with the keyboard, back signed in', async (expected) => {
    const { context, page } = await visitor(1280);
    await page.goto(`${platform.portalUrl}/?lang=${expected.language}`);
    await tabUntil(page, (focused) => focused.tag === 'A' && focused.text === expected.signIn);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/authorize');
    await tabUntil(page, (focused) => focused.tag === 'BUTTON' && focused.value === 'citizen-aigerim');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href.startsWith(platform.portalUrl));
    await expect(page.locator('header').textContent()).resolves.toContain(expected.signedIn);
    await context.close();
  });
});

interface Focused {
  readonly tag: string;
  readonly text: string;
  readonly value: string;
}

/** Presses Tab (at most 40 times) until the focused element is the one wanted; fails naming where focus went. */
async function tabUntil(page: Page, wanted: (focused: Focused) => boolean): Promise<void> {
  const visited: string[] = [];
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    // An expression, not a function: the workspace's TypeScript has no DOM types.
    const focused = (await page.evaluate(
      '({ tag: document.activeElement?.tagName ?? "", text: (document.activeElement?.textContent ?? "").trim(), value: document.activeElement?.getAttribute("value") ?? "" })',
    )) as Focused;
    if (wanted(focused)) return;
    visited.push(`${focused.tag} "${focused.text.slice(0, 30)}"`);
  }
  throw new Error(`Tab never reached the element; focus went to: ${visited.join(', ')}`);
}
