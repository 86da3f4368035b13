import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JetStreamApiCodes, type JetStreamManager, type StreamConfig } from '@nats-io/jetstream';

/** JetStream API error 10058: a stream of that name exists (with another configuration). */
const STREAM_NAME_IN_USE = 10058;

function apiErrorCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

/**
 * The JetStream stream that carries every fact, created from `infra/nats/events-stream.json`.
 *
 * The file is the one definition, in the format `nats stream add --config` reads, so operators and the
 * services apply the same thing. It is found at run time rather than imported: the build compiles only
 * `libs/` and `services/`, so neither an import of the JSON nor a `.ts` copy under `infra/` would exist
 * under `dist/`. Services start from the repository root (or an image that keeps `infra/` next to
 * `dist/`); `NATS_STREAM_CONFIG` points elsewhere.
 */
export const EVENTS_STREAM_CONFIG_FILE = path.join('infra', 'nats', 'events-stream.json');

export interface EventsStreamNames {
  readonly streamName: string;
  /** First token of the subjects: the stream captures `<subjectRoot>.events.>`. */
  readonly subjectRoot: string;
}

export type EnsureStreamOutcome = 'created' | 'updated' | 'unchanged';

/** `NATS_STREAM_CONFIG`, else the first `infra/nats/events-stream.json` from the working directory upwards. */
export function resolveEventsStreamConfigPath(env: NodeJS.ProcessEnv = process.env, from = process.cwd()): string {
  if (env.NATS_STREAM_CONFIG) return path.resolve(from, env.NATS_STREAM_CONFIG);
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, EVENTS_STREAM_CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`${EVENTS_STREAM_CONFIG_FILE} not found from ${from} upwards; start from the repository root or set NATS_STREAM_CONFIG`);
}

/** The stream's configuration for these names: the file's settings, its name and subjects replaced. */
export function eventsStreamConfig(names: EventsStreamNames, configPath = resolveEventsStreamConfigPath()): Partial<StreamConfig> & { name: string } {
  const file = JSON.parse(readFileSync(configPath, 'utf8')) as Partial<StreamConfig>;
  return { ...file, name: names.streamName, subjects: [`${names.subjectRoot}.events.>`] };
}

function sameSetting(wanted: unknown, actual: unknown): boolean {
  if (Array.isArray(wanted) && Array.isArray(actual)) return JSON.stringify([...wanted].sort()) === JSON.stringify([...actual].sort());
  return JSON.stringify(wanted) === JSON.stringify(actual);
}

/**
 * Creates the stream, or updates it when its settings differ from the file. Never deletes it: a setting
 * JetStream cannot change in place (storage, retention) makes this throw, for an operator to decide.
 */
export async function ensureEventsStream(jsm: JetStreamManager, names: EventsStreamNames & { readonly configPath?: string }): Promise<EnsureStreamOutcome> {
  const wanted = eventsStreamConfig(names, names.configPath);
  let existing: StreamConfig;
  try {
    existing = (await jsm.streams.info(wanted.name)).config;
  } catch (error) {
    if (apiErrorCode(error) !== JetStreamApiCodes.StreamNotFound) throw error;
    try {
      await jsm.streams.add(wanted);
      return 'created';
    } catch (addError) {
      // Another instance created it between our look and our add: fall through to compare.
      if (apiErrorCode(addError) !== STREAM_NAME_IN_USE) throw addError;
      existing = (await jsm.streams.info(wanted.name)).config;
    }
  }
  const differs = Object.entries(wanted).some(([key, value]) => !sameSetting(value, (existing as Record<string, unknown>)[key]));
  if (!differs) return 'unchanged';
  await jsm.streams.update(wanted.name, { ...existing, ...wanted });
  return 'updated';
}
