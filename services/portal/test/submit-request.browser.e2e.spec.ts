import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEV_KEY_FILE_PASSWORD, pkcs12KeyFile, privateKeyPem } from '@od/signatures/testing';
import {
  callApi,
  createRequestSigners,
  createTestDatabase,
  startPlatform,
  testBusNames,
  type PlatformUnderTest,
  type RequestSigners,
  type TestDatabase,
} from '@od/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser } from './browser';
import { PortalUser } from './portal-user';

jest.setTimeout(180_000);

const bus = testBusNames('portalsigning');
let database: TestDatabase;
let platform: PlatformUnderTest;
let signers: RequestSigners;
let chromiumBrowser: Browser;
let browser: BrowserContext;
let keyFiles: string;

/** Where the development CA's files would be: `<account>.key.pem` and `<account>.cert.pem` (and `<account>.p12`), as `npm start` writes them. */
const filesOf = (account: string) => [path.join(keyFiles, `${account}.key.pem`), path.join(keyFiles, `${account}.cert.pem`)];

beforeAll(async () => {
  database = await createTestDatabase('portalsigning');
  signers = await createRequestSigners();
  keyFiles = await mkdtemp(path.join(tmpdir(), 'od-portal-keys-'));
  for (const account of ['citizen-aigerim', 'citizen-dana']) {
    const user = await signers.certificateOf(account);
    await writeFile(path.join(keyFiles, `${account}.key.pem`), await privateKeyPem(user.keys));
    await writeFile(path.join(keyFiles, `${account}.cert.pem`), user.certificate.toString('pem'));
    await writeFile(path.join(keyFiles, `${account}.p12`), await pkcs12KeyFile(user, DEV_KEY_FILE_PASSWORD));
  }
  platform = await startPlatform({
    databaseUrl: database.url,
    ...bus,
    env: signers.env,
    services: ['identity-dev', 'relay', 'access', 'intake', 'projections', 'gateway', 'portal'],
  });
  // The access service seeds the holders registry; its read model is folded from those facts a moment later.
  for (let tries = 0; tries < 100; tries++) {
    const holders = (await (await fetch(`${platform.gatewayUrl}/api/holders?hasBlog=true`)).json()) as { items?: unknown[] };
    if ((holders.items?.length ?? 0) >= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // Debian's Chromium with the flags of STACK.md and a fresh profile of its own (test/browser.ts).
  chromiumBrowser = await launchBrowser();
  browser = await chromiumBrowser.newContext({ viewport: { width: 1024, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await chromiumBrowser?.close();
  await platform?.stop();
  await database?.drop();
  if (keyFiles) await rm(keyFiles, { recursive: true, force: true });
});

/** Aigerim's requests as the API lists them (GET /api/me/requests), waiting a moment for the projection. */
async function myRequests(account: string, until: (items: { requestId: string; subject: string }[]) => boolean = () => true) {
  let items: { requestId: string; subject: string }[] = [];
  for (let tries = 0; tries < 50; tries++) {
    const answer = await callApi(platform, account, 'GET', '/api/me/requests?limit=100');
    items = (answer.body.items ?? []) as typeof items;
    if (until(items)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return items;
}

async function signInAndOpenTheForm(page: Page) {
  await page.goto(`${platform.portalUrl}/auth/sign-in?returnTo=${encodeURIComponent('/requests/new?holderId=kazatomprom&lang=en')}`);
  await page.locator('button[name="account"][value="citizen-aigerim"]').click();
  await page.waitForURL((url) => url.href.startsWith(`${platform.portalUrl}/requests/new`));
  await page.goto(`${platform.portalUrl}/requests/new?holderId=kazatomprom`);
}

const TEXT = 'Мектептің 2026 жылғы бюджетін жариялаңыз.\nРахмет!';

async function fillTheForm(page: Page, subject: string, keyFilesChosen: string[]) {
  await page.getByLabel('Subject', { exact: true }).fill(subject);
  // Two lines: the browser sends them as CR LF, its script reads LF; both sides sign and send LF.
  await page.getByLabel('Your request', { exact: true }).fill(TEXT);
  await page.getByLabel('Қазақша').check();
  await page.setInputFiles('#keyFile', keyFilesChosen);
}

describe('R1 in the browser: a citizen signs a request with her key file, and the portal never sees the key', () => {
  it('Aigerim fills the form (the holder preselected by ?holderId=), chooses her key file and certificate, sends it, and the request is recorded', async () => {
    const page = await browser.newPage();
    await signInAndOpenTheForm(page);
    expect(await page.locator('#holderId').inputValue()).toBe('kazatomprom');
    expect(await page.locator('#keyFile').getAttribute('name')).toBeNull(); // the key file is never part of the form sent
    await fillTheForm(page, 'Мектеп бюджеті', filesOf('citizen-aigerim'));
    await expectNoAxeViolations(page);
    await mkdir(path.join(__dirname, 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(__dirname, 'screenshots', 'submit-request-en.png'), fullPage: true });

    const sent = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/requests/new'));
    await page.getByRole('button', { name: 'Sign and send' }).click();
    const form = new URLSearchParams((await sent).postData() ?? '');
    expect([...form.keys()].sort()).toEqual(['_csrf', 'commandId', 'holderId', 'language', 'signature', 'subject', 'text']);
    expect(form.get('signature')).toMatch(/^MII[A-Za-z0-9+/]+=*$/);
    expect(form.get('text')).not.toContain('PRIVATE KEY');
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}(\?after=[\d:%A]+)?$/);
    const requestId = /\/requests\/([0-9a-f-]{36})(\?|$)/.exec(page.url())?.[1];

    const mine = await myRequests('citizen-aigerim', (items) => items.some((item) => item.requestId === requestId));
    expect(mine).toContainEqual(expect.objectContaining({ requestId, subject: 'Мектеп бюджеті', text: TEXT, holderId: 'kazatomprom', language: 'kk' }));
    await page.close();
  });

  it('another account’s key file (Dana’s) is refused: the R1 error is next to the key-file field, nothing is recorded, and her own key then goes through', async () => {
    const before = await myRequests('citizen-aigerim');
    const page = await browser.newPage();
    await signInAndOpenTheForm(page);
    await fillTheForm(page, 'Чужой ключ', filesOf('citizen-dana'));
    const answered = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/requests/new'));
    await page.getByRole('button', { name: 'Sign and send' }).click();
    expect((await answered).status()).toBe(422);
    await page.waitForLoadState();
    const error = page.locator('#keyFile-error');
    // In the page's language (English), though Aigerim's account speaks Kazakh.
    await expect(error.textContent()).resolves.toMatch(/signed with someone else’s certificate[\s\S]*\(R1\)/);
    expect(await page.locator('.govuk-error-summary a[href="#keyFile"]').textContent()).toMatch(/R1/);
    // What she typed is kept for her to try again with her own key.
    expect(await page.getByLabel('Subject', { exact: true }).inputValue()).toBe('Чужой ключ');
    await page.screenshot({ path: path.join(__dirname, 'screenshots', 'submit-request-wrong-key-en.png'), fullPage: true });
    expect((await myRequests('citizen-aigerim')).length).toBe(before.length);

    // With her own key the same form (the same commandId) goes through.
    await page.setInputFiles('#keyFile', filesOf('citizen-aigerim'));
    await page.getByRole('button', { name: 'Sign and send' }).click();
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}(\?after=[\d:%A]+)?$/);
    const requestId = /\/requests\/([0-9a-f-]{36})(\?|$)/.exec(page.url())?.[1];
    const mine = await myRequests('citizen-aigerim', (items) => items.some((item) => item.requestId === requestId));
    expect(mine).toContainEqual(expect.objectContaining({ requestId, subject: 'Чужой ключ', text: TEXT }));
    await page.close();
  });

  it('Aigerim signs with her .p12 key file: a wrong password is refused next to the key-file field before anything is sent; with the right one the request is recorded, the password never sent', async () => {
    const page = await browser.newPage();
    await signInAndOpenTheForm(page);
    await fillTheForm(page, 'PKCS#12', [path.join(keyFiles, 'citizen-aigerim.p12')]);
    let posted = false;
    page.on('request', (request) => {
      if (request.method() === 'POST') posted = true;
    });
    await page.getByLabel('Password of the key file', { exact: true }).fill('not-her-password');
    await page.getByRole('button', { name: 'Sign and send' }).click();
    await expect(page.locator('#keyFile-error').textContent()).resolves.toContain('The password does not open this .p12 key file');
    expect(posted).toBe(false);

    await page.getByLabel('Password of the key file', { exact: true }).fill(DEV_KEY_FILE_PASSWORD);
    // The design system's button ignores a second click within a second of the first (preventDoubleClick); a
    // person takes longer than that to type a password, Playwright does not.
    await page.waitForTimeout(1_000);
    const sent = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/requests/new'));
    await page.getByRole('button', { name: 'Sign and send' }).click();
    const body = (await sent).postData() ?? '';
    expect([...new URLSearchParams(body).keys()].sort()).toEqual(['_csrf', 'commandId', 'holderId', 'language', 'signature', 'subject', 'text']);
    expect(body).not.toContain(DEV_KEY_FILE_PASSWORD);
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}(\?after=[\d:%A]+)?$/);
    const requestId = /\/requests\/([0-9a-f-]{36})(\?|$)/.exec(page.url())?.[1];
    const mine = await myRequests('citizen-aigerim', (items) => items.some((item) => item.requestId === requestId));
    expect(mine).toContainEqual(expect.objectContaining({ requestId, subject: 'PKCS#12', text: TEXT }));
    await page.close();
  });

  it('a key with the certificate of another account is caught in the browser, next to the key-file field, before anything is sent', async () => {
    const page = await browser.newPage();
    await signInAndOpenTheForm(page);
    await fillTheForm(page, 'Mixed files', [filesOf('citizen-aigerim')[0], filesOf('citizen-dana')[1]]);
    let posted = false;
    page.on('request', (request) => {
      if (request.method() === 'POST') posted = true;
    });
    await page.getByRole('button', { name: 'Sign and send' }).click();
    await expect(page.locator('#keyFile-error').textContent()).resolves.toContain('do not belong together');
    expect(posted).toBe(false);
    await page.close();
  });

  it('without JavaScript the page says signing needs it (NCALayer in production) and keeps the form; sent unsigned, it is refused at the key-file field', async () => {
    const aigerim = await PortalUser.signedIn(platform.portalUrl, 'citizen-aigerim', '/requests/new?lang=en');
    expect(aigerim.status).toBe(200);
    expect(aigerim.html).toMatch(/<noscript>[\s\S]*Signing a request needs JavaScript[\s\S]*NCALayer[\s\S]*<\/noscript>/);
    expect(aigerim.html).toContain('<form method="post" action="/requests/new"');
    const commandId = /name="commandId" value="([^"]+)"/.exec(aigerim.html)?.[1] ?? '';
    await aigerim.postForm('/requests/new', { commandId, holderId: 'kazatomprom', subject: 'Без подписи', text: 'Текст', language: 'ru', signature: '' });
    // An empty signature passes the gateway's form check and is R1's signature_invalid (422) from intake.
    expect(aigerim.status).toBe(422);
    expect(aigerim.html).toMatch(/<p id="keyFile-error" class="govuk-error-message">[^<]*<span[^>]*>[^<]*<\/span>[^<]*\(R1\)\s*<\/p>/);
    expect(aigerim.html).toContain('value="Без подписи"');
  });
});
