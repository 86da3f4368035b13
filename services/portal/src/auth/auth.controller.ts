import { Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GatewayClient } from '../gateway/gateway-client';
import { SignInClient } from './sign-in-client';

/** Only a path on this portal may be returned to after sign-in (no open redirect). */
export const safeReturnPath = (value: unknown): string => (typeof value === 'string' && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : '/');

interface Me {
  readonly accountId: string;
  readonly role: string;
  readonly holderId?: string;
}

@Controller('auth')
export class AuthController {
  constructor(
    @Inject(SignInClient) private readonly signIn: SignInClient,
    @Inject(GatewayClient) private readonly gateway: GatewayClient,
  ) {}

  @Get('sign-in')
  async start(@Req() request: Request, @Res() response: Response, @Query('returnTo') returnTo?: string) {
    const started = await this.signIn.start();
    request.portalSession.pendingSignIn = {
      state: started.state,
      nonce: started.nonce,
      codeVerifier: started.codeVerifier,
      returnTo: safeReturnPath(returnTo),
    };
    await request.portalSession.save();
    response.redirect(303, started.url);
  }

  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response) {
    const pending = request.portalSession.pendingSignIn;
    if (!pending) return response.redirect(303, '/');
    delete request.portalSession.pendingSignIn;
    const tokens = await this.signIn.finish(new URL(request.originalUrl, this.signIn.redirectUri), pending);
    const expiresAt = Date.now() + tokens.expiresInSeconds * 1000;
    // Who the platform says this is (role, holder): the gateway verifies the token, the portal only shows it.
    const me = await this.gateway.get<Me>('/api/me', {
      language: request.language,
      user: { accessToken: tokens.accessToken, expiresAt, subject: '', name: '', role: '' },
    });
    if (!me.ok) throw new Error(`the gateway refused the new access token (${me.status})`);
    const name = typeof tokens.claims?.name === 'string' ? tokens.claims.name : me.body.accountId;
    request.portalSession.user = {
      accessToken: tokens.accessToken,
      expiresAt,
      subject: me.body.accountId,
      name,
      role: me.body.role,
      ...(me.body.holderId ? { holderId: me.body.holderId } : {}),
    };
    await request.portalSession.save();
    response.redirect(303, pending.returnTo);
  }

  @Post('sign-out')
  async signOut(@Req() request: Request, @Res() response: Response) {
    request.portalSession.destroy();
    response.redirect(303, '/');
  }
}
