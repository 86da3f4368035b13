import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { SignJWT } from 'jose';
import { DEV_ACCOUNTS } from '@od/identity';
import type { SigningKey } from './signing-key';

export interface IdentityProviderOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly tokenTtlSeconds: number;
  readonly key: SigningKey;
}

/**
 * A development OpenID provider: JWKS, discovery, and `POST /token {"account": "<id>"}` for any seeded
 * account. Not for production: anyone who reaches it can be anyone.
 */
export function identityProvider(options: IdentityProviderOptions): Server {
  const discovery = {
    issuer: options.issuer,
    jwks_uri: `${options.issuer}/jwks.json`,
    token_endpoint: `${options.issuer}/token`,
    id_token_signing_alg_values_supported: ['RS256'],
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

  function send(response: ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
    let text = '';
    for await (const chunk of request) {
      text += chunk;
      if (text.length > 4096) throw new Error('body too large');
    }
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }

  return createServer((request, response) => {
    void (async () => {
      const route = `${request.method} ${request.url?.split('?')[0]}`;
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
        case 'POST /token': {
          const body = await readJson(request).catch(() => undefined);
          const account = body?.account;
          if (typeof account !== 'string' || !(account in DEV_ACCOUNTS)) {
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
