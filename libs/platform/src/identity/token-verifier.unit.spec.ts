import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { createTokenVerifier, InvalidTokenError, type TokenVerifier } from './token-verifier';

const issuer = 'https://idp.example.kz';
const audience = 'open-dialogue';
let signingKey: CryptoKey;
let publicKey: CryptoKey;
let strangerKey: CryptoKey;
let verify: TokenVerifier;

const citizenClaims = { od_role: 'citizen', iin: '900101300017', phone_verified: true, locale: 'ru' };

function aToken(
  claims: Record<string, unknown> = citizenClaims,
  options: { key?: CryptoKey; issuer?: string; audience?: string; expiresIn?: string; kid?: string } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'k1' })
    .setIssuer(options.issuer ?? issuer)
    .setAudience(options.audience ?? audience)
    .setSubject('citizen-aigerim')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '10m')
    .sign(options.key ?? signingKey);
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  publicKey = pair.publicKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256' };
  verify = createTokenVerifier({ issuer, audience, jwksUrl: 'unused' }, createLocalJWKSet({ keys: [jwk] }));
});

describe('Access token verification', () => {
  it('accepts a valid citizen token and reads IIN, phone verification and language', async () => {
    const token = await aToken();
    await expect(verify(token)).resolves.toEqual({
      accessToken: token,
      accountId: 'citizen-aigerim',
      role: 'citizen',
      iin: '900101300017',
      bin: undefined,
      phoneVerified: true,
      holderId: undefined,
      staffRoles: [],
      locale: 'ru',
    });
  });

  it('reads a staff member’s holder and roles', async () => {
    const user = await verify(
      await aToken({
        od_role: 'staff',
        iin: '780302300111',
        phone_verified: true,
        od_holder: 'kazatomprom',
        od_staff_roles: ['administrator', 'unknown-role'],
      }),
    );
    expect(user).toMatchObject({ role: 'staff', holderId: 'kazatomprom', staffRoles: ['administrator'] });
  });

  it.each([
    ['signed by another key', () => aToken(citizenClaims, { key: strangerKey })],
    ['from another issuer', () => aToken(citizenClaims, { issuer: 'https://evil.example' })],
    ['for another audience', () => aToken(citizenClaims, { audience: 'other-app' })],
    ['expired', () => aToken(citizenClaims, { expiresIn: '-5m' })],
    ['with an IIN whose check digit is wrong', () => aToken({ ...citizenClaims, iin: '900101300018' })],
    ['of a citizen without an IIN', () => aToken({ od_role: 'citizen', phone_verified: true })],
    ['with an unknown role', () => aToken({ ...citizenClaims, od_role: 'superuser' })],
    ['of staff without a holder', () => aToken({ od_role: 'staff', iin: '780302300111', phone_verified: true, od_staff_roles: ['administrator'] })],
  ])('refuses a token %s', async (_, makeToken) => {
    await expect(verify(await makeToken())).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses an unsigned token (alg none) and an HS256 token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ ...citizenClaims, sub: 'x', iss: issuer, aud: audience, exp: Math.floor(Date.now() / 1000) + 600 })).toString(
      'base64url',
    );
    await expect(verify(`${header}.${body}.`)).rejects.toBeInstanceOf(InvalidTokenError);
    const hs = await new SignJWT(citizenClaims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject('x')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-shared-secret-of-32-bytes-long!'));
    await expect(verify(hs)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});

describe('Access token lifetime, clock skew and holder', () => {
  const now = Math.floor(Date.now() / 1000);
  const staffClaims = { od_role: 'staff', iin: '780302300111', phone_verified: true, od_holder: 'kazatomprom', od_staff_roles: ['administrator'] };
  const registered = new Set(['kazatomprom']);
  let strict: TokenVerifier;
  let registryAsked: string[];

  /** A token with exactly these time claims (undefined leaves the claim out). */
  function timedToken(times: { iat?: number; exp?: number }, claims: Record<string, unknown> = citizenClaims) {
    const jwt = new SignJWT({ ...claims, ...(times.iat === undefined ? {} : { iat: times.iat }), ...(times.exp === undefined ? {} : { exp: times.exp }) })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject('citizen-aigerim');
    return jwt.sign(signingKey);
  }

  beforeAll(async () => {
    const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
    strict = createTokenVerifier(
      { issuer, audience, jwksUrl: 'unused', maxLifetimeSeconds: 3600, clockSkewSeconds: 60 },
      createLocalJWKSet({ keys: [jwk] }),
      async (holderId) => {
        registryAsked.push(holderId);
        return registered.has(holderId);
      },
    );
  });

  beforeEach(() => {
    registryAsked = [];
  });

  it('accepts a token issued now for an hour, and one issued 59 s ahead (within the skew)', async () => {
    await expect(strict(await timedToken({ iat: now, exp: now + 3600 }))).resolves.toMatchObject({ role: 'citizen' });
    await expect(strict(await timedToken({ iat: now + 59, exp: now + 600 }))).resolves.toMatchObject({ role: 'citizen' });
  });

  it.each([
    ['without exp', { iat: now }, /exp/],
    ['without iat', { exp: now + 600 }, /iat/],
    ['living longer than an hour', { iat: now, exp: now + 3601 }, /lives 3601 s, at most 3600/],
    ['living a year', { iat: now - 60, exp: now + 365 * 86_400 }, /at most 3600/],
    ['issued 5 minutes in the future', { iat: now + 300, exp: now + 900 }, /issued in the future/],
    ['expired 61 s ago (beyond the skew)', { iat: now - 600, exp: now - 61 }, /exp/],
  ])('refuses a token %s', async (_, times, reason) => {
    const refusal = strict(await timedToken(times));
    await expect(refusal).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(refusal).rejects.toThrow(reason);
  });

  it('accepts a staff token whose holder is in the registry, and refuses one naming a holder that does not exist', async () => {
    await expect(strict(await timedToken({ iat: now, exp: now + 600 }, staffClaims))).resolves.toMatchObject({ holderId: 'kazatomprom' });
    const refusal = strict(await timedToken({ iat: now, exp: now + 600 }, { ...staffClaims, od_holder: 'ministry-of-nowhere' }));
    await expect(refusal).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(refusal).rejects.toThrow(/ministry-of-nowhere.*not in the holders registry/);
    expect(registryAsked).toEqual(['kazatomprom', 'ministry-of-nowhere']);
  });

  it('does not ask the registry for a token without a holder', async () => {
    await strict(await timedToken({ iat: now, exp: now + 600 }));
    expect(registryAsked).toEqual([]);
  });
});
