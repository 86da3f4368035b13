import type { PlatformUnderTest } from './platform-processes';

export interface ApiAnswer {
  readonly status: number;
  /** Whatever the API answered, for the test to read. */
  readonly body: Record<string, any>;
}

/** Calls the platform's public API as a development account (its token from identity-dev), or anonymously. */
export async function callApi(platform: PlatformUnderTest, account: string | undefined, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (account) headers.authorization = `Bearer ${await platform.tokenFor(account)}`;
  const response = await fetch(`${platform.gatewayUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
