import type { PubAck } from '@nats-io/jetstream';
import type { GlobalPosition } from '@od/event-store';
import { UnrecoverableRelayError } from './relay-errors';

/** JetStream API error 10060: the subject is captured by a stream other than the expected one (or none). */
const EXPECTED_STREAM_MISMATCH = 10060;

export interface PublishedFact {
  readonly position: GlobalPosition;
  readonly eventId: string;
}

interface InFlight extends PublishedFact {
  settled: boolean;
  ack?: PubAck;
  error?: unknown;
}

/**
 * Publishes in flight, acknowledged in order.
 *
 * Publishes leave on one connection in store order, so JetStream receives them in that order; the
 * pipeline only tracks their acks. `lastAcked` is the newest fact such that it and every fact before it
 * were acknowledged: the only position safe to checkpoint. The first failure stops the pipeline: acks
 * after it are ignored (the next session finds out from the stream's tail what really landed).
 */
export class PublishPipeline {
  private readonly queue: InFlight[] = [];
  private waiters: Array<() => void> = [];
  private acked: PublishedFact | undefined;
  private failed: { error: unknown } | undefined;
  private ackCount = 0;

  constructor(
    private readonly expectedStream: string,
    private readonly maxInFlight: number,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  get lastAcked(): PublishedFact | undefined {
    return this.acked;
  }

  get failure(): unknown {
    return this.failed?.error;
  }

  get inFlight(): number {
    return this.queue.length;
  }

  /** Facts acknowledged so far (duplicates included). */
  get acknowledged(): number {
    return this.ackCount;
  }

  add(fact: PublishedFact, ack: Promise<PubAck>): void {
    const entry: InFlight = { ...fact, settled: false };
    this.queue.push(entry);
    ack.then(
      (value) => this.settle(entry, value, undefined),
      (error: unknown) => this.settle(entry, undefined, error ?? new Error('publish failed')),
    );
  }

  /** Resolves when another publish may start, or when the pipeline has failed. */
  async hasRoom(): Promise<void> {
    while (!this.failed && this.queue.length >= this.maxInFlight) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Resolves when every publish has settled or the pipeline has failed. */
  async drained(): Promise<void> {
    while (!this.failed && this.queue.length > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private settle(entry: InFlight, ack: PubAck | undefined, error: unknown): void {
    entry.settled = true;
    entry.ack = ack;
    entry.error = error;
    while (!this.failed && this.queue.length > 0 && this.queue[0].settled) {
      const head = this.queue.shift()!;
      if (head.error !== undefined) {
        this.fail(
          (head.error as { code?: unknown }).code === EXPECTED_STREAM_MISMATCH
            ? new UnrecoverableRelayError(`JetStream refused event ${head.eventId}: the events subjects are not captured by stream ${this.expectedStream}`)
            : head.error,
        );
      } else if (head.ack!.stream !== this.expectedStream) {
        this.fail(
          new UnrecoverableRelayError(
            `JetStream stored event ${head.eventId} in stream ${head.ack!.stream}, expected ${this.expectedStream}: another stream captures the events subjects`,
          ),
        );
      } else {
        this.acked = { position: head.position, eventId: head.eventId };
        this.ackCount++;
      }
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private fail(error: unknown): void {
    this.failed = { error };
    this.queue.length = 0;
    this.onFailure(error);
  }
}
