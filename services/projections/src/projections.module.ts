import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { bindAnswers, connectNats, healthModule, loggerModule, platformConfigModule, platformConfigProvider, type PlatformConfig } from '@od/platform';
import { DataSource } from 'typeorm';
import { CheckpointWatch } from './checkpoints/checkpoint-watch';
import { ReadModelsFollower } from './consuming/read-models-follower';
import { migrateReadModels } from './database/migrate-read-models';
import { readModelDataSource } from './database/read-model-data-source';
import { NATS_CONNECTION } from './nats-connection';
import { AwpAccessQueriesHandler } from './awp-access/awp-access-queries.handler';
import { ConferenceQueriesHandler } from './conferences/conference-queries.handler';
import { TopicApplicationQueriesHandler } from './topic-applications/topic-application-queries.handler';
import { RequestQueriesHandler } from './querying/request-queries.handler';
import { AgencyQueueHandler } from './agency-queue/agency-queue.handler';
import { BlogQueriesHandler } from './blog/blog-queries.handler';
import { ClockQueriesHandler } from './clocks/clock-queries.handler';
import { MyRequestsQueriesHandler } from './my-requests/my-requests-queries.handler';
import { NoticeQueriesHandler } from './notices/notice-queries.handler';
import { RequestHistoryQueriesHandler } from './request-history/request-history-queries.handler';
import { StatisticsQueriesHandler } from './statistics/statistics-queries.handler';
import { SurveyQueriesHandler } from './surveys/survey-queries.handler';
import { HolderQueriesHandler } from './holders/holder-queries.handler';
import { CalendarQueriesHandler } from './calendar/calendar-queries.handler';

@Module({})
export class ProjectionsModule implements OnApplicationShutdown {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {}

  static register(config: PlatformConfig): DynamicModule {
    const shared = [
      platformConfigProvider(config),
      {
        provide: DataSource,
        useFactory: async () => {
          await migrateReadModels(config.databaseUrl);
          return readModelDataSource(config.databaseUrl).initialize();
        },
      },
      { provide: NATS_CONNECTION, useFactory: () => connectNats(config.natsUrl, 'projections') },
      CheckpointWatch,
    ];
    return {
      module: ProjectionsModule,
      global: true,
      imports: [
        platformConfigModule(),
        loggerModule('projections', config.logLevel),
        healthModule({
          inject: [DataSource, NATS_CONNECTION],
          useFactory: (dataSource: DataSource, nc: NatsConnection) => [
            { key: 'postgresql', probe: () => dataSource.query('SELECT 1') },
            { key: 'nats', probe: () => nc.flush() },
          ],
        }),
      ],
      // Each handler's subject is bound here, under the configured root (its methods say which query they answer).
      controllers: bindAnswers(config.subjectRoot, [
        RequestQueriesHandler,
        AgencyQueueHandler,
        MyRequestsQueriesHandler,
        RequestHistoryQueriesHandler,
        ClockQueriesHandler,
        BlogQueriesHandler,
        StatisticsQueriesHandler,
        NoticeQueriesHandler,
        AwpAccessQueriesHandler,
        ConferenceQueriesHandler,
        TopicApplicationQueriesHandler,
        SurveyQueriesHandler,
        HolderQueriesHandler,
        CalendarQueriesHandler,
      ]),
      providers: [...shared, ReadModelsFollower],
      exports: shared,
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.nc.drain();
    await this.dataSource.destroy();
  }
}
