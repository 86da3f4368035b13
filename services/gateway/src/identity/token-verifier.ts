import { ACCOUNT_ROLES, STAFF_ROLES, type AccessTokenClaims, type AccountRole, type StaffRole, type UiLanguage } from '@od/contracts';
import { checkBin, checkIin } from '@od/identity';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AuthenticatedUser } from './authenticated-user';

export interface TokenVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUrl: string;
}

export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

export type TokenVerifier = (token: string) => Promise<AuthenticatedUser>;

const languages: readonly UiLanguage[] = ['kk', 'ru', 'en'];

function claimsToUser(claims: Partial<AccessTokenClaims>): AuthenticatedUser {
  const role = claims.od_role;
  if (!claims.sub || !role || !ACCOUNT_ROLES.includes(role as AccountRole)) throw new InvalidTokenError('the token names no known role');
  if (claims.iin !== undefined && !checkIin(claims.iin).valid) throw new InvalidTokenError('the token carries an invalid IIN');
  if (claims.bin !== undefined && !checkBin(claims.bin).valid) throw new InvalidTokenError('the token carries an invalid BIN');
  if (role === 'citizen' && !claims.iin) throw new InvalidTokenError('a citizen token must carry an IIN');
  if (role === 'organisation' && !claims.bin) throw new InvalidTokenError('an organisation token must carry a BIN');
  const staffRoles = (claims.od_staff_roles ?? []).filter((staffRole): staffRole is StaffRole => STAFF_ROLES.includes(staffRole));
  if (role === 'staff' && (!claims.od_holder || !claims.iin || staffRoles.length === 0)) throw new InvalidTokenError('a staff token must carry an IIN, a holder and a role');
  return {
    accountId: claims.sub,
    role,
    iin: claims.iin,
    bin: claims.bin,
    phoneVerified: claims.phone_verified === true,
    holderId: role === 'staff' ? claims.od_holder : undefined,
    staffRoles: role === 'staff' ? staffRoles : [],
    locale: languages.includes(claims.locale as UiLanguage) ? (claims.locale as UiLanguage) : 'kk',
  };
}

/** Verifies an RS256 access token against the provider's JWKS: signature, issuer, audience, expiry. */
export function createTokenVerifier(options: TokenVerifierOptions, keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(options.jwksUrl))): TokenVerifier {
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, { issuer: options.issuer, audience: options.audience, algorithms: ['RS256'], clockTolerance: 30 });
      return claimsToUser(payload as Partial<AccessTokenClaims>);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      throw new InvalidTokenError((error as Error).message);
    }
  };
}
