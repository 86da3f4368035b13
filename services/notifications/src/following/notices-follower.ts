import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { REQUEST_CATEGORY, streamCategory, type RequestEvent } from '@od/contracts';
import type { EventStore, RecordedEvent } from '@od/event-store';
import { checkpointStore, CLOCK, connectNats, EVENT_STORE, followEventsStream, integerSetting, pgTransaction, PLATFORM_CONFIG, type Clock, type PlatformConfig } from '@od/platform';
import { PinoLogger } from 'nestjs-pino';
import { Pool } from 'pg';
import { RequestAuthors } from '../authors/request-authors';
import { NOTIFICATIONS_POOL } from '../notifications.providers';
import { AuthorNotYetKnownError, handleFact } from './handle-fact';

/** How far the notices have followed the events stream, in `notifications.checkpoints`. */
const noticesCheckpoint = checkpointStore({ schema: 'notifications', name: 'notifications' });

/**
 * Follows the events stream with the durable consumer `notifications` (shared by every instance and
 * restart) and handles the request facts in stream order, the authors and the checkpoint in one
 * transaction. Notices are idempotent, so a fact handled again after a crash issues nothing new.
 */
@Injectable()
export class NoticesFollower implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly stop = new AbortController();
  private running?: Promise<void>;
  private nc?: NatsConnection;

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(NOTIFICATIONS_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('NoticesFollower');
  }

  async onApplicationBootstrap(): Promise<void> {
    this.nc = await connectNats(this.config.natsUrl, 'notifications');
    this.running = followEventsStream(
      this.nc,
      {
        streamName: this.config.eventsStreamName,
        subjectRoot: this.config.subjectRoot,
        durableName: process.env.NOTIFICATIONS_CONSUMER ?? 'notifications',
        batchSize: integerSetting(process.env, 'NOTIFICATIONS_BATCH_SIZE', 100),
        checkpoint: noticesCheckpoint,
        transaction: pgTransaction(this.pool),
        foldBatch: async (client, facts) => {
          const authors = new RequestAuthors(client);
          for (const { event } of facts) {
            if (streamCategory(event.streamId) !== REQUEST_CATEGORY) continue;
            await handleFact(this.store, authors, event as unknown as RecordedEvent<RequestEvent>, this.clock.now());
          }
        },
        log: {
          info: (message) => this.logger.info(message),
          error: (message, error) =>
            error instanceof AuthorNotYetKnownError ? this.logger.info(`${error.message}; retrying`) : this.logger.error({ err: error }, message),
        },
      },
      this.stop.signal,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.stop.abort();
    await this.running;
    await this.nc?.drain();
  }
}
