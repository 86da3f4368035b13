import { integerSetting } from '../config/integer-setting';
import { DEFAULT_CLOCK_SKEW_SECONDS, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, type TokenVerifierOptions } from './token-verifier';

/**
 * Where access tokens come from: the national e-gov IdP in production, `identity-dev` locally; the longest
 * token lifetime accepted (`AUTH_MAX_TOKEN_LIFETIME_S`) and the clock skew allowed (`AUTH_CLOCK_SKEW_S`).
 */
export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): TokenVerifierOptions {
  const issuer = env.AUTH_ISSUER ?? 'http://127.0.0.1:3190';
  return {
    issuer,
    audience: env.AUTH_AUDIENCE ?? 'open-dialogue',
    jwksUrl: env.AUTH_JWKS_URL ?? `${issuer}/jwks.json`,
    maxLifetimeSeconds: integerSetting(env, 'AUTH_MAX_TOKEN_LIFETIME_S', DEFAULT_MAX_TOKEN_LIFETIME_SECONDS),
    clockSkewSeconds: integerSetting(env, 'AUTH_CLOCK_SKEW_S', DEFAULT_CLOCK_SKEW_SECONDS, { min: 0 }),
  };
}
