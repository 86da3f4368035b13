// The platform settings as the services read them (libs/platform/src/config/platform-config.ts): the same
// variables and defaults, so the scripts and the services agree on where PostgreSQL and NATS are.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const platformDefaults = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/open_dialogue',
  NATS_URL: 'nats://127.0.0.1:4222',
  NATS_SUBJECT_ROOT: 'od',
  NATS_EVENTS_STREAM: 'OD_EVENTS',
  LOG_LEVEL: 'info',
};

export function readPlatformEnv(env = process.env) {
  return Object.fromEntries(Object.entries(platformDefaults).map(([key, fallback]) => [key, env[key] ?? fallback]));
}
