import type { NatsConnection } from '@nats-io/transport-node';
import type { EventStore } from '@od/event-store';
import { checkpointStore, pgTransaction, startFollowing, type Clock, type FollowerLog, type RunningFollower } from '@od/platform';
import type { Pool } from 'pg';
import { foldIntoClocks } from './following/fold-batch';
import { DeadlineScheduler } from './scheduling/scheduler';

export interface DeadlinesRunnerOptions {
  readonly streamName: string;
  readonly subjectRoot: string;
  /** `deadlines`: shared by every instance and restart of this service. */
  readonly durableName: string;
  readonly batchSize: number;
  readonly warningWorkingDays: number;
  readonly tickMs: number;
  readonly log: FollowerLog & { warn(message: string): void };
}

/** How far the clocks have folded the events stream, in the clocks' schema. */
const deadlinesCheckpoint = checkpointStore({ schema: 'deadlines', name: 'deadlines' });

/**
 * One instance of the deadlines service without the framework: the follower (events → clocks) and the
 * scheduler loop (time → warnings, breaches). Nest starts one; tests start several over one database.
 */
export class DeadlinesRunner {
  readonly scheduler: DeadlineScheduler;
  private readonly stop = new AbortController();
  private following?: RunningFollower;
  private ticking?: Promise<void>;

  constructor(
    private readonly nc: NatsConnection,
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly options: DeadlinesRunnerOptions,
  ) {
    this.scheduler = new DeadlineScheduler(pool, store);
  }

  /** Follows the events; `tickEvery: false` leaves ticking to the caller (tests). */
  start({ tickEvery = true }: { tickEvery?: boolean } = {}): void {
    const { warningWorkingDays, log } = this.options;
    this.following = startFollowing(
      this.nc,
      { eventsStreamName: this.options.streamName, subjectRoot: this.options.subjectRoot },
      {
        durableName: this.options.durableName,
        batchSize: this.options.batchSize,
        log,
        checkpoint: deadlinesCheckpoint,
        transaction: pgTransaction(this.pool),
        foldBatch: foldIntoClocks({ store: this.store, warningWorkingDays, log }),
      },
    );
    if (tickEvery) this.ticking = this.tickLoop();
  }

  private async tickLoop(): Promise<void> {
    while (!this.stop.signal.aborted) {
      try {
        await this.scheduler.tick(this.clock.now());
      } catch (error) {
        this.options.log.error('deadline tick failed; next tick retries', error);
      }
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, this.options.tickMs);
        this.stop.signal.addEventListener('abort', () => (clearTimeout(timer), resolve(undefined)), { once: true });
      });
    }
  }

  async close(): Promise<void> {
    this.stop.abort();
    await Promise.all([this.following?.stop(), this.ticking]);
  }
}
