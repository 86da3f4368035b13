import * as oidc from 'openid-client';
import type { PortalConfig } from '../portal-config';

/**
 * The OpenID Connect client (openid-client): authorization code flow with PKCE (S256), state and nonce. The
 * provider's metadata is discovered on first use, so the portal may start before the identity provider.
 */
export class SignInClient {
  private configuration?: Promise<oidc.Configuration>;

  constructor(private readonly config: PortalConfig) {}

  get redirectUri(): string {
    return `${this.config.publicUrl}/auth/callback`;
  }

  private provider(): Promise<oidc.Configuration> {
    // Plain http only in development, against a local provider.
    const insecure = !this.config.production && this.config.identityIssuer.startsWith('http://');
    this.configuration ??= oidc
      .discovery(
        new URL(this.config.identityIssuer),
        this.config.oidcClientId,
        undefined,
        oidc.None(),
        insecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  async start(): Promise<{ url: string; state: string; nonce: string; codeVerifier: string }> {
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(await this.provider(), {
      redirect_uri: this.redirectUri,
      scope: 'openid profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state, nonce, codeVerifier };
  }

  /** The provider sent the user back: exchange the code (checking state, nonce and the PKCE verifier) for tokens. */
  async finish(callbackUrl: URL, pending: { state: string; nonce: string; codeVerifier: string }) {
    const tokens = await oidc.authorizationCodeGrant(await this.provider(), callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    return { accessToken: tokens.access_token, expiresInSeconds: tokens.expires_in ?? 3600, claims: tokens.claims() };
  }
}
