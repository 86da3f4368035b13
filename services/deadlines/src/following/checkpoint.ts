import { comparePositions, formatPosition, parsePosition, START_POSITION, type GlobalPosition } from '@od/event-store';
import type { PoolClient } from 'pg';

export const DEADLINES_CHECKPOINT = 'deadlines';

export interface Checkpoint {
  readonly position: GlobalPosition;
  /** The JetStream sequence of the fact at `position`: the relay publishes each fact once, in order, so no gaps. */
  readonly streamSequence: number | null;
}

/** Reads the checkpoint and locks it until the transaction ends: one instance folds at a time. */
export async function lockCheckpoint(client: PoolClient, name = DEADLINES_CHECKPOINT): Promise<Checkpoint> {
  await client.query(`INSERT INTO deadlines.checkpoints (name, position, stream_sequence) VALUES ($1, $2, 0) ON CONFLICT (name) DO NOTHING`, [
    name,
    formatPosition(START_POSITION),
  ]);
  const { rows } = await client.query<{ position: string; stream_sequence: string | null }>(
    `SELECT position, stream_sequence FROM deadlines.checkpoints WHERE name = $1 FOR UPDATE`,
    [name],
  );
  const row = rows[0];
  return { position: parsePosition(row.position), streamSequence: row.stream_sequence === null ? null : Number(row.stream_sequence) };
}

export async function saveCheckpoint(client: PoolClient, checkpoint: Checkpoint, name = DEADLINES_CHECKPOINT): Promise<void> {
  await client.query(`UPDATE deadlines.checkpoints SET position = $2, stream_sequence = $3, updated_at = now() WHERE name = $1`, [
    name,
    formatPosition(checkpoint.position),
    checkpoint.streamSequence,
  ]);
}

export function isAfter(position: GlobalPosition, checkpoint: GlobalPosition): boolean {
  return comparePositions(position, checkpoint) > 0;
}
