import { ACCOUNT_ROLES, STAFF_ROLES, type AccessTokenClaims, type AccountRole, type StaffRole, type UiLanguage } from '@od/contracts';
import { checkBin, checkIin } from '@od/identity';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthenticatedUser } from './authenticated-user';

export interface TokenVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUrl: string;
  /** The longest lifetime (`exp − iat`) a token may have, in seconds (`AUTH_MAX_TOKEN_LIFETIME_S`, default 3600). */
  readonly maxLifetimeSeconds?: number;
  /** How far the provider's clock may be from ours, in seconds (`AUTH_CLOCK_SKEW_S`, default 60). */
  readonly clockSkewSeconds?: number;
}

export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 3600;
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;

/** Whether a holder id names a holder in the registry (a staff token's `od_holder`). */
export type HolderRegistryCheck = (holderId: string) => Promise<boolean>;

export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

export type TokenVerifier = (token: string) => Promise<AuthenticatedUser>;

const languages: readonly UiLanguage[] = ['kk', 'ru', 'en'];

function claimsToUser(claims: Partial<AccessTokenClaims>, accessToken: string): AuthenticatedUser {
  const role = claims.od_role;
  if (!claims.sub || !role || !ACCOUNT_ROLES.includes(role as AccountRole)) throw new InvalidTokenError('the token names no known role');
  if (claims.iin !== undefined && !checkIin(claims.iin).valid) throw new InvalidTokenError('the token carries an invalid IIN');
  if (claims.bin !== undefined && !checkBin(claims.bin).valid) throw new InvalidTokenError('the token carries an invalid BIN');
  if (role === 'citizen' && !claims.iin) throw new InvalidTokenError('a citizen token must carry an IIN');
  if (role === 'organisation' && !claims.bin) throw new InvalidTokenError('an organisation token must carry a BIN');
  const staffRoles = (claims.od_staff_roles ?? []).filter((staffRole): staffRole is StaffRole => STAFF_ROLES.includes(staffRole));
  if (role === 'staff' && (!claims.od_holder || !claims.iin || staffRoles.length === 0))
    throw new InvalidTokenError('a staff token must carry an IIN, a holder and a role');
  return {
    accountId: claims.sub,
    role,
    iin: claims.iin,
    bin: claims.bin,
    phoneVerified: claims.phone_verified === true,
    holderId: role === 'staff' ? claims.od_holder : undefined,
    staffRoles: role === 'staff' ? staffRoles : [],
    locale: languages.includes(claims.locale as UiLanguage) ? (claims.locale as UiLanguage) : 'kk',
    accessToken,
  };
}

/** `exp` and `iat` present, `iat` not ahead of our clock beyond the skew, and `exp − iat` within the cap. */
function timeProblem(payload: JWTPayload, now: number, maxLifetime: number, skew: number): string | undefined {
  if (typeof payload.exp !== 'number') return 'the token has no expiry (exp)';
  if (typeof payload.iat !== 'number') return 'the token has no issue time (iat)';
  if (payload.iat > now + skew) return `the token was issued in the future (iat is ${payload.iat - now} s ahead, at most ${skew} s of clock skew is allowed)`;
  if (payload.exp - payload.iat > maxLifetime) return `the token lives ${payload.exp - payload.iat} s, at most ${maxLifetime} s are accepted`;
  return undefined;
}

/**
 * Verifies an RS256 access token against the provider's JWKS: signature, issuer, audience, expiry (required),
 * issue time (required, not in the future), lifetime and clock skew capped; a staff token's holder must be
 * in the registry.
 */
export function createTokenVerifier(
  options: TokenVerifierOptions,
  keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(options.jwksUrl)),
  holderIsRegistered?: HolderRegistryCheck,
  clock: () => number = Date.now,
): TokenVerifier {
  const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const skew = options.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  return async (token) => {
    let user: AuthenticatedUser;
    try {
      const currentDate = new Date(clock());
      const { payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['RS256'],
        clockTolerance: skew,
        requiredClaims: ['exp', 'iat'],
        currentDate,
      });
      const problem = timeProblem(payload, Math.floor(currentDate.getTime() / 1000), maxLifetime, skew);
      if (problem) throw new InvalidTokenError(problem);
      user = claimsToUser(payload as Partial<AccessTokenClaims>, token);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      throw new InvalidTokenError((error as Error).message);
    }
    // Outside the try: a registry that cannot answer is a 503 (its own error), not a refused token.
    if (user.holderId !== undefined && holderIsRegistered && !(await holderIsRegistered(user.holderId))) {
      throw new InvalidTokenError(`the token names holder "${user.holderId}", which is not in the holders registry`);
    }
    return user;
  };
}
