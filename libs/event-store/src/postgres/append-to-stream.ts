import type { EventToAppend } from '@od/contracts';
import type { PoolClient } from 'pg';
import { DuplicateEventIdError, WrongExpectedVersionError } from '../errors';
import type { AppendOptions, AppendResult, ExpectedVersion } from '../event-store';
import { START_POSITION, type GlobalPosition } from '../global-position';
import type { PostgresContext } from './context';

/**
 * Appends in one transaction:
 * 1. lock the stream's row (creating it at version 0 if new): writers of one stream queue here;
 * 2. look the event ids up: if this exact batch is already in the stream, it is a retried command, and the
 *    first append's result is returned with nothing written (checked before the expected version, so a
 *    retry that was right the first time is not refused now that the stream has moved on);
 * 3. check the expected version;
 * 4. insert the events, bump the stream's version and `pg_notify` subscribers, in one statement.
 * Two identical appends racing each other queue at step 1; the second then finds the first's events at 2.
 */
export async function appendToStream(
  context: PostgresContext,
  streamId: string,
  events: readonly EventToAppend[],
  options: AppendOptions = {},
): Promise<AppendResult> {
  const expected = options.expectedVersion ?? 'any';
  assertValidExpectedVersion(expected);
  if (events.length === 0) return appendNothing(context, streamId, expected);
  const eventIds = events.map((event) => event.metadata.eventId);
  assertValidEventIds(streamId, eventIds);

  const client = await context.pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    try {
      const current = await lockStream(context, client, streamId);
      const earlier = await findEarlierAppend(context, client, streamId, eventIds);
      if (earlier) {
        await client.query('ROLLBACK');
        return earlier;
      }
      if (!matches(expected, current)) throw new WrongExpectedVersionError(streamId, expected, current);
      const result = await insertEvents(context, client, streamId, events, current);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
      throw translate(error, streamId, eventIds);
    }
  } finally {
    client.release(broken);
  }
}

function matches(expected: ExpectedVersion, current: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === 0;
    case 'stream_exists':
      return current > 0;
    default:
      return current === expected;
  }
}

function assertValidExpectedVersion(expected: ExpectedVersion): void {
  if (typeof expected === 'number' && !(Number.isSafeInteger(expected) && expected >= 0)) {
    throw new TypeError(`expectedVersion must be 'any', 'no_stream', 'stream_exists' or a version >= 0, got ${expected}`);
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function assertValidEventIds(streamId: string, eventIds: readonly string[]): void {
  const invalid = eventIds.filter((id) => typeof id !== 'string' || !uuidPattern.test(id));
  if (invalid.length > 0) throw new TypeError(`Stream ${streamId}: metadata.eventId must be a UUID, got ${invalid.join(', ')}`);
  if (new Set(eventIds.map((id) => id.toLowerCase())).size !== eventIds.length) {
    throw new TypeError(`Stream ${streamId}: the same metadata.eventId appears twice in one append`);
  }
}

/** The stream's version, with its row locked until the transaction ends. */
async function lockStream(context: PostgresContext, client: PoolClient, streamId: string): Promise<number> {
  const { streams } = context.names;
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await client.query<{ version: string }>(
      `SELECT version::text AS version FROM ${streams} WHERE stream_id = $1 FOR UPDATE`,
      [streamId],
    );
    if (existing.rows.length > 0) return Number(existing.rows[0].version);
    // A new stream. If another writer creates it first, this waits for that writer and then inserts nothing.
    const created = await client.query(
      `INSERT INTO ${streams} (stream_id, version) VALUES ($1, 0) ON CONFLICT (stream_id) DO NOTHING RETURNING version`,
      [streamId],
    );
    if (created.rows.length > 0) return 0;
  }
  throw new Error(`Stream ${streamId}: could not lock its row`);
}

interface StoredEventRow {
  readonly event_id: string;
  readonly stream_id: string;
  readonly stream_version: string;
  readonly transaction_id: string;
  readonly sequence: string;
}

async function findEarlierAppend(
  context: PostgresContext,
  client: PoolClient,
  streamId: string,
  eventIds: readonly string[],
): Promise<AppendResult | undefined> {
  const { rows } = await client.query<StoredEventRow>(
    `SELECT event_id::text AS event_id, stream_id, stream_version::text AS stream_version,
            transaction_id::text AS transaction_id, sequence::text AS sequence
       FROM ${context.names.events} WHERE event_id = ANY($1::uuid[])`,
    [eventIds],
  );
  if (rows.length === 0) return undefined;
  const sameAppend =
    rows.length === eventIds.length &&
    rows.every((row) => row.stream_id === streamId && row.transaction_id === rows[0].transaction_id);
  if (!sameAppend) throw new DuplicateEventIdError(streamId, rows.map((row) => row.event_id));
  const last = rows.reduce((a, b) => (BigInt(a.sequence) > BigInt(b.sequence) ? a : b));
  return {
    nextExpectedVersion: Number(last.stream_version),
    lastPosition: { transactionId: BigInt(last.transaction_id), sequence: BigInt(last.sequence) },
    alreadyAppended: true,
  };
}

async function insertEvents(
  context: PostgresContext,
  client: PoolClient,
  streamId: string,
  events: readonly EventToAppend[],
  current: number,
): Promise<AppendResult> {
  const { events: eventsTable, streams, channel } = context.names;
  const batch = events.map((event) => ({
    eventId: event.metadata.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data ?? null,
    metadata: event.metadata,
  }));
  // Identity values are drawn in the ORDER BY order, so sequence follows stream_version inside the batch.
  const { rows } = await client.query<{ transaction_id: string; sequence: string }>(
    `WITH batch AS (
       SELECT e, n FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS b(e, n)
     ), appended AS (
       INSERT INTO ${eventsTable} (event_id, stream_id, stream_version, type, schema_version, data, metadata)
       SELECT (e->>'eventId')::uuid, $1, $3::bigint + n, e->>'type', (e->>'schemaVersion')::integer, e->'data', e->'metadata'
         FROM batch ORDER BY n
       RETURNING sequence
     ), bumped AS (
       UPDATE ${streams} SET version = $3::bigint + $4::bigint WHERE stream_id = $1
     )
     SELECT pg_current_xact_id()::text AS transaction_id, (SELECT max(sequence) FROM appended)::text AS sequence,
            CASE WHEN $6::boolean THEN pg_notify($5, '')::text END AS notified`,
    [streamId, JSON.stringify(batch), current, events.length, channel, context.notifyOnAppend],
  );
  return {
    nextExpectedVersion: current + events.length,
    lastPosition: { transactionId: BigInt(rows[0].transaction_id), sequence: BigInt(rows[0].sequence) },
    alreadyAppended: false,
  };
}

/** An empty append writes nothing; it still answers whether the expectation holds, and where the stream is. */
async function appendNothing(context: PostgresContext, streamId: string, expected: ExpectedVersion): Promise<AppendResult> {
  const { rows } = await context.pool.query<{ stream_version: string; transaction_id: string; sequence: string }>(
    `SELECT e.stream_version::text AS stream_version, e.transaction_id::text AS transaction_id, e.sequence::text AS sequence
       FROM ${context.names.events} e WHERE e.stream_id = $1 ORDER BY e.stream_version DESC LIMIT 1`,
    [streamId],
  );
  const current = rows.length > 0 ? Number(rows[0].stream_version) : 0;
  if (!matches(expected, current)) throw new WrongExpectedVersionError(streamId, expected, current);
  const lastPosition: GlobalPosition =
    rows.length > 0 ? { transactionId: BigInt(rows[0].transaction_id), sequence: BigInt(rows[0].sequence) } : START_POSITION;
  return { nextExpectedVersion: current, lastPosition, alreadyAppended: false };
}

function translate(error: unknown, streamId: string, eventIds: readonly string[]): unknown {
  const pgError = error as { code?: string; constraint?: string };
  // Only reachable if the same event id is being written to another stream at this very moment.
  if (pgError.code === '23505' && pgError.constraint === 'events_event_id_key') {
    return new DuplicateEventIdError(streamId, eventIds);
  }
  return error;
}
