import { readPlatformConfig, type PlatformConfig } from '@od/platform';

export interface RelayConfig extends PlatformConfig {
  /** Names the checkpoint row and the leadership lock: one publishing relay per name. Defaults to the stream name. */
  readonly relayName: string;
  readonly httpPort: number;
  readonly maxInFlight: number;
  readonly checkpointIntervalMs: number;
  /** How often a standby tries to take over the leadership lock. */
  readonly standbyRetryMs: number;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

export function readRelayConfig(env: NodeJS.ProcessEnv = process.env): RelayConfig {
  const platform = readPlatformConfig(env);
  return {
    ...platform,
    relayName: env.RELAY_NAME ?? platform.eventsStreamName,
    httpPort: positiveInteger(env, 'RELAY_HTTP_PORT', 3104),
    maxInFlight: Math.max(1, positiveInteger(env, 'RELAY_MAX_IN_FLIGHT', 256)),
    checkpointIntervalMs: Math.max(10, positiveInteger(env, 'RELAY_CHECKPOINT_INTERVAL_MS', 500)),
    standbyRetryMs: Math.max(50, positiveInteger(env, 'RELAY_STANDBY_RETRY_MS', 1_000)),
  };
}
