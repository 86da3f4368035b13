import { HttpException, Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ThrottlerModule, ThrottlerStorage } from '@nestjs/throttler';
import { integerSetting } from '@od/platform';
import { createHash } from 'node:crypto';

export interface RateLimitConfig {
  /** Requests one caller may make within the window, over all endpoints together. */
  readonly limit: number;
  readonly windowMs: number;
  /** Refused tokens (401) one client address may cause within the window; beyond, 429. */
  readonly authFailureLimit: number;
  /**
   * How many proxies in front of the gateway are trusted to append the client's address to
   * `X-Forwarded-For` (Express's `trust proxy` as a hop count). 0: the header is ignored and the client
   * is the socket's peer.
   */
  readonly trustedProxyHops: number;
}

/**
 * `GATEWAY_RATE_LIMIT` requests per `GATEWAY_RATE_WINDOW_MS` (default 120 per 60 s), at most
 * `GATEWAY_AUTH_FAILURE_LIMIT` refused tokens per client address in the same window (default 20), and
 * `GATEWAY_TRUSTED_PROXY_HOPS` trusted proxies (default 0).
 */
export function readRateLimitConfig(env: NodeJS.ProcessEnv = process.env): RateLimitConfig {
  return {
    limit: integerSetting(env, 'GATEWAY_RATE_LIMIT', 120),
    windowMs: integerSetting(env, 'GATEWAY_RATE_WINDOW_MS', 60_000),
    authFailureLimit: integerSetting(env, 'GATEWAY_AUTH_FAILURE_LIMIT', 20),
    trustedProxyHops: integerSetting(env, 'GATEWAY_TRUSTED_PROXY_HOPS', 0, { min: 0 }),
  };
}

export const RATE_LIMIT_CONFIG = Symbol('RATE_LIMIT_CONFIG');

/** What is counted: every request of a caller (an account, or an address on public endpoints), and refused tokens per address. */
export type RateLimitKind = 'requests' | 'auth_failures';

interface ClientRequest {
  /** The client address Express derives with the `trust proxy` setting: the socket's peer unless proxies are trusted. */
  readonly ip?: string;
}

/** Who a request without a verified account is counted as: its client address. */
export function clientAddressTracker(request: ClientRequest): string {
  return `ip:${request.ip ?? 'unknown'}`;
}

/**
 * Sliding-window counters in the throttler's storage, called by the access guard at the right moments:
 * public endpoints by client address, authenticated ones by account right after the token is verified
 * and before anything costs a lookup (the AWP access query), refused tokens by client address.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage,
    @Inject(RATE_LIMIT_CONFIG) private readonly config: RateLimitConfig,
  ) {}

  /** Counts one request of `tracker`; throws 429 with Retry-After (set by the caller's response) when over the limit. */
  async count(kind: RateLimitKind, tracker: string, response: { setHeader(name: string, value: string): void }): Promise<void> {
    const limit = kind === 'requests' ? this.config.limit : this.config.authFailureLimit;
    // Hashed so the in-memory keys hold no account id or address.
    const key = createHash('sha256').update(`${kind}:${tracker}`).digest('hex');
    const record = await this.storage.increment(key, this.config.windowMs, limit, 0, kind);
    if (!record.isBlocked) return;
    const retryAfter = Math.max(1, record.timeToBlockExpire);
    response.setHeader('Retry-After', String(retryAfter));
    const what = kind === 'requests' ? 'requests' : 'requests with a missing or refused access token';
    throw new HttpException(
      {
        error: 'rate_limited',
        message: `Too many ${what}: the limit is ${limit} per ${Math.round(this.config.windowMs / 1000)} s; try again in ${retryAfter} s`,
        retryAfterSeconds: retryAfter,
      },
      429,
    );
  }
}

/** Applies `GATEWAY_TRUSTED_PROXY_HOPS` to Express, so `request.ip` is the client's address behind that many proxies. */
@Injectable()
export class TrustedProxySetting implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(RATE_LIMIT_CONFIG) private readonly config: RateLimitConfig,
  ) {}

  onModuleInit(): void {
    const express = this.adapterHost.httpAdapter?.getInstance() as { set?(name: string, value: unknown): void } | undefined;
    express?.set?.('trust proxy', this.config.trustedProxyHops > 0 ? this.config.trustedProxyHops : false);
  }
}

/** The throttler's storage (in memory, per gateway instance) and the limiter's settings. */
export function rateLimitModule(config: RateLimitConfig = readRateLimitConfig()) {
  return {
    imports: [ThrottlerModule.forRoot({ throttlers: [{ limit: config.limit, ttl: config.windowMs, blockDuration: 0 }] })],
    providers: [{ provide: RATE_LIMIT_CONFIG, useValue: config }, RateLimiter, TrustedProxySetting],
  };
}
