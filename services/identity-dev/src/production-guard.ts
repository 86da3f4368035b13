/**
 * The development identity provider mints a valid access token for any account anyone asks for: it must
 * never run where real people's data is. With NODE_ENV=production it refuses to start (the reason, or null).
 */
export function productionRefusal(env: Record<string, string | undefined>): string | null {
  if (env.NODE_ENV?.trim().toLowerCase() !== 'production') return null;
  return 'identity-dev refuses to start with NODE_ENV=production: it issues access tokens for any account to anyone who asks. In production the gateway trusts the national e-government identity provider (AUTH_ISSUER, AUTH_JWKS_URL); identity-dev is for development only.';
}
