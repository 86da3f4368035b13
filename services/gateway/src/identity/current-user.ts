import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedUser } from '@od/platform';

/**
 * The one seam through which the caller's identity reaches a controller: the user the access guard
 * verified from the bearer token.
 */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
  if (!user) throw new UnauthorizedException({ error: 'unauthenticated', message: 'Sign in to continue' });
  return user;
});
