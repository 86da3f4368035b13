import type { EventToAppend } from '@od/contracts';
import { DatabaseError } from 'pg';
import { DuplicateEventIdError, WrongExpectedVersionError } from '../errors';
import type { AppendOptions, AppendResult, ExpectedVersion } from '../event-store';
import { START_POSITION, type GlobalPosition } from '../global-position';
import type { PostgresContext } from './context';

/**
 * Appends with one statement, autocommitted: `<schema>.append_to_stream(...)` (migration 004) does, in one
 * transaction and one round trip:
 * 1. lock the stream's row (creating it at version 0 if new): writers of one stream queue here;
 * 2. look the event ids up: if this exact batch is already in the stream, it is a retried command, and the
 *    first append's result is returned with nothing written (checked before the expected version, so a
 *    retry that was right the first time is not refused now that the stream has moved on);
 * 3. check the expected version;
 * 4. insert the events, bump the stream's version and `pg_notify` subscribers.
 * Two identical appends racing each other queue at step 1; the second then finds the first's events at 2
 * (each statement of the function takes a new snapshot under READ COMMITTED).
 * Refusals come back as SQLSTATE `OD001` (wrong expected version, DETAIL = actual version) and `OD002`
 * (ids stored by another append, DETAIL = those ids), mapped here to the typed errors.
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

  const batch = events.map((event) => ({
    eventId: event.metadata.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data ?? null,
    metadata: event.metadata,
  }));
  const { schema, channel } = context.names;
  // Not pool.query: it discards the connection on any error, and a refused append (a wrong expected version,
  // routine under contention) is an ordinary ERROR after which the connection is as good as before.
  const client = await context.pool.connect();
  let broken: Error | undefined;
  try {
    const { rows } = await client.query<AppendRow>({
      // Named: each pooled connection parses and plans this statement once.
      name: `od-event-store-append:${context.names.schemaName}`,
      text: `SELECT next_expected_version::text AS next_expected_version, last_transaction_id::text AS transaction_id,
                    last_sequence::text AS sequence, already_appended
               FROM ${schema}.append_to_stream($1::text, $2::text, $3::jsonb, $4::text)`,
      values: [streamId, String(expected), JSON.stringify(batch), context.notifyOnAppend ? channel : null],
    });
    const row = rows[0];
    return {
      nextExpectedVersion: Number(row.next_expected_version),
      lastPosition: { transactionId: BigInt(row.transaction_id), sequence: BigInt(row.sequence) },
      alreadyAppended: row.already_appended,
    };
  } catch (error) {
    if (!isStatementError(error)) broken = error as Error;
    throw translate(error, streamId, expected, eventIds);
  } finally {
    client.release(broken);
  }
}

/**
 * An error the server answered a statement with, the session still usable: not a network error, not a
 * connection exception (08), operator intervention (57P: shutdown, terminated backend) or internal error (XX).
 * (By SQLSTATE: `severity` may be translated.) A connection that died anyway is dropped by the pool on release.
 */
function isStatementError(error: unknown): boolean {
  return error instanceof DatabaseError && typeof error.code === 'string' && !/^(08|57P|XX)/.test(error.code);
}

interface AppendRow {
  readonly next_expected_version: string;
  readonly transaction_id: string;
  readonly sequence: string;
  readonly already_appended: boolean;
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

/** An empty append writes nothing; it still answers whether the expectation holds, and where the stream is. */
async function appendNothing(context: PostgresContext, streamId: string, expected: ExpectedVersion): Promise<AppendResult> {
  const { rows } = await context.pool.query<{ stream_version: string; transaction_id: string; sequence: string }>(
    `SELECT e.stream_version::text AS stream_version, e.transaction_id::text AS transaction_id, e.sequence::text AS sequence
       FROM ${context.names.events} e WHERE e.stream_id = $1 ORDER BY e.stream_version DESC LIMIT 1`,
    [streamId],
  );
  const current = rows.length > 0 ? Number(rows[0].stream_version) : 0;
  if (!matches(expected, current)) throw new WrongExpectedVersionError(streamId, expected, current);
  const lastPosition: GlobalPosition = rows.length > 0 ? { transactionId: BigInt(rows[0].transaction_id), sequence: BigInt(rows[0].sequence) } : START_POSITION;
  return { nextExpectedVersion: current, lastPosition, alreadyAppended: false };
}

function translate(error: unknown, streamId: string, expected: ExpectedVersion, eventIds: readonly string[]): unknown {
  const pgError = error as { code?: string; constraint?: string; detail?: string };
  switch (pgError.code) {
    case 'OD001':
      return new WrongExpectedVersionError(streamId, expected, Number(pgError.detail));
    case 'OD002':
      return new DuplicateEventIdError(streamId, (pgError.detail ?? '').split(','));
    case '23505':
      // Only reachable if the same event id is being written to another stream at this very moment.
      if (pgError.constraint === 'events_event_id_key') return new DuplicateEventIdError(streamId, eventIds);
      return error;
    default:
      return error;
  }
}
