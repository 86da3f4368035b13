import { createHmac } from 'node:crypto';
import type { EventMetadata } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import { formatPosition } from '@od/event-store';
import { scrubPersonalData } from '@od/platform';
import { PERSONAL_FIELDS, PERSONAL_METADATA, PERSONAL_STREAM_ID_PARTS, type PersonalField } from './personal-fields';

/** One line of the analysts' export: the fact as the store holds it, personal data pseudonymised or scrubbed. */
export interface ExportedFact {
  readonly position: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly recordedAt: string;
  readonly metadata: EventMetadata;
  readonly data: unknown;
}

/** An export key must be long enough that nobody guesses it and recomputes pseudonyms from guessed IINs. */
export const MINIMUM_KEY_BYTES = 32;

/**
 * The export's pseudonymiser for one key (`personal-fields.ts` says what it does to which field). A fact type
 * the table does not know is refused rather than exported unread.
 */
export function pseudonymiser(key: Buffer): { pseudonym(value: string): string; exportFact(event: RecordedEvent): ExportedFact } {
  if (key.length < MINIMUM_KEY_BYTES) throw new Error(`the export key must have at least ${MINIMUM_KEY_BYTES} bytes; it has ${key.length}`);
  const known = new Map<string, string>();
  const pseudonym = (value: string): string => {
    let hashed = known.get(value);
    if (hashed === undefined) {
      hashed = `ps_${createHmac('sha256', key).update(value, 'utf8').digest('hex').slice(0, 32)}`;
      if (known.size > 200_000) known.clear();
      known.set(value, hashed);
    }
    return hashed;
  };
  const treat = (field: PersonalField, value: unknown): unknown => {
    if (value === undefined || value === null) return value;
    if (field.treatment === 'scrub') return typeof value === 'string' ? scrubPersonalData(value) : value;
    return pseudonym(typeof value === 'string' ? value : JSON.stringify(value));
  };
  const streamIdOf = (streamId: string): string => {
    for (const part of PERSONAL_STREAM_ID_PARTS) {
      const match = streamId.startsWith(`${part.category}-`) ? part.pattern.exec(streamId) : null;
      if (match) return `${match[1]}${pseudonym(match[2])}${match[3]}`;
    }
    return streamId;
  };
  return {
    pseudonym,
    exportFact(event) {
      const fields = PERSONAL_FIELDS[event.type];
      if (!fields)
        throw new Error(`the export does not know the fact type ${event.type}: add it to PERSONAL_FIELDS (libs/history/src/exporting/personal-fields.ts)`);
      const data = structuredClone(event.data) as unknown;
      for (const field of fields) apply(data, field.path.split('.'), (value) => treat(field, value));
      const metadata = structuredClone(event.metadata) as EventMetadata & { actor: { id: string } };
      for (const field of PERSONAL_METADATA) {
        if (field.path === 'actor.id' && metadata.actor?.kind === 'system') continue;
        apply(metadata, field.path.split('.'), (value) => treat(field, value));
      }
      return {
        position: formatPosition(event.position),
        streamId: streamIdOf(event.streamId),
        streamVersion: event.streamVersion,
        type: event.type,
        schemaVersion: event.schemaVersion,
        recordedAt: event.recordedAt,
        metadata,
        data,
      };
    },
  };
}

/** Replaces the value(s) at `path` inside `target` (in place); `*` walks every key or item. */
function apply(target: unknown, path: readonly string[], replace: (value: unknown) => unknown): void {
  if (target === null || typeof target !== 'object' || path.length === 0) return;
  const [head, ...rest] = path;
  const container = target as Record<string, unknown>;
  const keys = head === '*' ? Object.keys(container) : [head];
  for (const key of keys) {
    if (!(key in container)) continue;
    if (rest.length === 0) container[key] = replace(container[key]);
    else apply(container[key], rest, replace);
  }
}
