import { AckPolicy, DeliverPolicy, JetStreamApiCodes, type Consumer, type JetStreamManagerOptions, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { allEventsSubject } from '@od/contracts';
import { eventsJetStream, eventsJetStreamOptions } from '../nats/events-jetstream';
import type { Checkpoint, CheckpointStore } from './checkpoint-store';
import { decodeDelivered } from './decode-published-fact';
import { planBatch, type BatchPlan, type Delivered, type DeliveredFact, type ForeignMessage } from './plan-batch';
import type { InTransaction } from './sql-transaction';

export interface FollowerLog {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export interface FollowEventsStreamOptions<Tx> {
  readonly streamName: string;
  readonly subjectRoot: string;
  /** Shared by every instance and restart of the service. */
  readonly durableName: string;
  readonly batchSize: number;
  /** The service's checkpoint row, in its own schema. */
  readonly checkpoint: CheckpointStore;
  readonly transaction: InTransaction<Tx>;
  /** The service's work for the facts after the checkpoint, in stream order, in the checkpoint's transaction. */
  readonly foldBatch: (tx: Tx, facts: readonly DeliveredFact[]) => Promise<void>;
  /** Called after each batch is committed. */
  readonly onAdvance?: (checkpoint: Checkpoint) => void;
  /** Called for each foreign message passed over (after it is logged as an error). */
  readonly onParked?: (message: ForeignMessage) => void;
  /** How to reach the stream's API (default `eventsJetStreamOptions()`: the accounts layout when signed in). */
  readonly jetStream?: JetStreamManagerOptions;
  readonly log: FollowerLog;
}

const STREAM_WAIT_MS = 1_000;

/**
 * The durable consumer over every fact (the gap check needs consecutive stream sequences), created once.
 * One left by an older version with another filter is replaced: the new one delivers from the first fact,
 * and the checkpoint settles what was folded before.
 */
async function durableConsumer(nc: NatsConnection, options: FollowEventsStreamOptions<unknown>): Promise<Consumer> {
  const { jsm, js } = await eventsJetStream(nc, options.jetStream ?? eventsJetStreamOptions());
  const filter = allEventsSubject(options.subjectRoot);
  const existing = await jsm.consumers.info(options.streamName, options.durableName).catch(() => undefined);
  if (existing && existing.config.filter_subject !== filter) {
    options.log.info(`replacing consumer ${options.durableName} (filter ${existing.config.filter_subject ?? 'none'}) with one over ${filter}`);
    await jsm.consumers.delete(options.streamName, options.durableName).catch(() => undefined);
  }
  await jsm.consumers.add(options.streamName, {
    durable_name: options.durableName,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: filter,
    ack_wait: 30_000_000_000,
    max_ack_pending: options.batchSize * 4,
  });
  return js.consumers.get(options.streamName, options.durableName);
}

function isStreamMissing(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === JetStreamApiCodes.StreamNotFound || /stream not found/i.test(String((error as Error)?.message));
}

/** The relay creates the stream (only it may): until it has, wait for it rather than fail. */
async function durableConsumerOnceTheStreamExists(
  nc: NatsConnection,
  options: FollowEventsStreamOptions<unknown>,
  signal: AbortSignal,
): Promise<Consumer | undefined> {
  let told = false;
  while (!signal.aborted) {
    try {
      return await durableConsumer(nc, options);
    } catch (error) {
      if (!isStreamMissing(error)) throw error;
      if (!told) options.log.info(`stream ${options.streamName} does not exist yet; waiting for the relay to create it`);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, STREAM_WAIT_MS));
    }
  }
  return undefined;
}

/**
 * Folds one delivered batch and moves the checkpoint in the same transaction: after a crash either both
 * happened or neither.
 */
export async function foldDelivered<Tx>(
  options: Pick<FollowEventsStreamOptions<Tx>, 'checkpoint' | 'transaction' | 'foldBatch'>,
  batch: readonly Delivered<DeliveredFact>[],
): Promise<BatchPlan<DeliveredFact>> {
  return options.transaction(async (tx, sql) => {
    const plan = planBatch(await options.checkpoint.lock(sql), batch);
    if (plan.toFold.length > 0) await options.foldBatch(tx, plan.toFold);
    await options.checkpoint.save(sql, plan.checkpoint);
    return plan;
  });
}

/**
 * Follows the events stream: pulls facts in batches, folds each batch in one transaction with the
 * checkpoint, acks only what is folded. Facts after a gap are nak'd and come again once the missing one
 * has been redelivered and folded. A message the relay did not publish is parked: logged, reported,
 * acked, never folded, and the facts after it go on. Runs until `signal` aborts.
 */
export async function followEventsStream<Tx>(nc: NatsConnection, options: FollowEventsStreamOptions<Tx>, signal: AbortSignal): Promise<void> {
  const consumer = await durableConsumerOnceTheStreamExists(nc, options as FollowEventsStreamOptions<unknown>, signal);
  if (!consumer) return;
  while (!signal.aborted) {
    const batch: JsMsg[] = [];
    try {
      const messages = await consumer.fetch({ max_messages: options.batchSize, expires: 1_000 });
      for await (const message of messages) batch.push(message);
      if (batch.length === 0) continue;
      const result = await foldDelivered(options, batch.map(decodeDelivered));
      for (const parked of result.parked) {
        options.log.error(
          `parked the message at stream sequence ${parked.streamSequence} of ${options.streamName}: not a fact the relay published (${parked.foreign})`,
        );
        options.onParked?.(parked);
      }
      batch.slice(0, result.settled).forEach((message) => message.ack());
      batch.slice(result.settled).forEach((message) => message.nak(1_000));
      if (result.stoppedAtGap) options.log.info(`waiting for a redelivery before stream sequence ${batch[result.settled].seq}`);
      options.onAdvance?.(result.checkpoint);
    } catch (error) {
      batch.forEach((message) => message.nak(1_000));
      if (signal.aborted) break;
      options.log.error(`folding facts for ${options.durableName} failed; retrying`, error);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
