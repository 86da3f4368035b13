import { createHash } from 'node:crypto';
import { callApi, eventually, grantAwpAccess, startFullPlatform, type FullPlatform } from '@od/testing';
import type { Browser, Page } from 'playwright-core';
import { documentScrollWidth, expectNoAxeViolations, launchBrowser, screenshot, signIn } from './browser';
import { PortalUser } from './portal-user';

jest.setTimeout(240_000);

/**
 * The annual report's pages (issue 12 §2, issue 13 §3) over plain HTTP: the ministry makes this year's report
 * through the form, follows it to published and downloads its CSV and English HTML through the portal (the HTML
 * under its own strict CSP); a period ending before it starts is refused at the `to` field in Russian; Kazatomprom's
 * information officer makes Kazatomprom's; a citizen gets the page that is not for her. Last, the form and the
 * published report in Chromium at 320 px: no WCAG 2.1 AA violations, nothing wider than the screen.
 */
let under: FullPlatform;
const portalUrl = () => under.platform.portalUrl;
const year = new Date(Date.now() + 5 * 3_600_000).getUTCFullYear();
const thisYear = { from: `${year}-01-01`, to: `${year}-12-31` };
const REPORT_PAGE = /\/reports\/([0-9a-f-]{36})$/;
const fieldError = (html: string, id: string) => new RegExp(`<p id="${id}-error" class="govuk-error-message">([\\s\\S]*?)</p>`).exec(html)?.[1] ?? '';
const hiddenCommandId = (html: string) => /name="commandId" value="([^"]+)"/.exec(html)?.[1] ?? '';
const REPORT_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

beforeAll(async () => {
  under = await startFullPlatform('reportpages', { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'access',
    'projections',
    'reporting',
    'gateway',
    'portal',
  ]);
  await eventually(
    async () => {
      const holders = await callApi(under.platform, undefined, 'GET', '/api/holders?limit=100');
      return (holders.body.items?.length ?? 0) >= 2 ? true : undefined;
    },
    20_000,
    'the holders registry',
  );
  await grantAwpAccess(under.platform, 'staff-kap-officer', 'information_officer');
  await under.submitRequest('citizen-aigerim', { holderId: 'kazatomprom', subject: 'Budget 2026', text: 'Please publish the budget.', language: 'en' });
});

afterAll(() => under?.stop());

/** Checks the report's page again, as its "Check again" link does, until it says published; the report's id. */
async function followToPublished(user: PortalUser): Promise<string> {
  const reportId = REPORT_PAGE.exec(user.url)?.[1] ?? '';
  expect(reportId).not.toBe('');
  await eventually(
    async () => {
      await user.get(`/reports/${reportId}`);
      expect(user.status).toBe(200);
      expect(user.html).not.toContain('The report could not be made');
      return user.html.includes('The report is published.') ? true : undefined;
    },
    90_000,
    `report ${reportId} published`,
  );
  return reportId;
}

describe('The annual report through the portal', () => {
  let ministryReportId: string;

  it('the ministry makes this year’s report for every holder, follows it to published and downloads its CSV and English HTML', async () => {
    const ministry = await PortalUser.signedIn(portalUrl(), 'ministry-1');
    await ministry.get('/reports/new?lang=en');
    expect(ministry.status).toBe(200);
    expect(ministry.html).toContain('href="/reports/new"');
    expect(ministry.html).toContain('The period is when things happened');
    expect(ministry.html).toContain('The as-of is what the store knew at that instant');
    expect(ministry.html).toContain('<option value="kazatomprom">');
    const commandId = hiddenCommandId(ministry.html);

    await ministry.postForm('/reports/new', { commandId, ...thisYear, asOf: '', holderIds: '' });
    expect(ministry.url).toMatch(REPORT_PAGE);
    ministryReportId = await followToPublished(ministry);
    expect(ministryReportId).toBe(commandId);
    expect(ministry.html).toContain('All holders');
    expect(ministry.html).toContain(`1 January ${year} to 31 December ${year}`);
    expect(ministry.html).not.toMatch(/http-equiv="refresh"/i);
    const reportPageHtml = ministry.html;
    for (const file of ['report.kk.html', 'report.ru.html', 'report.en.html', 'report.csv', 'report.json'])
      expect(ministry.html).toContain(`href="/reports/${ministryReportId}/files/${file}"`);

    // The same form sent again (the same command id) is the same report, not a second one.
    await ministry.get('/reports/new');
    await ministry.postForm('/reports/new', { commandId, ...thisYear, asOf: '', holderIds: '' });
    expect(REPORT_PAGE.exec(ministry.url)?.[1]).toBe(ministryReportId);

    // The page shows the SHA-256 of the JSON the portal hands out.
    await ministry.get(`/reports/${ministryReportId}/files/report.json`);
    expect(ministry.headers.get('content-type')).toMatch(/^application\/json/);
    expect(ministry.headers.get('content-disposition')).toBe(`attachment; filename="report-${ministryReportId}.json"`);
    const sha256 = createHash('sha256').update(ministry.html, 'utf8').digest('hex');
    expect(reportPageHtml).toContain(sha256);

    await ministry.get(`/reports/${ministryReportId}/files/report.csv`);
    expect(ministry.status).toBe(200);
    expect(ministry.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(ministry.headers.get('content-disposition')).toBe(`attachment; filename="report-${ministryReportId}.csv"`);
    expect(ministry.html.split('\n').some((line) => line.startsWith('kazatomprom,'))).toBe(true);

    await ministry.get(`/reports/${ministryReportId}/files/report.en.html`);
    expect(ministry.status).toBe(200);
    expect(ministry.headers.get('content-type')).toMatch(/^text\/html/);
    expect(ministry.headers.get('content-disposition')).toMatch(/^inline/);
    expect(ministry.headers.get('content-security-policy')).toBe(REPORT_HTML_CSP);
    expect(ministry.html).toContain('<html lang="en">');

    await ministry.get(`/reports/${ministryReportId}/files/report.exe`);
    expect(ministry.status).toBe(404);
  });

  it('a period that ends before it starts is refused at the `to` field, in Russian with the rule, and the form keeps what was typed', async () => {
    const ministry = await PortalUser.signedIn(portalUrl(), 'ministry-1');
    await ministry.get('/reports/new?lang=ru');
    await ministry.postForm('/reports/new', { commandId: hiddenCommandId(ministry.html), from: `${year}-12-31`, to: `${year}-01-01`, asOf: '', holderIds: '' });
    expect(ministry.status).toBe(400);
    const error = fieldError(ministry.html, 'to');
    expect(error).toContain('Конец периода не может быть раньше его начала');
    expect(error).toContain('period_invalid');
    expect(ministry.html).toContain('href="#to"');
    expect(ministry.html).toContain(`value="${year}-12-31"`);
  });

  it('B4: Kazatomprom’s information officer makes Kazatomprom’s report, shown their holder rather than a choice', async () => {
    const officer = await PortalUser.signedIn(portalUrl(), 'staff-kap-officer');
    await officer.get('/reports/new?lang=en');
    expect(officer.status).toBe(200);
    expect(officer.html).not.toContain('<select');
    expect(officer.html).toMatch(/Kazatomprom/i);
    await officer.postForm('/reports/new', { commandId: hiddenCommandId(officer.html), ...thisYear, asOf: '' });
    const reportId = await followToPublished(officer);
    expect(officer.html).toMatch(/Kazatomprom/i);
    expect(officer.html).not.toContain('All holders');
    await officer.get(`/reports/${reportId}/files/report.json`);
    expect(officer.headers.get('content-disposition')).toBe(`attachment; filename="report-${reportId}.json"`);
    expect((JSON.parse(officer.html) as { holders: { holderId: string }[] }).holders.map((holder) => holder.holderId)).toEqual(['kazatomprom']);

    // The ministry's report is not the officer's to read.
    await officer.get(`/reports/${ministryReportId}`);
    expect(officer.status).toBe(403);
  });

  it('a citizen gets the page that is not for her account', async () => {
    const citizen = await PortalUser.signedIn(portalUrl(), 'citizen-aigerim');
    await citizen.get('/reports/new?lang=en');
    expect(citizen.status).toBe(403);
    expect(citizen.html).toContain('This page is not for your account');
    expect(citizen.html).not.toContain('href="/reports/new"');
  });

  describe('In Chromium at 320 px', () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await launchBrowser();
    });

    afterAll(() => browser?.close());

    async function expectUsable(page: Page, language: string, name: string): Promise<void> {
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      expect(await documentScrollWidth(page)).toBeLessThanOrEqual(320);
      await expectNoAxeViolations(page);
      await screenshot(page, `report-${name}-${language}`);
    }

    it('the ministry’s form (refused at its field, in Russian) and the published report (in Kazakh) are accessible and fit the screen', async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await signIn(page, portalUrl(), 'ministry-1');
      await page.goto(`${portalUrl()}/reports/new?lang=ru`);
      await expectUsable(page, 'ru', 'new');
      await page.fill('#from', `${year}-12-31`);
      await page.fill('#to', `${year}-01-01`);
      await page.locator('main form .govuk-button').click();
      await page.waitForLoadState('load');
      expect(await page.locator('#to-error').textContent()).toContain('period_invalid');
      await expectUsable(page, 'ru', 'refused');

      // Corrected and sent: the report's page follows the job by itself (its script, no reload) until the files are there.
      await page.fill('#from', `${year}-01-01`);
      await page.fill('#to', `${year}-12-31`);
      await page.locator('main form .govuk-button').click();
      await page.waitForURL(REPORT_PAGE);
      await page.evaluate('window.sameDocument = true');
      await page.locator('a[href$="/files/report.csv"]').waitFor({ timeout: 90_000 });
      expect(await page.evaluate('window.sameDocument === true')).toBe(true);
      expect(await page.locator('#report-state').textContent()).toContain('Отчёт опубликован.');
      await expectUsable(page, 'ru', 'followed');
      await page.goto(`${portalUrl()}/reports/${ministryReportId}?lang=kk`);
      await expectUsable(page, 'kk', 'published');
      await context.close();
    });
  });
});
