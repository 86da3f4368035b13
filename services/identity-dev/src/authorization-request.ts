import { PKCE_VALUE } from './authorization-codes';
import { allowsRedirect, type OidcClient } from './clients';

/** A checked `/authorize` request (OpenID Connect Core §3.1.2.1 with PKCE S256 required). */
export interface AuthorizationRequest {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scope: string;
  readonly state: string | undefined;
  readonly nonce: string | undefined;
  readonly codeChallenge: string;
}

export type AuthorizationRequestCheck =
  | { readonly kind: 'valid'; readonly request: AuthorizationRequest }
  /** The client or its redirect URI cannot be trusted: shown to the user, never redirected to (RFC 6749 §4.1.2.1). */
  | { readonly kind: 'untrusted'; readonly message: string }
  /** Anything else: sent back to the client's redirect URI as `error=...&state=...`. */
  | {
      readonly kind: 'refused';
      readonly redirectUri: string;
      readonly state: string | undefined;
      readonly error: 'invalid_request' | 'unsupported_response_type' | 'invalid_scope';
      readonly description: string;
    };

/** The parameters the authorize page carries from GET to POST, in this order. */
export const AUTHORIZATION_PARAMETERS = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
] as const;

/** Checks the client and redirect URI first: until both are known good, no error may be redirected. */
export function checkAuthorizationRequest(parameters: URLSearchParams, clients: readonly OidcClient[]): AuthorizationRequestCheck {
  const single = (name: string) => {
    const values = parameters.getAll(name);
    return values.length === 1 ? values[0] : undefined;
  };
  const clientId = single('client_id');
  const client = clients.find((candidate) => candidate.clientId === clientId);
  if (!client) return { kind: 'untrusted', message: clientId ? `The client "${clientId}" is not registered.` : 'The request names no client (client_id).' };
  const redirectUri = single('redirect_uri');
  if (!redirectUri || !allowsRedirect(client, redirectUri))
    return { kind: 'untrusted', message: `The redirect URI ${redirectUri ? `"${redirectUri}" ` : ''}is not registered for the client "${client.clientId}".` };

  const state = parameters.getAll('state')[0];
  const refuse = (error: 'invalid_request' | 'unsupported_response_type' | 'invalid_scope', description: string): AuthorizationRequestCheck => ({
    kind: 'refused',
    redirectUri,
    state,
    error,
    description,
  });
  // RFC 6749 §3.1: parameters must not be included more than once.
  const repeated = AUTHORIZATION_PARAMETERS.find((name) => parameters.getAll(name).length > 1);
  if (repeated) return refuse('invalid_request', `${repeated} is given more than once`);
  const responseType = parameters.get('response_type');
  if (!responseType) return refuse('invalid_request', 'response_type is required');
  if (responseType !== 'code') return refuse('unsupported_response_type', 'only response_type=code is supported');
  const scope = parameters.get('scope') ?? '';
  if (!scope.split(' ').includes('openid')) return refuse('invalid_scope', 'scope must include openid');
  const codeChallenge = parameters.get('code_challenge');
  if (!codeChallenge || !PKCE_VALUE.test(codeChallenge)) return refuse('invalid_request', 'code_challenge is required (PKCE, RFC 7636)');
  if (parameters.get('code_challenge_method') !== 'S256') return refuse('invalid_request', 'code_challenge_method must be S256');
  return {
    kind: 'valid',
    request: { clientId: client.clientId, redirectUri, scope, state, nonce: parameters.get('nonce') ?? undefined, codeChallenge },
  };
}
