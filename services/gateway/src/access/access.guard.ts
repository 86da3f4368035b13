import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { StaffRole } from '@od/contracts';
import { clientAddressTracker, RateLimiter } from '../http/rate-limit';
import { endpointRule } from './access-policy';
import { ActiveStaffRoles } from './active-staff-roles';
import { type AuthenticatedUser, InvalidTokenError, type TokenVerifier } from '@od/platform';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

interface HttpRequest {
  method: string;
  ip?: string;
  route?: { path: string };
  headers: Record<string, string | string[] | undefined>;
  user?: AuthenticatedUser;
}

interface HttpResponse {
  setHeader(name: string, value: string): void;
}

/**
 * Every request: find the endpoint in the access policy, verify the bearer token, check the role, count
 * the request against the caller's rate limit and, for staff, check that the AWP access the endpoint
 * needs is active now (C7). The limit is counted before the AWP lookup, so a throttled caller costs no
 * query; public endpoints are counted by client address, and so are refused tokens (a flood of them is
 * answered 429 instead of 401). `GET /health` is not counted.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
    @Inject(ActiveStaffRoles) private readonly activeStaffRoles: ActiveStaffRoles,
    @Inject(RateLimiter) private readonly rateLimiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const response = context.switchToHttp().getResponse<HttpResponse>();
    const endpoint = `${request.method} ${request.route?.path ?? ''}`;
    const rule = endpointRule(endpoint);
    if (rule === undefined) throw new ForbiddenException({ error: 'endpoint_not_in_policy', message: `${endpoint} is not in the access policy` });
    if (rule === 'public') {
      if (endpoint !== 'GET /health') await this.rateLimiter.count('requests', clientAddressTracker(request), response);
      return true;
    }

    const header = request.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    if (!token) {
      await this.rateLimiter.count('auth_failures', clientAddressTracker(request), response);
      throw new UnauthorizedException({ error: 'unauthenticated', message: 'Send an access token: Authorization: Bearer <token>' });
    }
    let user: AuthenticatedUser;
    try {
      user = await this.verify(token);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      await this.rateLimiter.count('auth_failures', clientAddressTracker(request), response);
      throw new UnauthorizedException({ error: 'token_invalid', message: `The access token was refused: ${error.message}` });
    }
    await this.rateLimiter.count('requests', `account:${user.accountId}`, response);
    if (!rule.roles.includes(user.role)) {
      throw new ForbiddenException({ error: 'role_not_allowed', message: `A ${user.role} account may not call ${endpoint}` });
    }
    if (user.role === 'staff' && rule.awp) {
      const needed = rule.awp as readonly StaffRole[];
      if (!user.staffRoles.some((role) => needed.includes(role))) {
        throw new ForbiddenException({
          error: 'role_not_allowed',
          rule: rule.rule,
          message: `Only staff with the AWP role ${needed.join(' or ')} may call ${endpoint}`,
        });
      }
      const active = await this.activeStaffRoles.of(user.holderId as string, user.iin as string);
      const usable = active.filter((role) => user.staffRoles.includes(role));
      if (!usable.some((role) => needed.includes(role))) {
        throw new ForbiddenException({
          error: 'awp_access_inactive',
          rule: 'C7',
          message: `Your AWP access as ${needed.join(' or ')} is not active: it must be approved by the operator and your training recorded`,
        });
      }
      user = { ...user, staffRoles: usable };
    }
    request.user = user;
    return true;
  }
}
