import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedUser } from '../identity/authenticated-user';
import { InvalidTokenError, type TokenVerifier } from '../identity/token-verifier';
import { allowedRoles } from './access-policy';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

interface HttpRequest {
  method: string;
  route?: { path: string };
  headers: Record<string, string | string[] | undefined>;
  user?: AuthenticatedUser;
}

/** Every request: find the endpoint in the access policy, verify the bearer token, check the role. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(@Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const endpoint = `${request.method} ${request.route?.path ?? ''}`;
    const roles = allowedRoles(endpoint);
    if (roles === undefined) throw new ForbiddenException({ error: 'endpoint_not_in_policy', message: `${endpoint} is not in the access policy` });
    if (roles === 'public') return true;

    const header = request.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    if (!token) throw new UnauthorizedException({ error: 'unauthenticated', message: 'Send an access token: Authorization: Bearer <token>' });
    try {
      request.user = await this.verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw new UnauthorizedException({ error: 'token_invalid', message: `The access token was refused: ${error.message}` });
      throw error;
    }
    if (!roles.includes(request.user.role)) {
      throw new ForbiddenException({ error: 'role_not_allowed', message: `A ${request.user.role} account may not call ${endpoint}` });
    }
    return true;
  }
}
