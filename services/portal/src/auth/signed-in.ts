import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, type Type } from '@nestjs/common';
import type { Request } from 'express';

/** Thrown where a page needs a signed-in user: the error filter sends the browser to sign in, and back here after. */
export class SignInRequired extends Error {
  constructor(readonly returnTo: string) {
    super('sign_in_required');
  }
}

/**
 * A guard for pages of signed-in users of these roles (`@UseGuards(signedInAs('staff'))`): not signed in →
 * sign in and come back; signed in with another role → 403 page.
 */
export function signedInAs(...roles: string[]): Type<CanActivate> {
  @Injectable()
  class SignedInAs implements CanActivate {
    canActivate(context: ExecutionContext): boolean {
      const request = context.switchToHttp().getRequest<Request>();
      const user = request.portalSession.user;
      if (!user) throw new SignInRequired(request.originalUrl);
      if (roles.length > 0 && !roles.includes(user.role)) throw new ForbiddenException('not_for_this_account');
      return true;
    }
  }
  return SignedInAs;
}
