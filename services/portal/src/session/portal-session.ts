import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { getIronSession, type IronSession } from 'iron-session';
import type { PortalConfig } from '../portal-config';

/** Who is signed in: the access token the gateway verifies, and what the page shows. */
export interface SignedInUser {
  readonly accessToken: string;
  readonly expiresAt: number;
  readonly subject: string;
  readonly name: string;
  readonly role: string;
  readonly holderId?: string;
}

/** A sign-in under way (OpenID Connect authorization code flow with PKCE): checked when the provider sends the user back. */
export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly returnTo: string;
}

export interface PortalSessionData {
  /** A random id for this browser's session: what the CSRF tokens are bound to, signed in or not. */
  id?: string;
  user?: SignedInUser;
  pendingSignIn?: PendingSignIn;
}

export type PortalSession = IronSession<PortalSessionData>;

declare module 'express-serve-static-core' {
  interface Request {
    portalSession: PortalSession;
  }
}

/**
 * The session is one sealed cookie (iron-session: encrypted and signed), httpOnly, SameSite=Lax, Secure in
 * production: nothing is kept on the server, so any portal instance serves any user. An expired access token
 * signs the user out.
 */
export function portalSessions(config: PortalConfig) {
  const options = {
    password: config.sessionSecret,
    cookieName: config.production ? '__Host-od_session' : 'od_session',
    ttl: 8 * 3600,
    cookieOptions: { httpOnly: true, secure: config.production, sameSite: 'lax' as const, path: '/' },
  };
  return async (request: Request, response: Response, next: NextFunction) => {
    try {
      const session = await getIronSession<PortalSessionData>(request, response, options);
      if (!session.id) session.id = randomBytes(16).toString('base64url');
      if (session.user && session.user.expiresAt <= Date.now()) delete session.user;
      request.portalSession = session;
      next();
    } catch (error) {
      next(error);
    }
  };
}
