import { readFileSync } from 'node:fs';
import { nkeyAuthenticator, type Authenticator } from '@nats-io/transport-node';
import { serviceInboxPrefix } from '@od/nats-permissions';

export interface NatsCredentials {
  readonly authenticator?: Authenticator;
  /** Replies come back under the service's own prefix, which only it may subscribe to. */
  readonly inboxPrefix?: string;
}

/**
 * How a service signs in to NATS: with its nkey seed (`NATS_NKEY_SEED_FILE`, written by the
 * `@od/nats-permissions` generator) where the server enforces per-user permissions; anonymously on an open
 * development server, when the variable is unset. Every connection of the service uses the same.
 */
export function natsCredentials(service: string, env: NodeJS.ProcessEnv = process.env): NatsCredentials {
  const seedFile = env.NATS_NKEY_SEED_FILE;
  if (!seedFile) return {};
  const seed = readFileSync(seedFile, 'utf8').trim();
  return { authenticator: nkeyAuthenticator(new TextEncoder().encode(seed)), inboxPrefix: serviceInboxPrefix(service) };
}
