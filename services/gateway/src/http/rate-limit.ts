import { HttpException, Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerModule, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { integerSetting } from '@od/platform';
import { createHash } from 'node:crypto';

export interface RateLimitConfig {
  /** Requests one caller may make within the window, over all endpoints together. */
  readonly limit: number;
  readonly windowMs: number;
}

/** `GATEWAY_RATE_LIMIT` requests per `GATEWAY_RATE_WINDOW_MS` (default 120 per 60 s). */
export function readRateLimitConfig(): RateLimitConfig {
  return { limit: integerSetting(process.env, 'GATEWAY_RATE_LIMIT', 120), windowMs: integerSetting(process.env, 'GATEWAY_RATE_WINDOW_MS', 60_000) };
}

interface ThrottledRequest {
  readonly ip?: string;
  readonly route?: { path: string };
  readonly user?: { accountId: string };
}

/** Who is counted: the account the access guard verified, else the client address (public endpoints). */
export function rateLimitTracker(request: ThrottledRequest): string {
  return request.user?.accountId ? `account:${request.user.accountId}` : `ip:${request.ip ?? 'unknown'}`;
}

/**
 * The per-caller limit, a sliding window over all endpoints together; `GET /health` is not limited.
 *
 * Registered as an APP_GUARD after the AccessGuard, so `request.user` is set when it runs: global guards
 * run in the order their providers are listed. A request refused by the access guard (401/403) never
 * reaches this one.
 */
@Injectable()
export class AccountThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    return rateLimitTracker(request as ThrottledRequest);
  }

  /** One counter per caller over all endpoints; hashed so the in-memory keys hold no account id or address. */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return createHash('sha256').update(`${throttlerName}:${tracker}`).digest('hex');
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    return context.switchToHttp().getRequest<ThrottledRequest>().route?.path === '/health';
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    context.switchToHttp().getResponse<{ setHeader(name: string, value: string): void }>().setHeader('Retry-After', String(retryAfter));
    throw new HttpException(
      {
        error: 'rate_limited',
        message: `Too many requests: the limit is ${detail.limit} per ${Math.round(detail.ttl / 1000)} s; try again in ${retryAfter} s`,
        retryAfterSeconds: retryAfter,
      },
      429,
    );
  }
}

/** The throttler's options from the gateway's configuration; `blockDuration: 0` keeps the window sliding. */
export function rateLimitModule(config: RateLimitConfig = readRateLimitConfig()) {
  return ThrottlerModule.forRoot({ throttlers: [{ limit: config.limit, ttl: config.windowMs, blockDuration: 0 }] });
}
