import { comparePositions, formatPosition, parsePosition, START_POSITION, type GlobalPosition } from '@od/event-store';
import type { EntityManager } from 'typeorm';

export const READ_MODELS_CHECKPOINT = 'read-models';

export interface Checkpoint {
  readonly position: GlobalPosition;
  /** The JetStream sequence of the fact at `position`; unknown after a rebuild from the store. */
  readonly streamSequence: number | null;
}

interface CheckpointRow {
  position: string;
  stream_sequence: string | null;
}

function toCheckpoint(row: CheckpointRow | undefined): Checkpoint {
  if (!row) return { position: START_POSITION, streamSequence: 0 };
  return { position: parsePosition(row.position), streamSequence: row.stream_sequence === null ? null : Number(row.stream_sequence) };
}

/** Reads the checkpoint and locks its row until the transaction ends, so one writer folds at a time. */
export async function lockCheckpoint(manager: EntityManager, name = READ_MODELS_CHECKPOINT): Promise<Checkpoint> {
  await manager.query(
    `INSERT INTO read_models.checkpoints (name, position, stream_sequence, updated_at) VALUES ($1, $2, 0, now()) ON CONFLICT (name) DO NOTHING`,
    [name, formatPosition(START_POSITION)],
  );
  const rows = (await manager.query(`SELECT position, stream_sequence FROM read_models.checkpoints WHERE name = $1 FOR UPDATE`, [name])) as CheckpointRow[];
  return toCheckpoint(rows[0]);
}

export async function saveCheckpoint(manager: EntityManager, checkpoint: Checkpoint, name = READ_MODELS_CHECKPOINT): Promise<void> {
  await manager.query(`UPDATE read_models.checkpoints SET position = $2, stream_sequence = $3, updated_at = now() WHERE name = $1`, [
    name,
    formatPosition(checkpoint.position),
    checkpoint.streamSequence,
  ]);
}

export async function readCheckpoint(manager: EntityManager, name = READ_MODELS_CHECKPOINT): Promise<Checkpoint> {
  const rows = (await manager.query(`SELECT position, stream_sequence FROM read_models.checkpoints WHERE name = $1`, [name])) as CheckpointRow[];
  return toCheckpoint(rows[0]);
}

export function isAfter(position: GlobalPosition, checkpoint: GlobalPosition): boolean {
  return comparePositions(position, checkpoint) > 0;
}
