import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type Consumer, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { REQUEST_CATEGORY, type EventMetadata, type DomainEvent, type RequestEvent } from '@od/contracts';
import { parsePosition, type EventStore, type RecordedEvent } from '@od/event-store';
import { CLOCK, connectNats, ensureEventsStream, EVENT_STORE, PLATFORM_CONFIG, type Clock, type PlatformConfig } from '@od/platform';
import { PinoLogger } from 'nestjs-pino';
import { RequestAuthors } from '../authors/request-authors';
import { AuthorNotYetKnownError, handleFact } from './handle-fact';

interface PublishedEvent extends DomainEvent {
  readonly metadata: EventMetadata;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly position: string;
  readonly recordedAt: string;
}

function decode(message: JsMsg): RecordedEvent<RequestEvent> {
  const published = JSON.parse(message.string()) as PublishedEvent;
  return { ...(published as unknown as RecordedEvent<RequestEvent>), position: parsePosition(published.position) };
}

/** Request facts of every holder: `<root>.events.<holder>.request.<type>`. */
export function requestFactsSubject(root: string): string {
  return `${root}.events.*.${REQUEST_CATEGORY}.>`;
}

/**
 * Follows the request facts with the durable consumer `notifications` (shared by every instance and
 * restart), handling each fact before acking it. Notices are idempotent, so a redelivery is harmless.
 */
@Injectable()
export class NoticesFollower implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly stop = new AbortController();
  private running?: Promise<void>;
  private nc?: NatsConnection;

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(RequestAuthors) private readonly authors: RequestAuthors,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('NoticesFollower');
  }

  async onApplicationBootstrap(): Promise<void> {
    this.nc = await connectNats(this.config.natsUrl, 'notifications');
    const jsm = await jetstreamManager(this.nc);
    await ensureEventsStream(jsm, { streamName: this.config.eventsStreamName, subjectRoot: this.config.subjectRoot });
    const durable = process.env.NOTIFICATIONS_CONSUMER ?? 'notifications';
    await jsm.consumers.add(this.config.eventsStreamName, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: requestFactsSubject(this.config.subjectRoot),
      ack_wait: 30_000_000_000,
      max_ack_pending: 1_000,
    });
    const consumer = await jetstream(this.nc).consumers.get(this.config.eventsStreamName, durable);
    this.running = this.follow(consumer, Number(process.env.NOTIFICATIONS_BATCH_SIZE ?? 100));
  }

  private async follow(consumer: Consumer, batchSize: number): Promise<void> {
    while (!this.stop.signal.aborted) {
      const batch: JsMsg[] = [];
      let handled = 0;
      try {
        const messages = await consumer.fetch({ max_messages: batchSize, expires: 1_000 });
        for await (const message of messages) batch.push(message);
        for (const message of batch) {
          await handleFact(this.store, this.authors, decode(message), this.clock.now());
          message.ack();
          handled += 1;
        }
      } catch (error) {
        // The fact that failed and those after it come again; what was handled is acked already.
        batch.slice(handled).forEach((message) => message.nak(1_000));
        if (this.stop.signal.aborted) break;
        if (error instanceof AuthorNotYetKnownError) this.logger.info(`${error.message}; retrying`);
        else this.logger.error({ err: error }, 'issuing notices failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stop.abort();
    await this.running;
    await this.nc?.drain();
  }
}
