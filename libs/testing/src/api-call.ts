import type { PlatformUnderTest } from './platform-processes';

export interface ApiAnswer {
  readonly status: number;
  /** The JSON the API answered (an empty object when it answered none), for the test to read. */
  readonly body: Record<string, any>;
  readonly text: string;
  readonly headers: Headers;
}

/** Calls the platform's public API as a development account (its token from identity-dev), or anonymously. */
export async function callApi(platform: PlatformUnderTest, account: string | undefined, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  const headers: Record<string, string> = {};
  if (account) headers.authorization = `Bearer ${await platform.tokenFor(account)}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${platform.gatewayUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: /^\s*[[{]/.test(text) ? (JSON.parse(text) as Record<string, any>) : {}, text, headers: response.headers };
}
