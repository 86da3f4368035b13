import type { TokenVerifierOptions } from './token-verifier';

/** Where access tokens come from: the national e-gov IdP in production, `identity-dev` locally. */
export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): TokenVerifierOptions {
  const issuer = env.AUTH_ISSUER ?? 'http://127.0.0.1:3190';
  return { issuer, audience: env.AUTH_AUDIENCE ?? 'open-dialogue', jwksUrl: env.AUTH_JWKS_URL ?? `${issuer}/jwks.json` };
}
