import { randomBytes } from 'node:crypto';

/** What the portal needs to know: where the platform's public API and the identity provider are, and its own secrets. */
export interface PortalConfig {
  /** The gateway's public API, as any client reaches it (the portal never reads the store or the read models). */
  readonly gatewayUrl: string;
  /** The OpenID provider (issuer) users sign in with. */
  readonly identityIssuer: string;
  readonly oidcClientId: string;
  /** Where users reach the portal (for the sign-in callback), e.g. https://dialogue.gov.kz. */
  readonly publicUrl: string;
  /** Seals the session cookie (iron-session) and keys the CSRF tokens; at least 32 characters. */
  readonly sessionSecret: string;
  readonly production: boolean;
}

export function readPortalConfig(env: NodeJS.ProcessEnv, port: number): PortalConfig {
  const production = env.NODE_ENV === 'production';
  const problems: string[] = [];
  const secret = env.PORTAL_SESSION_SECRET ?? (production ? undefined : randomBytes(32).toString('base64url'));
  if (!secret || secret.length < 32) problems.push('PORTAL_SESSION_SECRET must be set to at least 32 characters');
  const gatewayUrl = env.PORTAL_GATEWAY_URL ?? env.GATEWAY_URL ?? 'http://127.0.0.1:3000';
  const identityIssuer = env.AUTH_ISSUER ?? 'http://127.0.0.1:3190';
  if (production && !env.PORTAL_PUBLIC_URL?.startsWith('https://')) problems.push('PORTAL_PUBLIC_URL must be an https:// address in production');
  if (problems.length > 0) throw new Error(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  return {
    gatewayUrl: gatewayUrl.replace(/\/$/, ''),
    identityIssuer: identityIssuer.replace(/\/$/, ''),
    oidcClientId: env.PORTAL_OIDC_CLIENT_ID ?? 'od-portal',
    publicUrl: (env.PORTAL_PUBLIC_URL ?? `http://127.0.0.1:${port}`).replace(/\/$/, ''),
    sessionSecret: secret as string,
    production,
  };
}
