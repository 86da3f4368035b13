import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type Consumer, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { allEventsSubject } from '@od/contracts';
import type { Checkpoint, CheckpointStore } from './checkpoint-store';
import { decodePublishedFact } from './decode-published-fact';
import { planBatch, type BatchPlan, type DeliveredFact } from './plan-batch';
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
  readonly log: FollowerLog;
}

/**
 * The durable consumer over every fact (the gap check needs consecutive stream sequences), created once.
 * One left by an older version with another filter is replaced: the new one delivers from the first fact,
 * and the checkpoint settles what was folded before.
 */
async function durableConsumer(nc: NatsConnection, options: FollowEventsStreamOptions<unknown>): Promise<Consumer> {
  const jsm = await jetstreamManager(nc);
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
  return jetstream(nc).consumers.get(options.streamName, options.durableName);
}

/**
 * Folds one delivered batch and moves the checkpoint in the same transaction: after a crash either both
 * happened or neither.
 */
export async function foldDelivered<Tx>(options: Pick<FollowEventsStreamOptions<Tx>, 'checkpoint' | 'transaction' | 'foldBatch'>, batch: readonly DeliveredFact[]): Promise<BatchPlan<DeliveredFact>> {
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
 * has been redelivered and folded. Runs until `signal` aborts.
 */
export async function followEventsStream<Tx>(nc: NatsConnection, options: FollowEventsStreamOptions<Tx>, signal: AbortSignal): Promise<void> {
  const consumer = await durableConsumer(nc, options as FollowEventsStreamOptions<unknown>);
  while (!signal.aborted) {
    const batch: JsMsg[] = [];
    try {
      const messages = await consumer.fetch({ max_messages: options.batchSize, expires: 1_000 });
      for await (const message of messages) batch.push(message);
      if (batch.length === 0) continue;
      const result = await foldDelivered(
        options,
        batch.map((message) => ({ event: decodePublishedFact(message.string()), streamSequence: message.seq })),
      );
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
