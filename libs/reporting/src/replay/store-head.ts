// Where the store ends when a replay starts. A replay reads up to there and no further, so a report does not
// chase facts appended while it runs (and its progress has a total).
import type { GlobalPosition } from '@od/event-store';
import { parsePosition } from '@od/event-store';
import pg from 'pg';

export interface StoreHead {
  /** The last fact readable by `readAll` now; null for an empty store. */
  readonly position: GlobalPosition | null;
  /** How many facts the store holds up to `position`: the replay's total. */
  readonly facts: number;
}

const SCHEMA = /^[a-z_][a-z0-9_]{0,47}$/;

/**
 * The head of a PostgreSQL event store, by the same visibility rule as its `readAll` (only transactions older than
 * every running one): every fact up to the head is readable by the time the replay asks for it.
 */
export async function readPostgresStoreHead(connectionString: string, schema = 'event_store'): Promise<StoreHead> {
  if (!SCHEMA.test(schema)) throw new Error(`Event store schema "${schema}" must be lower-case letters, digits and _ (at most 48)`);
  const client = new pg.Client({ connectionString, application_name: 'od-report-head' });
  await client.connect();
  try {
    const last = await client.query<{ position: string }>(
      `SELECT transaction_id::text || ':' || sequence::text AS position
         FROM "${schema}".events
        WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY transaction_id DESC, sequence DESC
        LIMIT 1`,
    );
    if (last.rows.length === 0) return { position: null, facts: 0 };
    const position = parsePosition(last.rows[0].position);
    const counted = await client.query<{ facts: string }>(
      `SELECT count(*)::text AS facts FROM "${schema}".events WHERE (transaction_id, sequence) <= ($1::xid8, $2::bigint)`,
      [position.transactionId.toString(), position.sequence.toString()],
    );
    return { position, facts: Number(counted.rows[0].facts) };
  } finally {
    await client.end();
  }
}
