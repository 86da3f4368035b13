import type { PortalLanguage } from '../i18n/languages';
import type { SignedInUser } from '../session/portal-session';

/** What the gateway answered: its status and JSON body; `status: 503` when it could not be reached. */
export interface GatewayAnswer<T> {
  readonly ok: boolean;
  readonly status: number;
  readonly body: T;
}

/**
 * The portal's only way to the platform: the gateway's public HTTP API, as an agency's system would use it,
 * with the signed-in user's access token and the page's language.
 */
export class GatewayClient {
  constructor(private readonly baseUrl: string) {}

  get<T>(path: string, context: { readonly language: PortalLanguage; readonly user?: SignedInUser }): Promise<GatewayAnswer<T>> {
    return this.call<T>('GET', path, undefined, context);
  }

  post<T>(path: string, body: unknown, context: { readonly language: PortalLanguage; readonly user?: SignedInUser }): Promise<GatewayAnswer<T>> {
    return this.call<T>('POST', path, body, context);
  }

  /**
   * A file as the gateway sends it (a report's CSV, JSON or HTML), unread, so the page can stream it on; `null` when
   * the gateway could not be reached.
   */
  async download(path: string, context: { readonly language: PortalLanguage; readonly user?: SignedInUser }): Promise<Response | null> {
    const headers: Record<string, string> = { 'accept-language': context.language };
    if (context.user) headers.authorization = `Bearer ${context.user.accessToken}`;
    try {
      return await fetch(`${this.baseUrl}${path}`, { headers, signal: AbortSignal.timeout(60_000) });
    } catch {
      return null;
    }
  }

  private async call<T>(method: string, path: string, body: unknown, context: { language: PortalLanguage; user?: SignedInUser }): Promise<GatewayAnswer<T>> {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': context.language };
    if (context.user) headers.authorization = `Bearer ${context.user.accessToken}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      const text = await response.text();
      return { ok: response.ok, status: response.status, body: (text ? JSON.parse(text) : {}) as T };
    } catch {
      return { ok: false, status: 503, body: { error: 'gateway_unreachable' } as T };
    }
  }
}
