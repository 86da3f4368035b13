/**
 * A person using the portal over plain HTTP (no browser): keeps the cookies, follows redirects like a browser,
 * signs in through the development identity provider's account page, and sends forms with the page's CSRF token.
 * For page tests that need no JavaScript; the browser tests drive Chromium instead.
 */
export class PortalUser {
  private readonly cookies = new Map<string, string>();
  /** The last page's HTML. */
  html = '';
  status = 0;
  url = '';
  /** The last page's response headers (a download's content type, disposition and CSP). */
  headers = new Headers();

  constructor(private readonly portalUrl: string) {}

  /** Signs in as a development account (e.g. `citizen-aigerim`) through OpenID Connect, as the account page's button would. */
  static async signedIn(portalUrl: string, account: string, returnTo?: string): Promise<PortalUser> {
    const user = new PortalUser(portalUrl);
    let response = await user.request(`${portalUrl}/auth/sign-in${returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`}`);
    const authorize = new URL(response.headers.get('location') ?? '');
    const fields = Object.fromEntries(authorize.searchParams);
    response = await fetch(`${authorize.origin}/authorize`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...fields, account }).toString(),
      redirect: 'manual',
    });
    const callback = response.headers.get('location');
    if (response.status !== 303 || !callback)
      throw new Error(`the identity provider did not send ${account} back: ${response.status} ${await response.text()}`);
    await user.get(callback);
    return user;
  }

  async get(pathOrUrl: string, headers: Record<string, string> = {}): Promise<this> {
    return this.follow(await this.request(this.absolute(pathOrUrl), { headers }));
  }

  /** Sends a form as the browser would, with the `_csrf` token of the last page's form unless the fields give one. */
  async postForm(path: string, fields: Record<string, string | readonly string[]>): Promise<this> {
    const body = new URLSearchParams();
    const token = /name="_csrf" value="([^"]+)"/.exec(this.html)?.[1];
    if (token && !('_csrf' in fields)) body.append('_csrf', token);
    for (const [name, value] of Object.entries(fields)) for (const each of typeof value === 'string' ? [value] : value) body.append(name, each);
    const response = await this.request(this.absolute(path), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
    return this.follow(response);
  }

  private absolute(pathOrUrl: string): string {
    return pathOrUrl.startsWith('http') ? pathOrUrl : `${this.portalUrl}${pathOrUrl}`;
  }

  private async follow(first: Response): Promise<this> {
    let response = first;
    for (let hops = 0; hops < 10 && [301, 302, 303, 307].includes(response.status); hops++) {
      response = await this.request(new URL(response.headers.get('location') ?? '/', response.url || this.portalUrl).href);
    }
    this.status = response.status;
    this.url = response.url;
    this.headers = response.headers;
    this.html = await response.text();
    return this;
  }

  private async request(url: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = pair.split('=');
      const expired = attributes.some((attribute) => /max-age=0|expires=thu, 01 jan 1970/i.test(attribute.trim()));
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('='));
    }
    Object.defineProperty(response, 'url', { value: url });
    return response;
  }
}
