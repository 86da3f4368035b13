import type { NatsConnection } from '@nats-io/transport-node';
import type { PlatformConfig } from '../config/platform-config';
import { integerSetting } from '../config/integer-setting';
import { followEventsStream, type FollowerLog, type FollowEventsStreamOptions } from './follow-events-stream';

/** Which durable consumer a follower reads through, and how many facts a batch folds. */
export interface FollowerSettings {
  readonly durableName: string;
  readonly batchSize: number;
}

/**
 * A follower's settings, read one way for every following service: `<PREFIX>_CONSUMER` (the durable
 * consumer, shared by its instances) and `<PREFIX>_BATCH_SIZE` (validated: a whole number ≥ 1).
 */
export function followerSettings(prefix: string, defaults: FollowerSettings, env: NodeJS.ProcessEnv = process.env): FollowerSettings {
  return {
    durableName: env[`${prefix}_CONSUMER`] || defaults.durableName,
    batchSize: integerSetting(env, `${prefix}_BATCH_SIZE`, defaults.batchSize, { min: 1 }),
  };
}

/** The follower's lines through a service's logger (pino's argument order: fields, then message). */
export function followerLog(logger: { info(message: string): void; error(fields: object, message: string): void }): FollowerLog {
  return { info: (message) => logger.info(message), error: (message, error) => logger.error({ err: error }, message) };
}

/** A follower running in the background until stopped. */
export interface RunningFollower {
  /** Stops pulling, lets the batch in hand finish, and resolves when the follower has returned. */
  stop(): Promise<void>;
}

/**
 * Follows the platform's events stream (names from the configuration) with the service's own checkpoint,
 * transaction and fold: the one way projections, deadlines and notifications follow it.
 */
export function startFollowing<Tx>(
  nc: NatsConnection,
  config: Pick<PlatformConfig, 'eventsStreamName' | 'subjectRoot'>,
  options: Omit<FollowEventsStreamOptions<Tx>, 'streamName' | 'subjectRoot'>,
): RunningFollower {
  const abort = new AbortController();
  const running = followEventsStream(nc, { ...options, streamName: config.eventsStreamName, subjectRoot: config.subjectRoot }, abort.signal);
  return {
    stop: async () => {
      abort.abort();
      await running;
    },
  };
}
