import { Inject, Injectable, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import type { EventStore } from '@od/event-store';
import { CLOCK, connectNats, EVENT_STORE, StoreBackedServiceModule, type Clock } from '@od/platform';
import { PinoLogger } from 'nestjs-pino';
import { Pool } from 'pg';
import { migrateDeadlines } from './database/migrate';
import type { DeadlinesConfig } from './deadlines-config';
import { DeadlinesRunner } from './deadlines-runner';

const DEADLINES_CONFIG = Symbol('DEADLINES_CONFIG');

/** Runs the follower and the scheduler for as long as the service runs. */
@Injectable()
class DeadlinesLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private runner?: DeadlinesRunner;
  private nc?: NatsConnection;
  private pool?: Pool;

  constructor(
    @Inject(DEADLINES_CONFIG) private readonly config: DeadlinesConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('Deadlines');
  }

  async onApplicationBootstrap(): Promise<void> {
    await migrateDeadlines(this.config.databaseUrl);
    this.pool = new Pool({ connectionString: this.config.databaseUrl, max: 5 });
    // An idle connection the server ends is discarded by the pool; without a listener its 'error' ends the process.
    this.pool.on('error', () => undefined);
    this.nc = await connectNats(this.config.natsUrl, 'deadlines');
    this.runner = new DeadlinesRunner(this.nc, this.pool, this.store, this.clock, {
      streamName: this.config.eventsStreamName,
      subjectRoot: this.config.subjectRoot,
      durableName: this.config.durableName,
      batchSize: this.config.batchSize,
      warningWorkingDays: this.config.warningWorkingDays,
      tickMs: this.config.tickMs,
      log: {
        info: (message) => this.logger.info(message),
        warn: (message) => this.logger.warn(message),
        error: (message, error) => this.logger.error({ err: error }, message),
      },
    });
    this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner?.close();
    await this.nc?.drain();
    await this.pool?.end();
  }
}

@Module({})
export class DeadlinesModule {
  static register(config: DeadlinesConfig, clock: Clock): DynamicModule {
    return {
      module: DeadlinesModule,
      imports: [
        StoreBackedServiceModule.register({
          name: 'deadlines',
          config,
          clock,
          handlers: [],
          providers: [{ provide: DEADLINES_CONFIG, useValue: config }, DeadlinesLifecycle],
        }),
      ],
    };
  }
}
