import type { Pool } from 'pg';
import { formatPosition, parsePosition, type GlobalPosition } from '@od/event-store';

/** Where a relay has published up to (inclusive), in `relay.checkpoints`. */
export interface CheckpointStore {
  load(name: string): Promise<GlobalPosition | undefined>;
  save(name: string, position: GlobalPosition): Promise<void>;
}

export function postgresCheckpointStore(pool: Pool): CheckpointStore {
  return {
    async load(name) {
      const { rows } = await pool.query<{ position: string }>('SELECT position FROM relay.checkpoints WHERE name = $1', [name]);
      return rows.length === 0 ? undefined : parsePosition(rows[0].position);
    },
    async save(name, position) {
      await pool.query(
        `INSERT INTO relay.checkpoints (name, position, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
        [name, formatPosition(position)],
      );
    },
  };
}
