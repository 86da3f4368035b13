import { httpPortSetting, integerSetting, readPlatformConfig, type PlatformConfig } from '@od/platform';

export interface RelayConfig extends PlatformConfig {
  /** Names the checkpoint row and the leadership lock: one publishing relay per name. Defaults to the stream name. */
  readonly relayName: string;
  readonly httpPort: number;
  readonly maxInFlight: number;
  readonly checkpointIntervalMs: number;
  /** How often a standby tries to take over the leadership lock. */
  readonly standbyRetryMs: number;
  /** How often the relay looks for new events when no NOTIFY wakes it (appends do not notify by default). */
  readonly pollIntervalMs: number;
}

export function readRelayConfig(env: NodeJS.ProcessEnv = process.env): RelayConfig {
  const platform = readPlatformConfig(env);
  const setting = (name: string, fallback: number) => integerSetting(env, name, fallback, { min: 0 });
  return {
    ...platform,
    relayName: env.RELAY_NAME ?? platform.eventsStreamName,
    httpPort: httpPortSetting('relay', 3104, env),
    maxInFlight: Math.max(1, setting('RELAY_MAX_IN_FLIGHT', 256)),
    checkpointIntervalMs: Math.max(10, setting('RELAY_CHECKPOINT_INTERVAL_MS', 500)),
    standbyRetryMs: Math.max(50, setting('RELAY_STANDBY_RETRY_MS', 1_000)),
    pollIntervalMs: Math.max(5, setting('RELAY_POLL_INTERVAL_MS', 25)),
  };
}
