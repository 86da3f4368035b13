import { validatePlatformEnvironment } from './platform-environment';

/**
 * Settings every service reads from the environment. Each has a default that works on a developer
 * machine; production sets them all. Documented in the README ("Configuration").
 */
export interface PlatformConfig {
  /** PostgreSQL holding the event store (schema `event_store`) and the read models (schema `read_models`). */
  readonly databaseUrl: string;
  readonly natsUrl: string;
  /** First token of every NATS subject: `od` in production, a per-run root in tests. */
  readonly subjectRoot: string;
  /** The JetStream stream that carries every fact (`<root>.events.>`). */
  readonly eventsStreamName: string;
  readonly logLevel: string;
  /**
   * Whether appends wake the relay with NOTIFY. Off by default: PostgreSQL queues notifications under one
   * lock per database at commit, which makes notifying appends commit one at a time (bench/README.md);
   * the relay polls instead (`RELAY_POLL_INTERVAL_MS`).
   */
  readonly eventStoreNotify: boolean;
}

export function readPlatformConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  validatePlatformEnvironment(env);
  return {
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/open_dialogue',
    natsUrl: env.NATS_URL ?? 'nats://127.0.0.1:4222',
    subjectRoot: env.NATS_SUBJECT_ROOT ?? 'od',
    eventsStreamName: env.NATS_EVENTS_STREAM ?? 'OD_EVENTS',
    logLevel: env.LOG_LEVEL ?? 'info',
    eventStoreNotify: env.EVENT_STORE_NOTIFY === 'on',
  };
}
