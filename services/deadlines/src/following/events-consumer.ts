import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type Consumer, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { allEventsSubject, type DomainEvent, type EventMetadata } from '@od/contracts';
import { parsePosition, type EventStore, type RecordedEvent } from '@od/event-store';
import type { Pool } from 'pg';
import { foldBatch } from './fold-batch';

export interface EventsConsumerOptions {
  readonly streamName: string;
  readonly subjectRoot: string;
  /** `deadlines`: shared by every instance and restart of this service. */
  readonly durableName: string;
  readonly batchSize: number;
  readonly warningWorkingDays: number;
  readonly log: { info(message: string): void; warn(message: string): void; error(message: string, error?: unknown): void };
}

function decode(body: string): RecordedEvent {
  const published = JSON.parse(body) as DomainEvent & { metadata: EventMetadata; streamId: string; streamVersion: number; position: string; recordedAt: string };
  return { ...published, position: parsePosition(published.position) };
}

async function durableConsumer(nc: NatsConnection, options: EventsConsumerOptions): Promise<Consumer> {
  const jsm = await jetstreamManager(nc);
  // Every fact, not only request and calendar ones: the gap check needs consecutive stream sequences.
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

/** Pulls facts in batches and folds each batch in one transaction; acks what the clocks hold. Until `signal` aborts. */
export async function runEventsConsumer(nc: NatsConnection, pool: Pool, store: EventStore, options: EventsConsumerOptions, signal: AbortSignal): Promise<void> {
  const consumer = await durableConsumer(nc, options);
  while (!signal.aborted) {
    const batch: JsMsg[] = [];
    try {
      const messages = await consumer.fetch({ max_messages: options.batchSize, expires: 1_000 });
      for await (const message of messages) batch.push(message);
      if (batch.length === 0) continue;
      const result = await foldBatch(
        pool,
        batch.map((message) => ({ event: decode(message.string()), streamSequence: message.seq })),
        { store, warningWorkingDays: options.warningWorkingDays, log: options.log },
      );
      batch.slice(0, result.settled).forEach((message) => message.ack());
      batch.slice(result.settled).forEach((message) => message.nak(1_000));
      if (result.stoppedAtGap) options.log.info(`waiting for a redelivery before stream sequence ${batch[result.settled].seq}`);
    } catch (error) {
      batch.forEach((message) => message.nak(1_000));
      if (signal.aborted) break;
      options.log.error('folding facts into clocks failed; retrying', error);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
