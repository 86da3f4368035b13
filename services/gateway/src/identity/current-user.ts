import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { Actor, ActorKind } from '@od/contracts';

/**
 * The one seam through which the caller's identity enters the gateway. Until OIDC tokens replace it,
 * the identity is read from the `x-dev-user: <kind>:<id>` header, and only when AUTH_MODE=dev.
 */
export type CurrentUserValue = Actor;

const devKinds: readonly ActorKind[] = ['citizen', 'organisation', 'staff', 'operator', 'ministry', 'analyst'];

export function identify(headers: Record<string, string | string[] | undefined>, authMode: string | undefined): CurrentUserValue {
  if (authMode !== 'dev') throw new UnauthorizedException({ error: 'unauthenticated', message: 'Sign in to continue' });
  const header = headers['x-dev-user'];
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^([a-z]+):([A-Za-z0-9_-]{1,64})$/.exec(value) : null;
  if (!match || !devKinds.includes(match[1] as ActorKind)) {
    throw new UnauthorizedException({ error: 'unauthenticated', message: 'The x-dev-user header must be "<kind>:<id>", e.g. "citizen:900101300017"' });
  }
  return { kind: match[1] as ActorKind, id: match[2] };
}

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): CurrentUserValue => {
  const request = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>();
  return identify(request.headers, process.env.AUTH_MODE);
});
