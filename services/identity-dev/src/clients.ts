import { timingSafeEqual } from 'node:crypto';

/** A relying party allowed to use the authorization code flow (the portal is the public client `od-portal`). */
export interface OidcClient {
  readonly clientId: string;
  /** Redirect URIs matched exactly (RFC 6749 §3.1.2.3). */
  readonly redirectUris: readonly string[];
  /**
   * A path that any loopback redirect URI may carry, on any port (RFC 8252 §7.3): a developer's portal can run on
   * whatever port is free. `http://localhost:<port><path>`, `http://127.0.0.1:<port><path>`, `http://[::1]:<port><path>`.
   */
  readonly loopbackRedirectPath?: string;
  /** Set for a confidential client (`client_secret_post`); a public client authenticates with PKCE only. */
  readonly clientSecret?: string;
}

export const DEFAULT_CLIENTS: readonly OidcClient[] = [{ clientId: 'od-portal', redirectUris: [], loopbackRedirectPath: '/auth/callback' }];

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether `redirectUri` is one the client registered: never a prefix or pattern match beyond the loopback port. */
export function allowsRedirect(client: OidcClient, redirectUri: string): boolean {
  if (client.redirectUris.includes(redirectUri)) return true;
  if (client.loopbackRedirectPath === undefined || !URL.canParse(redirectUri)) return false;
  const url = new URL(redirectUri);
  return (
    url.protocol === 'http:' &&
    loopbackHosts.has(url.hostname) &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === client.loopbackRedirectPath &&
    url.search === '' &&
    url.hash === '' &&
    // `new URL` normalises (`http://127.0.0.1:80/auth/callback/../auth/callback`): only the plain spelling is accepted.
    url.href === redirectUri
  );
}

/** A confidential client's secret compared in constant time; a public client needs none. */
export function authenticates(client: OidcClient, clientSecret: string | undefined): boolean {
  if (client.clientSecret === undefined) return true;
  if (clientSecret === undefined) return false;
  const expected = Buffer.from(client.clientSecret);
  const given = Buffer.from(clientSecret);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * The clients from `IDENTITY_DEV_CLIENTS` (a JSON array of `{clientId, redirectUris?, loopbackRedirectPath?,
 * clientSecret?}`), or `od-portal` on loopback `/auth/callback` when unset. Throws naming the variable when malformed.
 */
export function clientsFromSetting(setting: string | undefined): readonly OidcClient[] {
  if (setting === undefined || setting.trim() === '') return DEFAULT_CLIENTS;
  const problem = (what: string) => new Error(`IDENTITY_DEV_CLIENTS ${what}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(setting);
  } catch {
    throw problem('must be JSON: an array of {"clientId", "redirectUris", "loopbackRedirectPath", "clientSecret"}');
  }
  if (!Array.isArray(parsed) || parsed.length === 0) throw problem('must be a non-empty JSON array of clients');
  return parsed.map((entry: Record<string, unknown>, index) => {
    const at = `[${index}]`;
    if (typeof entry !== 'object' || entry === null) throw problem(`${at} must be an object`);
    const { clientId, redirectUris = [], loopbackRedirectPath, clientSecret } = entry;
    if (typeof clientId !== 'string' || clientId === '') throw problem(`${at}.clientId must be a non-empty string`);
    if (!Array.isArray(redirectUris) || !redirectUris.every((uri) => typeof uri === 'string' && URL.canParse(uri) && !uri.includes('#')))
      throw problem(`${at}.redirectUris must be absolute URIs without a fragment`);
    if (loopbackRedirectPath !== undefined && (typeof loopbackRedirectPath !== 'string' || !loopbackRedirectPath.startsWith('/')))
      throw problem(`${at}.loopbackRedirectPath must be a path starting with "/"`);
    if (clientSecret !== undefined && (typeof clientSecret !== 'string' || clientSecret.length < 16))
      throw problem(`${at}.clientSecret must be a string of at least 16 characters`);
    if (redirectUris.length === 0 && loopbackRedirectPath === undefined) throw problem(`${at} needs redirectUris or loopbackRedirectPath`);
    return { clientId, redirectUris: redirectUris as string[], loopbackRedirectPath, clientSecret };
  });
}
