import { DataSource } from 'typeorm';
import { AwpAccessViewEntity } from '../awp-access/awp-access-view.entity';
import { BlogPostEntity } from '../blog/blog-post.entity';
import { CheckpointEntity } from '../checkpoints/checkpoint.entity';
import { ClockViewEntity } from '../clocks/clock-view.entity';
import { RequestViewEntity } from '../my-requests/request-view.entity';
import { NoticeViewEntity } from '../notices/notice-view.entity';
import { HistoryEntryEntity } from '../request-history/history-entry.entity';
import { AnswerClockTimingEntity, HolderStatisticsEntity } from '../statistics/holder-statistics.entity';
import { CreateReadModels1764000000000 } from './migrations/1764000000000-create-read-models';
import { CreateAwpAccessViews1764100000000 } from './migrations/1764100000000-create-awp-access-views';
import { ReadModelsAndNotices1764200000000 } from './migrations/1764200000000-read-models-and-notices';
import { CreateConferenceViews1764450000000 } from './migrations/1764450000000-create-conference-views';
import { ConferenceQuestionEntity, ConferenceViewEntity } from '../conferences/conference-view.entity';
import { CreateSurveyViews1764350000000 } from './migrations/1764350000000-create-survey-views';
import { SurveyOptionTallyEntity, SurveyViewEntity } from '../surveys/survey-view.entity';
import { ClocksOfEveryKind1764550000000 } from './migrations/1764550000000-clocks-of-every-kind';
import { RedactionMarks1764660000000 } from './migrations/1764660000000-redaction-marks';
import { RequestStatusVocabulary1764770000000 } from './migrations/1764770000000-request-status-vocabulary';

export const READ_MODEL_ENTITIES = [
  CheckpointEntity,
  RequestViewEntity,
  AwpAccessViewEntity,
  HistoryEntryEntity,
  ClockViewEntity,
  BlogPostEntity,
  HolderStatisticsEntity,
  AnswerClockTimingEntity,
  NoticeViewEntity,
  ConferenceViewEntity,
  ConferenceQuestionEntity,
  SurveyViewEntity,
  SurveyOptionTallyEntity,
];

/** The read models' database: schema `read_models`, evolved by migrations only. */
export function readModelDataSource(databaseUrl: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities: READ_MODEL_ENTITIES,
    migrations: [
      CreateReadModels1764000000000,
      CreateAwpAccessViews1764100000000,
      ReadModelsAndNotices1764200000000,
      CreateSurveyViews1764350000000,
      CreateConferenceViews1764450000000,
      ClocksOfEveryKind1764550000000,
      RedactionMarks1764660000000,
      RequestStatusVocabulary1764770000000,
    ],
    migrationsTableName: 'read_models_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
  });
}
