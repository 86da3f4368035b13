import type { ReadStreamOptions, RecordedEvent } from '../event-store';
import type { PostgresContext } from './context';
import { recordedEventColumns, toRecordedEvent, type RecordedEventRow } from './recorded-event-row';

/**
 * One stream's events by version, through UNIQUE (stream_id, stream_version). Reads every committed event
 * (no xmin rule: a command deciding on a stream must see its latest state). A missing stream reads as [].
 */
export async function readStream(context: PostgresContext, streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
  const backwards = options.direction === 'backwards';
  assertCount(options.maxCount);
  const { rows } = await context.pool.query<RecordedEventRow>(
    `SELECT ${recordedEventColumns}
       FROM ${context.names.events}
      WHERE stream_id = $1 AND ($2::bigint IS NULL OR stream_version ${backwards ? '<=' : '>='} $2::bigint)
      ORDER BY stream_version ${backwards ? 'DESC' : 'ASC'}
      LIMIT $3`,
    [streamId, options.from ?? null, options.maxCount ?? null],
  );
  return rows.map(toRecordedEvent);
}

export function assertCount(maxCount: number | undefined): void {
  if (maxCount !== undefined && !(Number.isSafeInteger(maxCount) && maxCount >= 0)) {
    throw new TypeError(`maxCount must be an integer >= 0, got ${maxCount}`);
  }
}
