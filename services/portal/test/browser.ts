import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium: `npx playwright install` cannot download here, so the test script installs the system package. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Without the background-networking flags Chromium opens many connections of its own, which the closed
 * network refuses; --no-sandbox because the tests may run as root. Playwright's `launch` gives every browser
 * a fresh, throw-away --user-data-dir (removed on close), so no test sees another's cookies or cache.
 */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOTS = path.join(__dirname, 'screenshots');

/** WCAG 2.1 AA, as issue 12 asks: every page reached in a flow has zero violations of these. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's package (\`apt-get install -y chromium\`); \`npm test\` does it when run as root.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/**
 * Signs in as a development account (e.g. `citizen-aigerim`) as a person would: the portal's sign-in address,
 * the development identity provider's account page, the account's button, and back on the portal.
 */
export async function signIn(page: Page, portalUrl: string, account: string): Promise<void> {
  await page.goto(`${portalUrl}/auth/sign-in`);
  await page.locator(`button[name="account"][value="${account}"]`).click();
  await page.waitForURL((url) => url.href.startsWith(portalUrl));
}

/** Fails listing every WCAG 2.1 AA violation axe-core finds on the page as it is now: rule, impact, help and the elements. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  if (violations.length === 0) return;
  const listed = violations.map(
    (violation) =>
      `- ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help} ${violation.helpUrl}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n/g, ' ') ?? ''}`).join('\n'),
  );
  throw new Error(`${violations.length} WCAG 2.1 AA violation(s) on ${page.url()}:\n${listed.join('\n')}`);
}

/** Saves what the page looks like to test/screenshots/<name>.png (gitignored) and returns the file's path. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

/** The document's width as laid out: no wider than the viewport when nothing scrolls sideways. */
export async function documentScrollWidth(page: Page): Promise<number> {
  // An expression, not a function: the workspace's TypeScript has no DOM types.
  return Number(await page.evaluate('document.documentElement.scrollWidth'));
}
