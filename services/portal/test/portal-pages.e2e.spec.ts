import { PortalUser } from './portal-user';
import { createTestDatabase, startPlatform, testBusNames, type PlatformUnderTest, type TestDatabase } from '@od/testing';

jest.setTimeout(120_000);

const bus = testBusNames('portalpages');
let database: TestDatabase;
let platform: PlatformUnderTest;

beforeAll(async () => {
  database = await createTestDatabase('portalpages');
  platform = await startPlatform({ databaseUrl: database.url, ...bus, services: ['identity-dev', 'relay', 'access', 'projections', 'gateway', 'portal'] });
  // The access service seeds the holders registry; its read model is folded from those facts a moment later.
  for (let tries = 0; tries < 100; tries++) {
    const holders = (await (await fetch(`${platform.gatewayUrl}/api/holders?hasBlog=true`)).json()) as { items?: unknown[] };
    if ((holders.items?.length ?? 0) >= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

const portal = (path: string, init: RequestInit = {}) => fetch(`${platform.portalUrl}${path}`, { redirect: 'manual', ...init });

describe('The portal: pages from the gateway’s public API, in the reader’s language, with strict headers', () => {
  it('the home page is in Kazakh by default, lists the holders with a blog (from GET /api/holders), and sends a CSP without unsafe-inline', async () => {
    const response = await portal('/');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="kk"');
    expect(html).toContain('«Қазатомөнеркәсіп» ҰАК АҚ');
    expect(html).not.toContain('Қаржы министрлігі'); // a ministry has no blog under the 2023 text
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(html).not.toMatch(/GOV\.UK/);
  });

  it('?lang=ru is remembered in a cookie and the page is Russian; Accept-Language chooses when there is no cookie', async () => {
    const chosen = await portal('/?lang=ru');
    expect(chosen.status).toBe(303);
    expect(chosen.headers.get('location')).toBe('/');
    const cookie = (chosen.headers.get('set-cookie') ?? '').split(';')[0];
    expect(cookie).toBe('od_lang=ru');
    const page = await (await portal('/', { headers: { cookie } })).text();
    expect(page).toContain('<html lang="ru"');
    expect(page).toContain('АО «НАК «Казатомпром»');
    expect(page).toMatch(/2 обладателя информации ведут блог/);
    expect(await (await portal('/', { headers: { 'accept-language': 'en-GB,en;q=0.9' } })).text()).toContain('<html lang="en"');
  });

  it('a form sent without its CSRF token is refused with the expired-form page (403), in the reader’s language', async () => {
    const response = await portal('/auth/sign-out', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'od_lang=en' },
      body: '',
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Your form has expired');
  });

  it('an unknown page is a 404 page; the stylesheet is served under its content hash, cached for a year', async () => {
    const missing = await portal('/no-such-page', { headers: { cookie: 'od_lang=en' } });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
    const html = await (await portal('/')).text();
    const stylesheet = /<link rel="stylesheet" href="(\/assets\/portal-[0-9a-f]{12}\.css)">/.exec(html)?.[1];
    expect(stylesheet).toBeDefined();
    const css = await portal(stylesheet as string);
    expect(css.status).toBe(200);
    expect(css.headers.get('cache-control')).toContain('immutable');
    expect(await css.text()).not.toContain('GDS Transport');
  });

  it('signing in: OpenID Connect code flow with PKCE through the development account page, the session cookie httpOnly; signing out with the form', async () => {
    const aigerim = await PortalUser.signedIn(platform.portalUrl, 'citizen-aigerim');
    await aigerim.get('/?lang=en');
    expect(aigerim.status).toBe(200);
    expect(aigerim.html).toContain('Signed in as Aigerim (citizen)');
    expect(aigerim.html).toContain('href="/requests"');
    await aigerim.postForm('/auth/sign-out', {});
    expect(aigerim.status).toBe(200);
    expect(aigerim.html).toContain('Sign in');
    expect(aigerim.html).not.toContain('Signed in as');
    const started = await fetch(`${platform.portalUrl}/auth/sign-in`, { redirect: 'manual' });
    expect(started.headers.get('location')).toMatch(/code_challenge_method=S256/);
    expect(started.headers.getSetCookie().join(' ')).toMatch(/od_session=[^;]+;.*HttpOnly.*SameSite=Lax/i);
  });

  it('after signing in the user comes back to the page asked for; an address off the portal is ignored (no open redirect)', async () => {
    expect((await PortalUser.signedIn(platform.portalUrl, 'citizen-dana', '/no-such-page?x=1')).url).toBe(`${platform.portalUrl}/no-such-page?x=1`);
    for (const offsite of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      expect((await PortalUser.signedIn(platform.portalUrl, 'citizen-dana', offsite)).url).toBe(`${platform.portalUrl}/`);
    }
  });
});
