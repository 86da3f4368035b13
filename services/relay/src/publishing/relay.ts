import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import { comparePositions, formatPosition, type EventStore, type EventSubscription, type GlobalPosition, type RecordedEvent } from '@od/event-store';
import type { Logger } from 'pino';
import type { CheckpointStore } from '../checkpoints/checkpoint-store';
import { Backoff, sleep } from './backoff';
import { factMessage, type FactMessage } from './fact-message';
import { PublishPipeline, type PublishedFact } from './publish-pipeline';
import { UnrecoverableRelayError } from './relay-errors';
import { readStreamTail } from './stream-tail';

function publishable(subjectRoot: string, event: RecordedEvent): FactMessage {
  try {
    return factMessage(subjectRoot, event);
  } catch (error) {
    // A stored fact is never skipped: one that cannot be put on the bus stops the relay for an operator.
    throw new UnrecoverableRelayError(`event ${event.metadata.eventId} at ${formatPosition(event.position)} cannot be published: ${(error as Error).message}`);
  }
}

export interface RelayOptions {
  readonly store: EventStore;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly checkpoints: CheckpointStore;
  readonly logger: Logger;
  /** Names the checkpoint row (and, in `main`, the leadership lock). */
  readonly relayName: string;
  readonly streamName: string;
  readonly subjectRoot: string;
  /** Publishes awaiting their ack at once. */
  readonly maxInFlight?: number;
  readonly checkpointIntervalMs?: number;
  readonly publishTimeoutMs?: number;
  readonly batchSize?: number;
}

export interface RelayStatus {
  readonly state: 'idle' | 'publishing' | 'retrying' | 'stopped';
  readonly lastAcked?: string;
  readonly published: number;
}

/**
 * Tails the store and publishes every fact to JetStream, in store order, exactly once in the stream.
 *
 * A session: find where the stream ends (its last message carries the store position), subscribe to
 * the store from there, publish each fact with `Nats-Msg-Id` = event id and (after the first) an
 * expectation that the stream's last message id is the previous fact's, so a lost publish can never be
 * followed by a stored successor; checkpoint the last fact acknowledged in order.
 * Any failure ends the session; the next starts over from the stream's tail after a backoff. Errors
 * that retrying cannot cure (`UnrecoverableRelayError`) reject `run`.
 */
export class Relay {
  private readonly stopping = new AbortController();
  private subscription: EventSubscription | undefined;
  private state: RelayStatus['state'] = 'idle';
  private published = 0;
  private lastAcked: GlobalPosition | undefined;

  constructor(private readonly options: RelayOptions) {}

  status(): RelayStatus {
    return { state: this.state, lastAcked: this.lastAcked && formatPosition(this.lastAcked), published: this.published };
  }

  /** Runs until `stop`; rejects on an unrecoverable error. */
  async run(): Promise<void> {
    const backoff = new Backoff();
    const { logger } = this.options;
    while (!this.stopping.signal.aborted) {
      try {
        this.state = 'publishing';
        await this.session(() => backoff.reset());
      } catch (error) {
        if (error instanceof UnrecoverableRelayError) {
          this.state = 'stopped';
          throw error;
        }
        if (this.stopping.signal.aborted) break;
        this.state = 'retrying';
        const delayMs = backoff.nextDelayMs();
        logger.warn({ err: error, delayMs }, 'relay session failed; starting over from the stream tail');
        await sleep(delayMs, this.stopping.signal);
      }
    }
    this.state = 'stopped';
  }

  /** Stops publishing; `run` resolves after the last acknowledged fact is checkpointed. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.subscription?.close();
  }

  private async resumePoint(): Promise<{ from?: GlobalPosition }> {
    const { jsm, checkpoints, relayName, streamName, logger } = this.options;
    const [tail, checkpoint] = await Promise.all([readStreamTail(jsm, streamName), checkpoints.load(relayName)]);
    if (!tail.last) {
      if (checkpoint) {
        logger.warn(
          { checkpoint: formatPosition(checkpoint), streamName },
          'events stream is empty but a checkpoint exists: resuming from the checkpoint (delete the checkpoint row to republish all history)',
        );
      }
      return { from: checkpoint };
    }
    const order = checkpoint ? comparePositions(tail.last.position, checkpoint) : 1;
    if (order < 0) {
      logger.warn(
        { checkpoint: formatPosition(checkpoint!), streamTail: formatPosition(tail.last.position) },
        'events stream ends before the checkpoint (JetStream lost acknowledged messages?): republishing from the stream tail',
      );
    } else if (order > 0 && checkpoint) {
      logger.info(
        { checkpoint: formatPosition(checkpoint), streamTail: formatPosition(tail.last.position) },
        'events stream is ahead of the checkpoint (stopped between ack and checkpoint): resuming from the stream tail',
      );
    }
    return { from: tail.last.position };
  }

  private async session(onProgress: () => void): Promise<void> {
    const { store, js, checkpoints, relayName, streamName, subjectRoot, logger } = this.options;
    const resume = await this.resumePoint();
    logger.info({ from: resume.from && formatPosition(resume.from), streamName }, 'relay session started');

    const subscription = store.subscribeToAll({ fromPosition: resume.from, batchSize: this.options.batchSize ?? 500 });
    this.subscription = subscription;
    if (this.stopping.signal.aborted) await subscription.close();
    const pipeline = new PublishPipeline(streamName, this.options.maxInFlight ?? 256, () => void subscription.close());

    let saved: PublishedFact | undefined;
    let saving: Promise<void> = Promise.resolve();
    const checkpoint = () => {
      const acked = pipeline.lastAcked;
      if (!acked || acked === saved) return saving;
      saving = saving
        .catch(() => undefined)
        .then(async () => {
          await checkpoints.save(relayName, acked.position);
          saved = acked;
          this.lastAcked = acked.position;
          onProgress();
        });
      return saving;
    };
    const timer = setInterval(
      () => void checkpoint().catch((error: unknown) => logger.warn({ err: error }, 'checkpoint failed')),
      this.options.checkpointIntervalMs ?? 500,
    );

    // The session's first publish expects only the stream: the tail was just read, and a copy of that
    // fact still in flight from an earlier session is dropped as a duplicate. Requiring the tail's id
    // would wedge the relay whenever JetStream's idea of the last id differs from the last message
    // (a deleted message, a message without an id).
    let previousEventId: string | undefined;
    try {
      for await (const event of subscription) {
        await pipeline.hasRoom();
        if (pipeline.failure !== undefined) break;
        const message = publishable(subjectRoot, event);
        const ack = js.publish(message.subject, message.body, {
          msgID: message.msgId,
          headers: message.headers,
          timeout: this.options.publishTimeoutMs ?? 10_000,
          expect: previousEventId === undefined ? { streamName } : { streamName, lastMsgID: previousEventId },
        });
        pipeline.add({ position: event.position, eventId: message.msgId }, ack);
        previousEventId = message.msgId;
      }
    } catch (error) {
      if (pipeline.failure === undefined) throw error;
    } finally {
      this.subscription = undefined;
      await subscription.close();
      await pipeline.drained();
      clearInterval(timer);
      this.published += pipeline.acknowledged;
      await checkpoint();
    }
    if (pipeline.failure !== undefined) throw pipeline.failure;
    if (!this.stopping.signal.aborted) throw new Error('store subscription ended unexpectedly');
  }
}
