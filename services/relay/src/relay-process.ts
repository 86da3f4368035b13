import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { createPostgresEventStore, migrateEventStore, type EventStore } from '@od/event-store';
import { connectNats, ensureEventsStream } from '@od/platform';
import { Pool } from 'pg';
import type { Logger } from 'pino';
import { postgresCheckpointStore } from './checkpoints/checkpoint-store';
import { migrateCheckpoints } from './checkpoints/migrate-checkpoints';
import { Relay, type RelayStatus } from './publishing/relay';
import type { RelayConfig } from './relay-config';
import { LeadershipLock } from './standby/leadership-lock';

export type RelayRole = 'starting' | 'standby' | 'leader' | 'stopped';

/**
 * The relay's whole life, free of Nest: connect, migrate, ensure the stream, wait for the leadership
 * lock, publish until stopped. `done` rejects on an error retrying cannot cure; `main` exits non-zero.
 */
export class RelayProcess {
  private readonly stopping = new AbortController();
  private relay: Relay | undefined;
  private currentRole: RelayRole = 'starting';
  readonly done: Promise<void>;

  private constructor(
    private readonly config: RelayConfig,
    private readonly logger: Logger,
    private readonly pool: Pool,
    private readonly nc: NatsConnection,
    private readonly store: EventStore,
  ) {
    this.done = this.run();
    this.done.catch(() => undefined);
  }

  static async start(config: RelayConfig, logger: Logger): Promise<RelayProcess> {
    await migrateEventStore({ connectionString: config.databaseUrl });
    await migrateCheckpoints(config.databaseUrl);
    const nc = await connectNats(config.natsUrl, `relay:${config.relayName}`, { service: 'relay' });
    try {
      const outcome = await ensureEventsStream(await jetstreamManager(nc), { streamName: config.eventsStreamName, subjectRoot: config.subjectRoot });
      logger.info({ streamName: config.eventsStreamName, outcome }, 'events stream ensured');
    } catch (error) {
      await nc.close();
      throw error;
    }
    const pool = new Pool({ connectionString: config.databaseUrl, max: 2, application_name: `od-relay:${config.relayName}` });
    // An idle connection the server ends (restart, dropped database) is discarded by the pool; without a
    // listener its 'error' would end the process.
    pool.on('error', () => undefined);
    pool.on('error', (error) => logger.warn({ err: error }, 'idle checkpoint connection failed'));
    const store = createPostgresEventStore({ connectionString: config.databaseUrl, poolSize: 2, pollIntervalMs: config.pollIntervalMs });
    return new RelayProcess(config, logger, pool, nc, store);
  }

  get role(): RelayRole {
    return this.currentRole;
  }

  status(): RelayStatus & { readonly role: RelayRole } {
    return { role: this.currentRole, ...(this.relay?.status() ?? { state: 'idle', published: 0 }) };
  }

  /** Round trips for `/health`: each rejects when its dependency does not answer. */
  readonly probes = {
    nats: async (): Promise<void> => {
      if (this.nc.isClosed()) throw new Error('NATS connection closed');
      await this.nc.flush();
    },
    postgres: async (): Promise<void> => {
      await this.pool.query('SELECT 1');
    },
  };

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.relay?.stop();
    await this.done.catch(() => undefined);
  }

  private async run(): Promise<void> {
    const { config, logger } = this;
    const lock = new LeadershipLock({ connectionString: config.databaseUrl, relayName: config.relayName, logger, retryMs: config.standbyRetryMs });
    try {
      this.currentRole = 'standby';
      if (!(await lock.acquire(this.stopping.signal))) return;
      this.currentRole = 'leader';
      const js = jetstream(this.nc);
      this.relay = new Relay({
        store: this.store,
        js,
        jsm: await jetstreamManager(this.nc),
        checkpoints: postgresCheckpointStore(this.pool),
        logger,
        relayName: config.relayName,
        streamName: config.eventsStreamName,
        subjectRoot: config.subjectRoot,
        maxInFlight: config.maxInFlight,
        checkpointIntervalMs: config.checkpointIntervalMs,
      });
      const relay = this.relay;
      if (this.stopping.signal.aborted) await relay.stop();
      await Promise.race([
        relay.run(),
        lock.lost.catch(async (error: unknown) => {
          await relay.stop();
          throw error;
        }),
      ]);
    } finally {
      this.currentRole = 'stopped';
      await lock.release();
      await this.store.close().catch(() => undefined);
      await this.nc.drain().catch(() => undefined);
      await this.pool.end().catch(() => undefined);
    }
  }
}
