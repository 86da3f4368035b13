import { createServer, type Server } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import { exportJWK, generateKeyPair, decodeJwt } from 'jose';
import * as oidc from 'openid-client';
import { DEV_ACCOUNTS } from '@od/identity';
import { createTokenVerifier } from '@od/platform';
import { identityProvider } from '../src/identity-provider';

// The portal's side of the flow is openid-client v6 itself, as services/portal uses it; the browser is `fetch`
// reading the authorize page's form and submitting it as a browser would.

const portalCallback = 'http://127.0.0.1:4567/auth/callback';

let issuer: string;
let provider: HttpServer;
let clockOffsetMs = 0;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server: Server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  issuer = `http://127.0.0.1:${port}`;
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  provider = identityProvider({
    issuer,
    audience: 'open-dialogue',
    tokenTtlSeconds: 3600,
    key: { privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' } },
    codeTtlSeconds: 60,
    now: () => Date.now() + clockOffsetMs,
  });
  await new Promise<void>((resolve) => provider.listen(port, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => provider.close(resolve));
});

beforeEach(() => {
  clockOffsetMs = 0;
});

/** What the portal does before sending the browser away: discovery, PKCE, state and nonce. */
async function portalStartsSignIn(redirectUri = portalCallback) {
  const config = await oidc.discovery(new URL(issuer), 'od-portal', undefined, oidc.None(), { execute: [oidc.allowInsecureRequests] });
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const authorizationUrl = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { config, codeVerifier, state, nonce, authorizationUrl };
}

const unescapeHtml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[entity]!);

/** The browser: opens the authorize page, presses the account's button (the form's hidden fields + `account`). */
async function userPicks(authorizationUrl: URL, account: string): Promise<URL> {
  const page = await fetch(authorizationUrl);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain(`<button type="submit" name="account" value="${account}">`);
  const form = new URLSearchParams();
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) form.append(name, unescapeHtml(value));
  form.append('account', account);
  const action = /<form method="post" action="([^"]+)"/.exec(html)![1];
  const submitted = await fetch(new URL(action, authorizationUrl), { method: 'POST', body: form, redirect: 'manual' });
  expect(submitted.status).toBe(303);
  return new URL(submitted.headers.get('location')!);
}

async function tokenForAccount(account: string): Promise<string> {
  const response = await fetch(`${issuer}/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ account }) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** openid-client's refusal of a token response, as the portal would catch it. */
async function refusal(attempt: Promise<unknown>): Promise<{ status: number; error: string }> {
  const error = await attempt.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(oidc.ResponseBodyError);
  return { status: (error as oidc.ResponseBodyError).status, error: (error as oidc.ResponseBodyError).error };
}

describe('Signing in to the portal with the development identity provider (authorization code + PKCE)', () => {
  it('discovery tells a client how: the authorize endpoint, code with S256 PKCE, openid scopes, public and secret-post clients', async () => {
    const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks.json`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code'],
      code_challenge_methods_supported: ['S256'],
      scopes_supported: ['openid', 'profile'],
      subject_types_supported: ['public'],
      token_endpoint_auth_methods_supported: ['none', 'client_secret_post'],
    });
  });

  it('a citizen who picks their account comes back signed in: the access token is one the gateway accepts, the same as POST /token gives', async () => {
    const { config, codeVerifier, state, nonce, authorizationUrl } = await portalStartsSignIn();
    const callback = await userPicks(authorizationUrl, 'citizen-aigerim');
    expect(callback.origin + callback.pathname).toBe(portalCallback);
    expect(callback.searchParams.get('state')).toBe(state);

    const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce });

    expect(tokens.token_type).toBe('bearer');
    expect(tokens.claims()).toMatchObject({ iss: issuer, aud: 'od-portal', sub: 'citizen-aigerim', nonce, name: DEV_ACCOUNTS['citizen-aigerim'].displayName });
    const gatewayVerifies = createTokenVerifier({ issuer, audience: 'open-dialogue', jwksUrl: `${issuer}/jwks.json` });
    expect(await gatewayVerifies(tokens.access_token)).toMatchObject({
      accountId: 'citizen-aigerim',
      role: 'citizen',
      iin: '900101300017',
      phoneVerified: true,
    });
    const withoutTimes = ({ iat: _iat, exp: _exp, ...claims }: Record<string, unknown>) => claims;
    expect(withoutTimes(decodeJwt(tokens.access_token))).toEqual(withoutTimes(decodeJwt(await tokenForAccount('citizen-aigerim'))));
  });

  it('a staff member signs in with their holder and roles, on whatever loopback port the portal runs', async () => {
    const { config, codeVerifier, state, nonce, authorizationUrl } = await portalStartsSignIn('http://localhost:39123/auth/callback');
    const callback = await userPicks(authorizationUrl, 'staff-kap-admin');
    const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce });
    const gatewayVerifies = createTokenVerifier({ issuer, audience: 'open-dialogue', jwksUrl: `${issuer}/jwks.json` });
    expect(await gatewayVerifies(tokens.access_token)).toMatchObject({
      accountId: 'staff-kap-admin',
      role: 'staff',
      holderId: 'kazatomprom',
      staffRoles: ['administrator'],
    });
  });

  it('a code stolen from the redirect is useless without the verifier the portal kept: invalid_grant, and the code is spent', async () => {
    const { config, codeVerifier, state, nonce, authorizationUrl } = await portalStartsSignIn();
    const callback = await userPicks(authorizationUrl, 'citizen-dana');

    const wrongVerifier = oidc.randomPKCECodeVerifier();
    expect(
      await refusal(oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: wrongVerifier, expectedState: state, expectedNonce: nonce })),
    ).toEqual({
      status: 400,
      error: 'invalid_grant',
    });
    expect(
      await refusal(oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce })),
    ).toEqual({
      status: 400,
      error: 'invalid_grant',
    });
  });

  it('a code works once: replaying it is invalid_grant', async () => {
    const { config, codeVerifier, state, nonce, authorizationUrl } = await portalStartsSignIn();
    const callback = await userPicks(authorizationUrl, 'citizen-dana');
    const checks = { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce };
    await oidc.authorizationCodeGrant(config, callback, checks);
    expect(await refusal(oidc.authorizationCodeGrant(config, callback, checks))).toEqual({ status: 400, error: 'invalid_grant' });
  });

  it('a code not redeemed within its 60 s is invalid_grant', async () => {
    const { config, codeVerifier, state, nonce, authorizationUrl } = await portalStartsSignIn();
    const callback = await userPicks(authorizationUrl, 'citizen-dana');
    clockOffsetMs = 61_000;
    expect(
      await refusal(oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce })),
    ).toEqual({
      status: 400,
      error: 'invalid_grant',
    });
  });

  it('a code redeemed for another redirect URI than it was issued for is invalid_grant', async () => {
    const { codeVerifier, authorizationUrl } = await portalStartsSignIn();
    const callback = await userPicks(authorizationUrl, 'citizen-dana');
    const response = await fetch(`${issuer}/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: 'od-portal',
        code: callback.searchParams.get('code')!,
        redirect_uri: 'http://127.0.0.1:4568/auth/callback',
        code_verifier: codeVerifier,
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant', error_description: expect.stringContaining('redirect_uri') });
  });

  it('an unregistered redirect URI gets an error page and no redirect: the code never leaves for a stranger', async () => {
    const { authorizationUrl } = await portalStartsSignIn('http://evil.example/auth/callback');
    const response = await fetch(authorizationUrl, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain(
      'The redirect URI &quot;http://evil.example/auth/callback&quot; is not registered for the client &quot;od-portal&quot;.',
    );

    const unknownClient = new URL(authorizationUrl);
    unknownClient.searchParams.set('client_id', 'someone-else');
    unknownClient.searchParams.set('redirect_uri', portalCallback);
    const refused = await fetch(unknownClient, { redirect: 'manual' });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('location')).toBeNull();
  });

  it('other bad parameters go back to the portal as error=invalid_request with its state (RFC 6749 §4.1.2.1)', async () => {
    const { authorizationUrl, state } = await portalStartsSignIn();
    const plainPkce = new URL(authorizationUrl);
    plainPkce.searchParams.set('code_challenge_method', 'plain');
    const response = await fetch(plainPkce, { redirect: 'manual' });
    expect(response.status).toBe(303);
    const back = new URL(response.headers.get('location')!);
    expect(back.origin + back.pathname).toBe(portalCallback);
    expect(Object.fromEntries(back.searchParams)).toMatchObject({ error: 'invalid_request', state, iss: issuer });
    expect(back.searchParams.has('code')).toBe(false);
  });

  it('the authorize page lists every development account with its role and holder, in markup a strict CSP accepts, sized for small screens', async () => {
    const { authorizationUrl } = await portalStartsSignIn();
    const response = await fetch(authorizationUrl);
    const html = await response.text();

    for (const [id, account] of Object.entries(DEV_ACCOUNTS)) {
      expect(html).toContain(`value="${id}"><span class="name">${account.displayName}</span>`);
      expect(html).toContain(`role: ${account.od_role}${account.od_holder ? `, holder: ${account.od_holder}` : ''}`);
    }
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<legend>Choose a development account</legend>');
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'self' http://127.0.0.1:4567");
    expect(policy).not.toContain('unsafe-inline');
    const stylesheet = await fetch(`${issuer}/assets/authorize.css`);
    expect(stylesheet.headers.get('content-type')).toContain('text/css');
  });

  it('POST /token {"account"} (tests and the README walkthrough) works as before', async () => {
    const gatewayVerifies = createTokenVerifier({ issuer, audience: 'open-dialogue', jwksUrl: `${issuer}/jwks.json` });
    expect(await gatewayVerifies(await tokenForAccount('operator-1'))).toMatchObject({ accountId: 'operator-1', role: 'operator' });
    const unknown = await fetch(`${issuer}/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"account":"constructor"}' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: 'unknown_account' });
  });
});
