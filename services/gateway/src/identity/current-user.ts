import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedUser } from '@od/platform';
import { readerLanguageOf } from './reader-language';

/**
 * The one seam through which the caller's identity reaches a controller: the user the access guard
 * verified from the bearer token, reading in the language this request asks for (Accept-Language), else the
 * account's own.
 */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const request = context.switchToHttp().getRequest<{ user?: AuthenticatedUser; headers: Record<string, string | undefined> }>();
  const user = request.user;
  if (!user) throw new UnauthorizedException({ error: 'unauthenticated', message: 'Sign in to continue' });
  const language = readerLanguageOf(request.headers['accept-language']);
  return language ? { ...user, locale: language } : user;
});
