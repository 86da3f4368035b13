import { Client } from 'pg';
import type { EventSubscription, RecordedEvent, SubscribeToAllOptions } from '../event-store';
import { START_POSITION, type GlobalPosition } from '../global-position';
import type { PostgresContext } from './context';
import { readAll } from './read-all';

export interface SubscriptionContext extends PostgresContext {
  /** For the dedicated LISTEN connection (kept out of the pool so it never waits for a pooled client). */
  readonly connectionString: string;
  readonly pollIntervalMs: number;
  /** Called once when the subscription has ended, however it ended. */
  readonly onEnded: (subscription: EventSubscription) => void;
}

const DEFAULT_BATCH_SIZE = 500;
const RELISTEN_AFTER_MS = 5_000;

/**
 * Catches up with `readAll` in batches from `fromPosition` (exclusive), then follows live: after a short
 * batch it waits for a NOTIFY from an append, or for the poll interval. The poll is not optional: an
 * event can become readable without any notification of its own, when some older transaction (possibly
 * one that wrote nothing here) ends and lifts xmin.
 *
 * Every read is a single autocommit statement on a pooled connection, so the subscription never holds a
 * transaction open (which would hold back xmin for every reader). The LISTEN connection runs no transaction.
 */
export function subscribeToAll(context: SubscriptionContext, options: SubscribeToAllOptions = {}): EventSubscription {
  return new PostgresSubscription(context, options);
}

class PostgresSubscription implements EventSubscription {
  private closed = false;
  private ended = false;
  private notified = false;
  private wake: (() => void) | undefined;
  private listener: Client | undefined;
  private lastListenAttempt = 0;
  private inFlight: Promise<unknown> = Promise.resolve();
  private readonly iterator: AsyncGenerator<RecordedEvent, void, undefined>;
  private readonly batchSize: number;

  constructor(
    private readonly context: SubscriptionContext,
    private readonly options: SubscribeToAllOptions,
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!(Number.isSafeInteger(this.batchSize) && this.batchSize > 0)) {
      throw new TypeError(`batchSize must be an integer > 0, got ${options.batchSize}`);
    }
    this.iterator = this.run();
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this.iterator;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeUp();
    await this.inFlight.catch(() => undefined);
    await this.stopListening();
    this.end();
  }

  private async *run(): AsyncGenerator<RecordedEvent, void, undefined> {
    let position: GlobalPosition = this.options.fromPosition ?? START_POSITION;
    try {
      await this.listen();
      while (!this.closed) {
        this.notified = false;
        const read = readAll(this.context, { fromPosition: position, maxCount: this.batchSize });
        this.inFlight = read;
        let batch: RecordedEvent[];
        try {
          batch = await read;
        } catch (error) {
          if (this.closed) return;
          throw error;
        }
        for (const event of batch) {
          if (this.closed) return;
          position = event.position;
          yield event;
        }
        if (batch.length < this.batchSize) await this.waitForNews();
      }
    } finally {
      await this.stopListening();
      this.end();
    }
  }

  /** Until a notification (possibly one that arrived during the last read), the poll interval, or close. */
  private async waitForNews(): Promise<void> {
    if (this.closed || this.notified) return;
    if (!this.listener && Date.now() - this.lastListenAttempt > RELISTEN_AFTER_MS) await this.listen();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, this.context.pollIntervalMs);
      const wake = (): void => done();
      this.wake = wake;
      if (this.closed || this.notified) done();
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
    });
    this.wake = undefined;
  }

  private wakeUp(): void {
    this.wake?.();
  }

  /** Best effort: without a listener the subscription still follows, at the poll interval. */
  private async listen(): Promise<void> {
    this.lastListenAttempt = Date.now();
    const client = new Client({ connectionString: this.context.connectionString, application_name: 'od-event-store-listen' });
    client.on('error', () => {
      if (this.listener === client) this.listener = undefined;
      void client.end().catch(() => undefined);
    });
    client.on('notification', () => {
      this.notified = true;
      this.wakeUp();
    });
    try {
      await client.connect();
      await client.query(`LISTEN "${this.context.names.channel}"`);
    } catch {
      await client.end().catch(() => undefined);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  private async stopListening(): Promise<void> {
    const listener = this.listener;
    this.listener = undefined;
    if (listener) await listener.end().catch(() => undefined);
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.context.onEnded(this);
  }
}
