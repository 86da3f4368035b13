import { comparePositions, formatPosition, START_POSITION, type GlobalPosition } from '@od/event-store';

/**
 * The position the read models have reached, for queries that want to read their own write: they wait
 * here (bounded) instead of polling the database.
 */
export class CheckpointWatch {
  private current: GlobalPosition = START_POSITION;
  private waiters = new Set<{ target: GlobalPosition; resolve: () => void }>();

  get position(): string {
    return formatPosition(this.current);
  }

  advance(position: GlobalPosition): void {
    if (comparePositions(position, this.current) <= 0) return;
    this.current = position;
    for (const waiter of this.waiters) {
      if (comparePositions(this.current, waiter.target) >= 0) {
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  /** Resolves true once the read models reach `target`, false when `timeoutMs` passes first. */
  async reached(target: GlobalPosition, timeoutMs: number): Promise<boolean> {
    if (comparePositions(this.current, target) >= 0) return true;
    if (timeoutMs <= 0) return false;
    return new Promise<boolean>((resolve) => {
      const waiter = {
        target,
        resolve: () => {
          clearTimeout(timer);
          resolve(true);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        resolve(false);
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }
}
