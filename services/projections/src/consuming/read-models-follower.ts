import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { followerLog, followerSettings, PLATFORM_CONFIG, startFollowing, type PlatformConfig, type RunningFollower } from '@od/platform';
import { READ_MODELS_CONSUMER } from '@od/nats-permissions';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { CheckpointWatch } from '../checkpoints/checkpoint-watch';
import { readModelsCheckpoint, readModelsTransaction, sqlOf } from '../checkpoints/checkpoint';
import { NATS_CONNECTION } from '../nats-connection';
import { projectEvent } from '../projections';

/** Keeps the read models following the events stream for as long as the service runs. */
@Injectable()
export class ReadModelsFollower implements OnApplicationBootstrap, OnApplicationShutdown {
  private following?: RunningFollower;

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
    this.following = startFollowing(this.nc, this.config, {
      ...followerSettings('PROJECTIONS', { durableName: READ_MODELS_CONSUMER, batchSize: 200 }),
      checkpoint: readModelsCheckpoint,
      transaction: readModelsTransaction(this.dataSource),
      foldBatch: async (manager, facts) => {
        for (const { event } of facts) await projectEvent(manager, event);
      },
      onAdvance: (checkpoint) => this.watch.advance(checkpoint.position),
      log: followerLog(this.logger),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.following?.stop();
  }
}
