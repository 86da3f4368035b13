import type { EventMetadata } from '@od/contracts';
import type { RecordedEvent } from '../event-store';

/**
 * The columns every read selects, in the shape `toRecordedEvent` maps. int8 and xid8 travel as text, under
 * names that are not column names: an ORDER BY must sort the numbers, not their text.
 */
export const recordedEventColumns = `
  transaction_id::text AS position_transaction_id, sequence::text AS position_sequence, stream_id,
  stream_version::text AS version_text, type, schema_version, data, metadata, recorded_at`;

export interface RecordedEventRow {
  readonly position_transaction_id: string;
  readonly position_sequence: string;
  readonly stream_id: string;
  readonly version_text: string;
  readonly type: string;
  readonly schema_version: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  readonly recorded_at: Date;
}

export function toRecordedEvent(row: RecordedEventRow): RecordedEvent {
  return {
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    streamVersion: Number(row.version_text),
    position: { transactionId: BigInt(row.position_transaction_id), sequence: BigInt(row.position_sequence) },
    recordedAt: row.recorded_at.toISOString(),
  };
}
