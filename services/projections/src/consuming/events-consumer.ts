import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type Consumer, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Checkpoint } from '../checkpoints/checkpoint';
import type { DataSource } from 'typeorm';
import { allEventsSubject } from '@od/contracts';
import { decodePublishedEvent } from './decode-message';
import { foldBatch } from './fold-batch';

export interface EventsConsumerOptions {
  readonly streamName: string;
  readonly subjectRoot: string;
  readonly durableName: string;
  readonly batchSize: number;
  readonly onAdvance: (checkpoint: Checkpoint) => void;
  readonly log: { info(message: string): void; error(message: string, error?: unknown): void };
}

/** The durable consumer the read models follow: created once, shared by restarts of this service. */
async function durableConsumer(nc: NatsConnection, options: EventsConsumerOptions): Promise<Consumer> {
  const jsm = await jetstreamManager(nc);
  await jsm.consumers.add(options.streamName, {
    durable_name: options.durableName,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: allEventsSubject(options.subjectRoot),
    ack_wait: 30_000_000_000,
    max_ack_pending: options.batchSize * 4,
  });
  return jetstream(nc).consumers.get(options.streamName, options.durableName);
}

/**
 * Pulls facts in batches and folds each batch in one transaction; acks only what the read models hold.
 * Runs until `signal` aborts.
 */
export async function runEventsConsumer(nc: NatsConnection, dataSource: DataSource, options: EventsConsumerOptions, signal: AbortSignal): Promise<void> {
  const consumer = await durableConsumer(nc, options);
  while (!signal.aborted) {
    const batch: JsMsg[] = [];
    try {
      const messages = await consumer.fetch({ max_messages: options.batchSize, expires: 1_000 });
      for await (const message of messages) batch.push(message);
      if (batch.length === 0) continue;
      const result = await foldBatch(
        dataSource,
        batch.map((message) => ({ event: decodePublishedEvent(message.string()), streamSequence: message.seq })),
      );
      batch.slice(0, result.settled).forEach((message) => message.ack());
      // Facts after a gap come again once the missing one has been redelivered and folded.
      batch.slice(result.settled).forEach((message) => message.nak(1_000));
      if (result.stoppedAtGap) options.log.info(`waiting for a redelivery before stream sequence ${batch[result.settled].seq}`);
      options.onAdvance(result.checkpoint);
    } catch (error) {
      batch.forEach((message) => message.nak(1_000));
      if (signal.aborted) break;
      options.log.error('folding facts failed; retrying', error);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
