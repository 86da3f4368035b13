import { formatPosition, parsePosition, START_POSITION, type GlobalPosition } from '@od/event-store';
import type { Sql } from './sql-transaction';

/** How far a follower has folded the events stream. */
export interface Checkpoint {
  readonly position: GlobalPosition;
  /**
   * The JetStream sequence of the fact at `position`: the relay publishes each fact once, in store order,
   * so the stream has no gaps. Unknown (null) after a rebuild from the store: the follower re-learns it.
   */
  readonly streamSequence: number | null;
}

/** One row of `<schema>.checkpoints (name, position, stream_sequence, updated_at)`, written in the follower's transaction. */
export interface CheckpointStore {
  /** Reads the checkpoint and locks its row until the transaction ends, so one writer folds at a time. */
  lock(sql: Sql): Promise<Checkpoint>;
  save(sql: Sql, checkpoint: Checkpoint): Promise<void>;
  read(sql: Sql): Promise<Checkpoint>;
}

interface CheckpointRow {
  position: string;
  stream_sequence: string | null;
}

function toCheckpoint(row: CheckpointRow | undefined): Checkpoint {
  if (!row) return { position: START_POSITION, streamSequence: 0 };
  return { position: parsePosition(row.position), streamSequence: row.stream_sequence === null ? null : Number(row.stream_sequence) };
}

/** The checkpoint `name` in the service's own schema; a new one starts before the first fact (sequence 0). */
export function checkpointStore({ schema, name }: { readonly schema: string; readonly name: string }): CheckpointStore {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a schema name: "${schema}"`);
  const table = `${schema}.checkpoints`;
  return {
    async lock(sql) {
      await sql(`INSERT INTO ${table} (name, position, stream_sequence, updated_at) VALUES ($1, $2, 0, now()) ON CONFLICT (name) DO NOTHING`, [
        name,
        formatPosition(START_POSITION),
      ]);
      return toCheckpoint((await sql<CheckpointRow>(`SELECT position, stream_sequence FROM ${table} WHERE name = $1 FOR UPDATE`, [name]))[0]);
    },
    async save(sql, checkpoint) {
      await sql(`UPDATE ${table} SET position = $2, stream_sequence = $3, updated_at = now() WHERE name = $1`, [
        name,
        formatPosition(checkpoint.position),
        checkpoint.streamSequence,
      ]);
    },
    async read(sql) {
      return toCheckpoint((await sql<CheckpointRow>(`SELECT position, stream_sequence FROM ${table} WHERE name = $1`, [name]))[0]);
    },
  };
}
