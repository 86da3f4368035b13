import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { SignJWT } from 'jose';
import { DEV_ACCOUNTS } from '@od/identity';
import { authorizationCodes } from './authorization-codes';
import { checkAuthorizationRequest, type AuthorizationRequest } from './authorization-request';
import { authorizePage, pageSecurityHeaders, STYLESHEET, STYLESHEET_PATH, untrustedRequestPage } from './authorize-page';
import { authenticates, DEFAULT_CLIENTS, type OidcClient } from './clients';
import type { SigningKey } from './signing-key';

export interface IdentityProviderOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly tokenTtlSeconds: number;
  readonly key: SigningKey;
  /** Who may use the authorization code flow (`IDENTITY_DEV_CLIENTS`); `od-portal` on loopback by default. */
  readonly clients?: readonly OidcClient[];
  /** How long an authorization code may wait to be redeemed (default 60 s). */
  readonly codeTtlSeconds?: number;
  readonly now?: () => number;
}

const formBodyLimit = 16 * 1024;

/** Own keys only: `constructor` or `__proto__` is no account. */
const isDevAccount = (id: unknown): id is string => typeof id === 'string' && Object.hasOwn(DEV_ACCOUNTS, id);

/**
 * A development OpenID provider: JWKS, discovery, the authorization code flow with PKCE (`GET /authorize` shows a
 * page to pick a development account), and `POST /token {"account": "<id>"}` for any seeded account (tests and the
 * README's curl walkthrough). Not for production: anyone who reaches it can be anyone.
 */
export function identityProvider(options: IdentityProviderOptions): Server {
  const clients = options.clients ?? DEFAULT_CLIENTS;
  const now = options.now ?? Date.now;
  const codes = authorizationCodes(options.codeTtlSeconds ?? 60, now);
  const discovery = {
    issuer: options.issuer,
    authorization_endpoint: `${options.issuer}/authorize`,
    token_endpoint: `${options.issuer}/token`,
    jwks_uri: `${options.issuer}/jwks.json`,
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: ['openid', 'profile'],
    subject_types_supported: ['public'],
    token_endpoint_auth_methods_supported: ['none', 'client_secret_post'],
    id_token_signing_alg_values_supported: ['RS256'],
    claims_supported: ['sub', 'name', 'locale', 'nonce', 'iss', 'aud', 'exp', 'iat'],
    // RFC 9207: every authorization response names its issuer, so a client talking to several cannot be mixed up.
    authorization_response_iss_parameter_supported: true,
  };

  async function issue(accountId: string): Promise<string> {
    const { displayName: _displayName, ...claims } = DEV_ACCOUNTS[accountId];
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: options.key.publicJwk.kid, typ: 'JWT' })
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setSubject(accountId)
      .setIssuedAt()
      .setExpirationTime(`${options.tokenTtlSeconds}s`)
      .sign(options.key.privateKey);
  }

  /** The ID token is for the client (aud = client_id), the access token for the gateway (aud = AUTH_AUDIENCE). */
  async function issueIdToken(accountId: string, clientId: string, nonce: string | undefined): Promise<string> {
    const account = DEV_ACCOUNTS[accountId];
    return new SignJWT({ name: account.displayName, locale: account.locale, ...(nonce === undefined ? {} : { nonce }) })
      .setProtectedHeader({ alg: 'RS256', kid: options.key.publicJwk.kid, typ: 'JWT' })
      .setIssuer(options.issuer)
      .setAudience(clientId)
      .setSubject(accountId)
      .setIssuedAt()
      .setExpirationTime(`${options.tokenTtlSeconds}s`)
      .sign(options.key.privateKey);
  }

  function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  }

  /** RFC 6749 §5.1/§5.2: token responses must not be cached. */
  function sendToken(response: ServerResponse, status: number, body: unknown): void {
    send(response, status, body, { 'cache-control': 'no-store', pragma: 'no-cache' });
  }

  function sendPage(response: ServerResponse, status: number, html: string, redirectOrigin?: string): void {
    response.writeHead(status, pageSecurityHeaders(redirectOrigin)).end(html);
  }

  function redirect(response: ServerResponse, redirectUri: string, parameters: Record<string, string | undefined>): void {
    const location = new URL(redirectUri);
    for (const [name, value] of Object.entries({ ...parameters, iss: options.issuer })) if (value !== undefined) location.searchParams.set(name, value);
    response.writeHead(303, { location: location.href, 'cache-control': 'no-store' }).end();
  }

  async function readText(request: IncomingMessage, limit = formBodyLimit): Promise<string> {
    let text = '';
    for await (const chunk of request) {
      text += chunk;
      if (text.length > limit) throw new Error('body too large');
    }
    return text;
  }

  async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
    const text = await readText(request, 4096);
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }

  const isForm = (request: IncomingMessage) => request.headers['content-type']?.split(';')[0].trim().toLowerCase() === 'application/x-www-form-urlencoded';

  /** GET shows the account picker; POST (the picker's form, with `account`) issues a code and redirects to the client. */
  async function authorize(response: ServerResponse, parameters: URLSearchParams, accountChosen: boolean): Promise<void> {
    const check = checkAuthorizationRequest(parameters, clients);
    if (check.kind === 'untrusted') return sendPage(response, 400, untrustedRequestPage(check.message));
    if (check.kind === 'refused')
      return redirect(response, check.redirectUri, { error: check.error, error_description: check.description, state: check.state });
    const redirectOrigin = new URL(check.request.redirectUri).origin;
    if (!accountChosen) return sendPage(response, 200, authorizePage(parameters), redirectOrigin);
    const account = parameters.getAll('account');
    if (account.length !== 1 || !isDevAccount(account[0]))
      return sendPage(response, 400, authorizePage(parameters, 'Choose one of the development accounts below.'), redirectOrigin);
    return redirect(response, check.request.redirectUri, { code: issueCode(check.request, account[0]), state: check.request.state });
  }

  function issueCode(request: AuthorizationRequest, accountId: string): string {
    return codes.issue({ clientId: request.clientId, redirectUri: request.redirectUri, codeChallenge: request.codeChallenge, nonce: request.nonce, accountId });
  }

  /** RFC 6749 §4.1.3 with RFC 7636 §4.5: the code, for the client and redirect URI it was issued to, with the PKCE verifier. */
  async function redeemCode(response: ServerResponse, form: URLSearchParams): Promise<void> {
    const field = (name: string) => {
      const values = form.getAll(name);
      return values.length === 1 && values[0] !== '' ? values[0] : undefined;
    };
    const fail = (status: number, error: string, description: string) => sendToken(response, status, { error, error_description: description });
    const grantType = field('grant_type');
    if (!grantType) return fail(400, 'invalid_request', 'grant_type is required');
    if (grantType !== 'authorization_code') return fail(400, 'unsupported_grant_type', 'only grant_type=authorization_code is supported');
    const client = clients.find((candidate) => candidate.clientId === field('client_id'));
    if (!client || !authenticates(client, field('client_secret'))) return fail(401, 'invalid_client', 'unknown client_id or wrong client_secret');
    const [code, redirectUri, codeVerifier] = [field('code'), field('redirect_uri'), field('code_verifier')];
    if (!code || !redirectUri || !codeVerifier) return fail(400, 'invalid_request', 'code, redirect_uri and code_verifier are each required, once');
    const redeemed = codes.redeem({ code, clientId: client.clientId, redirectUri, codeVerifier });
    if (!redeemed.ok) return fail(400, 'invalid_grant', redeemed.reason);
    const { accountId, nonce } = redeemed.grant;
    return sendToken(response, 200, {
      access_token: await issue(accountId),
      id_token: await issueIdToken(accountId, client.clientId, nonce),
      token_type: 'Bearer',
      expires_in: options.tokenTtlSeconds,
    });
  }

  return createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://identity-dev');
      const route = `${request.method} ${url.pathname}`;
      switch (route) {
        case 'GET /health':
          // Which process answers (as every service's /health says): a test that started it can tell it from another on the port.
          response.setHeader('x-process-id', String(process.pid));
          return send(response, 200, { status: 'ok' });
        case 'GET /.well-known/openid-configuration':
          return send(response, 200, discovery);
        case 'GET /jwks.json':
          return send(response, 200, { keys: [options.key.publicJwk] });
        case 'GET /accounts':
          return send(
            response,
            200,
            Object.entries(DEV_ACCOUNTS).map(([id, account]) => ({ id, name: account.displayName, role: account.od_role, holder: account.od_holder })),
          );
        case 'GET /authorize':
          return authorize(response, url.searchParams, false);
        case 'POST /authorize': {
          if (!isForm(request)) return sendPage(response, 415, untrustedRequestPage('The sign-in form must be sent as application/x-www-form-urlencoded.'));
          return authorize(response, new URLSearchParams(await readText(request)), true);
        }
        case `GET ${STYLESHEET_PATH}`:
          response.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' });
          return response.end(STYLESHEET);
        case 'POST /token': {
          if (isForm(request)) return redeemCode(response, new URLSearchParams(await readText(request)));
          const body = await readJson(request).catch(() => undefined);
          const account = body?.account;
          if (!isDevAccount(account)) {
            return send(response, 400, { error: 'unknown_account', message: `account must be one of: ${Object.keys(DEV_ACCOUNTS).join(', ')}` });
          }
          return send(response, 200, { access_token: await issue(account), token_type: 'Bearer', expires_in: options.tokenTtlSeconds });
        }
        default:
          return send(response, 404, { error: 'not_found' });
      }
    })().catch((error: unknown) => send(response, 500, { error: 'internal', message: (error as Error).message }));
  });
}
