import type { EventToAppend } from '@od/contracts';
import { DatabaseError, Pool } from 'pg';
import { DuplicateEventIdError, WrongExpectedVersionError } from '../errors';
import type { GlobalPosition } from '../global-position';
import { sqlNames } from './sql-names';

/**
 * A fact written by an import of history (the history generator, a migration from another system): unlike
 * `appendToStream`, where the database sets `recorded_at` to the commit's own time, an import states when the
 * fact was recorded in the history it reproduces. Only imports may do that; nothing that serves users does.
 */
export type ImportedEvent = EventToAppend & {
  readonly streamId: string;
  /** UTC ISO instant: when the history recorded it. Give a batch's events in the order they were recorded. */
  readonly recordedAt: string;
};

export interface ImportResult {
  /** Each stream's version after the import. */
  readonly versions: ReadonlyMap<string, number>;
  readonly lastPosition: GlobalPosition;
}

export interface PostgresHistoryImporterOptions {
  readonly connectionString: string;
  readonly schema?: string;
}

/**
 * Many streams in one transaction: the way to write millions of facts of history at a useful rate. Every
 * stream the batch touches names its expected version (0 for a stream that must not exist yet), checked under
 * the streams' row locks exactly as `appendToStream` checks one; a wrong one writes nothing of the batch.
 * The events keep the batch's order in the global order (one transaction: one `transaction_id`, sequences
 * drawn in batch order), so a batch given in recorded order reads back in recorded order.
 * No NOTIFY: live subscriptions pick the import up by polling.
 */
export interface PostgresHistoryImporter {
  importEvents(events: readonly ImportedEvent[], expectedVersions: ReadonlyMap<string, number>): Promise<ImportResult>;
  close(): Promise<void>;
}

export function createPostgresHistoryImporter(options: PostgresHistoryImporterOptions): PostgresHistoryImporter {
  const names = sqlNames(options.schema);
  const pool = new Pool({ connectionString: options.connectionString, max: 1, application_name: 'od-history-import' });
  pool.on('error', () => undefined);
  return {
    importEvents: (events, expectedVersions) => importEvents(pool, names, events, expectedVersions),
    close: () => pool.end(),
  };
}

interface Column {
  readonly ids: string[];
  readonly streams: string[];
  readonly versions: string[];
  readonly types: string[];
  readonly schemaVersions: number[];
  readonly data: string[];
  readonly metadata: string[];
  readonly recordedAt: string[];
}

/** The batch as columns, each event's stream version counted on from its stream's expected version. */
function columns(events: readonly ImportedEvent[], expectedVersions: ReadonlyMap<string, number>): { columns: Column; versions: Map<string, number> } {
  const versions = new Map<string, number>();
  const ids = new Set<string>();
  const column: Column = { ids: [], streams: [], versions: [], types: [], schemaVersions: [], data: [], metadata: [], recordedAt: [] };
  for (const event of events) {
    const expected = expectedVersions.get(event.streamId);
    if (expected === undefined || !Number.isSafeInteger(expected) || expected < 0) {
      throw new TypeError(`Stream ${event.streamId}: an import must name the stream's expected version (a whole number >= 0)`);
    }
    if (Number.isNaN(Date.parse(event.recordedAt))) throw new TypeError(`Stream ${event.streamId}: recordedAt must be an ISO instant, got ${event.recordedAt}`);
    const id = event.metadata.eventId.toLowerCase();
    if (ids.has(id)) throw new TypeError(`Stream ${event.streamId}: the same metadata.eventId appears twice in one import (${id})`);
    ids.add(id);
    const version = (versions.get(event.streamId) ?? expected) + 1;
    versions.set(event.streamId, version);
    column.ids.push(id);
    column.streams.push(event.streamId);
    column.versions.push(String(version));
    column.types.push(event.type);
    column.schemaVersions.push(event.schemaVersion);
    column.data.push(JSON.stringify(event.data ?? null));
    column.metadata.push(JSON.stringify(event.metadata));
    column.recordedAt.push(event.recordedAt);
  }
  return { columns: column, versions };
}

async function importEvents(
  pool: Pool,
  names: ReturnType<typeof sqlNames>,
  events: readonly ImportedEvent[],
  expectedVersions: ReadonlyMap<string, number>,
): Promise<ImportResult> {
  if (events.length === 0) throw new TypeError('An import needs at least one event');
  const { columns: c, versions } = columns(events, expectedVersions);
  const streams = [...versions.keys()].sort();
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    // Lock every stream of the batch in one order (no deadlock with another importer), creating the new ones at 0.
    await client.query(`INSERT INTO ${names.streams} (stream_id, version) SELECT unnest($1::text[]), 0 ON CONFLICT (stream_id) DO NOTHING`, [streams]);
    const { rows } = await client.query<{ stream_id: string; version: string }>(
      `SELECT stream_id, version::text AS version FROM ${names.streams} WHERE stream_id = ANY($1::text[]) ORDER BY stream_id FOR UPDATE`,
      [streams],
    );
    for (const row of rows) {
      const expected = expectedVersions.get(row.stream_id) as number;
      if (Number(row.version) !== expected) throw new WrongExpectedVersionError(row.stream_id, expected, Number(row.version));
    }
    const inserted = await client.query<{ transaction_id: string; sequence: string }>(
      `WITH appended AS (
         INSERT INTO ${names.events} (event_id, stream_id, stream_version, type, schema_version, data, metadata, recorded_at)
         SELECT b.event_id, b.stream_id, b.stream_version, b.type, b.schema_version, b.data, b.metadata, b.recorded_at
           FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::text[], $5::integer[], $6::jsonb[], $7::jsonb[], $8::timestamptz[])
                WITH ORDINALITY AS b(event_id, stream_id, stream_version, type, schema_version, data, metadata, recorded_at, n)
          ORDER BY b.n
         RETURNING sequence)
       SELECT pg_current_xact_id()::text AS transaction_id, max(sequence)::text AS sequence FROM appended`,
      [c.ids, c.streams, c.versions, c.types, c.schemaVersions, c.data, c.metadata, c.recordedAt],
    );
    await client.query(
      `UPDATE ${names.streams} s SET version = v.version FROM unnest($1::text[], $2::bigint[]) AS v(stream_id, version) WHERE s.stream_id = v.stream_id`,
      [streams, streams.map((stream) => String(versions.get(stream)))],
    );
    await client.query('COMMIT');
    const last = inserted.rows[0];
    return { versions, lastPosition: { transactionId: BigInt(last.transaction_id), sequence: BigInt(last.sequence) } };
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    if (error instanceof DatabaseError && error.code === '23505' && error.constraint === 'events_event_id_key') {
      throw new DuplicateEventIdError(streams.join(', '), c.ids);
    }
    if (!(error instanceof DatabaseError) && !(error instanceof WrongExpectedVersionError)) broken ??= error as Error;
    throw error;
  } finally {
    client.release(broken);
  }
}
