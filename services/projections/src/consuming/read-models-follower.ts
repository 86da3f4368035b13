import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { followEventsStream, integerSetting, PLATFORM_CONFIG, type PlatformConfig } from '@od/platform';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { CheckpointWatch } from '../checkpoints/checkpoint-watch';
import { readModelsCheckpoint, readModelsTransaction, sqlOf } from '../checkpoints/checkpoint';
import { NATS_CONNECTION } from '../nats-connection';
import { projectEvent } from '../projections';

/** Keeps the read models following the events stream for as long as the service runs. */
@Injectable()
export class ReadModelsFollower implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly stop = new AbortController();
  private running?: Promise<void>;

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CheckpointWatch) private readonly watch: CheckpointWatch,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('ReadModelsFollower');
  }

  async onApplicationBootstrap(): Promise<void> {
    this.watch.advance((await readModelsCheckpoint.read(sqlOf(this.dataSource.manager))).position);
    this.running = followEventsStream(
      this.nc,
      {
        streamName: this.config.eventsStreamName,
        subjectRoot: this.config.subjectRoot,
        durableName: process.env.PROJECTIONS_CONSUMER ?? 'read-models',
        batchSize: integerSetting(process.env, 'PROJECTIONS_BATCH_SIZE', 200),
        checkpoint: readModelsCheckpoint,
        transaction: readModelsTransaction(this.dataSource),
        foldBatch: async (manager, facts) => {
          for (const { event } of facts) await projectEvent(manager, event);
        },
        onAdvance: (checkpoint) => this.watch.advance(checkpoint.position),
        log: { info: (message) => this.logger.info(message), error: (message, error) => this.logger.error({ err: error }, message) },
      },
      this.stop.signal,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.stop.abort();
    await this.running;
  }
}
