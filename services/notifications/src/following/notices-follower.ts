import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  CLOCK_STREAM_CATEGORIES,
  REQUEST_CATEGORY,
  streamCategory,
  TOPIC_APPLICATION_CATEGORY,
  type AwpAccessEvent,
  type RequestEvent,
  type TopicApplicationEvent,
} from '@od/contracts';
import type { EventStore, RecordedEvent } from '@od/event-store';
import {
  checkpointStore,
  CLOCK,
  connectNats,
  EVENT_STORE,
  followerLog,
  followerSettings,
  pgTransaction,
  PLATFORM_CONFIG,
  startFollowing,
  type Clock,
  type PlatformConfig,
  type RunningFollower,
} from '@od/platform';
import { PinoLogger } from 'nestjs-pino';
import { Pool } from 'pg';
import { RequestAuthors } from '../authors/request-authors';
import { NOTIFICATIONS_POOL } from '../notifications.providers';
import { handleClockFact } from '../issuing/clock-notice';
import { handleTopicApplicationFact } from '../issuing/topic-application-notice';
import { AWP_ACCESS_EVENT_TYPES, StaffGrants } from '../staff/staff-grants';
import { AuthorNotYetKnownError, handleFact } from './handle-fact';

/** The categories clock facts are kept in (request, conference and topic application, survey). */
const CLOCK_STREAM_CATEGORY_NAMES: ReadonlySet<string> = new Set(Object.values(CLOCK_STREAM_CATEGORIES));

/** How far the notices have followed the events stream, in `notifications.checkpoints`. */
const noticesCheckpoint = checkpointStore({ schema: 'notifications', name: 'notifications' });

/**
 * Follows the events stream with the durable consumer `notifications` (shared by every instance and
 * restart) and handles the request facts (and C5's topic application decisions) in stream order, the authors and the checkpoint in one
 * transaction. It folds the AWP grants too (who holds which role), and tells the staff who must act when a
 * clock of their holder warns or breaches. Notices are idempotent, so a fact handled again after a crash issues nothing new.
 */
@Injectable()
export class NoticesFollower implements OnApplicationBootstrap, OnApplicationShutdown {
  private following?: RunningFollower;
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
    const log = followerLog(this.logger);
    this.following = startFollowing(this.nc, this.config, {
      ...followerSettings('NOTIFICATIONS', { durableName: 'notifications', batchSize: 100 }),
      checkpoint: noticesCheckpoint,
      transaction: pgTransaction(this.pool),
      foldBatch: async (client, facts) => {
        const authors = new RequestAuthors(client);
        const grants = new StaffGrants(client);
        for (const { event } of facts) {
          const category = streamCategory(event.streamId);
          if (AWP_ACCESS_EVENT_TYPES.has(event.type)) {
            await grants.fold(event as unknown as AwpAccessEvent);
            continue;
          }
          if (CLOCK_STREAM_CATEGORY_NAMES.has(category)) {
            await handleClockFact(this.store, grants, authors, event, this.clock.now());
            continue;
          }
          if (category === TOPIC_APPLICATION_CATEGORY) {
            await handleTopicApplicationFact(this.store, event as unknown as RecordedEvent<TopicApplicationEvent>, this.clock.now());
            continue;
          }
          if (category !== REQUEST_CATEGORY) continue;
          await handleFact(this.store, authors, event as unknown as RecordedEvent<RequestEvent>, this.clock.now());
        }
      },
      // A request's author arrives with its first fact: until then the batch waits, which is no error.
      log: {
        ...log,
        error: (message, error) => (error instanceof AuthorNotYetKnownError ? this.logger.info(`${error.message}; retrying`) : log.error(message, error)),
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.following?.stop();
    await this.nc?.drain();
  }
}
