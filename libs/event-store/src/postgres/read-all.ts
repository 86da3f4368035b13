import type { ReadAllOptions, RecordedEvent } from '../event-store';
import { START_POSITION } from '../global-position';
import type { PostgresContext } from './context';
import { assertCount } from './read-stream';
import { recordedEventColumns, toRecordedEvent, type RecordedEventRow } from './recorded-event-row';

/**
 * Every event after `fromPosition` (exclusive) in the global order (transaction_id, sequence), reading only
 * transactions older than every transaction still running (`pg_snapshot_xmin` of this statement's own
 * snapshot). Those have all ended, so no event can ever appear before the last one returned: a reader that
 * checkpoints the last position it saw never skips an event committed later by a slower transaction.
 * The price: an event becomes readable here only once every transaction that started before it has ended.
 *
 * A single statement outside any explicit transaction, so the reader holds back nobody's xmin.
 * Served by the primary key (transaction_id, sequence): an index range scan, stopped by LIMIT.
 */
export async function readAll(context: PostgresContext, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
  assertCount(options.maxCount);
  const from = options.fromPosition ?? START_POSITION;
  const { rows } = await context.pool.query<RecordedEventRow>(
    `SELECT ${recordedEventColumns}
       FROM ${context.names.events}
      WHERE (transaction_id, sequence) > ($1::xid8, $2::bigint)
        AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY transaction_id, sequence
      LIMIT $3`,
    [from.transactionId.toString(), from.sequence.toString(), options.maxCount ?? null],
  );
  return rows.map(toRecordedEvent);
}
