import { isPosition, parsePosition } from '@od/event-store';
import type { CheckpointWatch } from '../checkpoints/checkpoint-watch';

const MAX_WAIT_MS = 10_000;

/** Waits (bounded) until the read models have reached the position a client wrote at. */
export async function awaitPosition(watch: CheckpointWatch, query: { atLeastPosition?: string; waitMs?: number }): Promise<boolean> {
  if (!isPosition(query.atLeastPosition)) return true;
  return watch.reached(parsePosition(query.atLeastPosition), Math.min(query.waitMs ?? 0, MAX_WAIT_MS));
}
