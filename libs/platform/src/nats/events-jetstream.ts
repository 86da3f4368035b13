import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager, type JetStreamManagerOptions } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { EVENTS_API_PREFIX } from '@od/nats-permissions';

/**
 * How a follower reaches the events stream's JetStream API. Signed in with credentials, a service is in
 * the PLATFORM account and the stream in EVENTS (`@od/nats-permissions` accounts): the API is imported under
 * `JS.EVENTS.API`, and the account's own `$JS.API.INFO` does not exist, so it is not asked. On an open
 * development server (no credentials) everything is in one account. `NATS_EVENTS_API_PREFIX` overrides.
 */
export function eventsJetStreamOptions(env: NodeJS.ProcessEnv = process.env): JetStreamManagerOptions {
  const prefix = env.NATS_EVENTS_API_PREFIX || (env.NATS_NKEY_SEED_FILE ? EVENTS_API_PREFIX : undefined);
  if (!prefix || prefix === '$JS.API') return {};
  return { apiPrefix: prefix, checkAPI: false };
}

export interface EventsJetStream {
  readonly jsm: JetStreamManager;
  readonly js: JetStreamClient;
}

export async function eventsJetStream(nc: NatsConnection, options: JetStreamManagerOptions = eventsJetStreamOptions()): Promise<EventsJetStream> {
  return { jsm: await jetstreamManager(nc, options), js: jetstream(nc, options) };
}
