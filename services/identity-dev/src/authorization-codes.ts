import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a code was issued for (RFC 6749 §4.1.3, RFC 7636 §4.6): redeeming it must present the same. */
export interface CodeGrant {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly nonce: string | undefined;
  readonly accountId: string;
  readonly expiresAt: number;
}

export interface Redemption {
  readonly code: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeVerifier: string;
}

export type RedemptionResult = { readonly ok: true; readonly grant: CodeGrant } | { readonly ok: false; readonly reason: string };

/** RFC 7636 §4.1: 43–128 characters of the unreserved set; the S256 challenge has the same alphabet (43 characters). */
export const PKCE_VALUE = /^[A-Za-z0-9\-._~]{43,128}$/;

/** `BASE64URL(SHA256(verifier))`, compared in constant time. */
export function verifierMatches(codeVerifier: string, codeChallenge: string): boolean {
  const computed = Buffer.from(createHash('sha256').update(codeVerifier, 'ascii').digest('base64url'));
  const expected = Buffer.from(codeChallenge);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}

/**
 * One-time authorization codes, held in memory (a restart forgets them, which only makes a sign-in in progress
 * start again). A code is consumed by the first attempt to redeem it, whether that attempt succeeds or not: a
 * stolen code cannot be tried against many verifiers, and a replay fails (RFC 6749 §4.1.2).
 */
export function authorizationCodes(ttlSeconds: number, now: () => number) {
  const grants = new Map<string, CodeGrant>();

  function forgetExpired(): void {
    const current = now();
    for (const [code, grant] of grants) if (grant.expiresAt <= current) grants.delete(code);
  }

  return {
    issue(grant: Omit<CodeGrant, 'expiresAt'>): string {
      forgetExpired();
      const code = randomBytes(32).toString('base64url');
      grants.set(code, { ...grant, expiresAt: now() + ttlSeconds * 1000 });
      return code;
    },

    redeem(redemption: Redemption): RedemptionResult {
      const grant = grants.get(redemption.code);
      grants.delete(redemption.code);
      if (!grant) return { ok: false, reason: 'the code is unknown or was already used' };
      if (grant.expiresAt <= now()) return { ok: false, reason: `the code expired (codes live ${ttlSeconds} s)` };
      if (grant.clientId !== redemption.clientId) return { ok: false, reason: 'the code was issued to another client' };
      if (grant.redirectUri !== redemption.redirectUri) return { ok: false, reason: 'redirect_uri differs from the one the code was issued for' };
      if (!verifierMatches(redemption.codeVerifier, grant.codeChallenge))
        return { ok: false, reason: 'code_verifier does not match the code_challenge (S256)' };
      return { ok: true, grant };
    },
  };
}

export type AuthorizationCodes = ReturnType<typeof authorizationCodes>;
