import { connect, type NatsConnection } from '@nats-io/transport-node';
import { natsCredentials } from './nats-credentials';

export interface ConnectNatsOptions {
  /** Give up the first connection after this many milliseconds; reconnects afterwards never give up. */
  readonly timeoutMs?: number;
  /** Whose credentials to sign in with (see `natsCredentials`); defaults to `name`. */
  readonly service?: string;
}

/**
 * One connection per process, named so `nats server report connections` shows who is who.
 * After the first connect it reconnects forever: a service outlives a NATS restart instead of exiting.
 */
export function connectNats(url: string, name: string, options: ConnectNatsOptions = {}): Promise<NatsConnection> {
  return connect({
    servers: url.split(',').map((server) => server.trim()),
    name,
    timeout: options.timeoutMs ?? 5_000,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 1_000,
    ...natsCredentials(options.service ?? name),
  });
}
