import { DataSource } from 'typeorm';
import { AwpAccessViewEntity } from '../awp-access/awp-access-view.entity';
import { BlogPostEntity } from '../blog/blog-post.entity';
import { CheckpointEntity } from '../checkpoints/checkpoint.entity';
import { ClockViewEntity } from '../clocks/clock-view.entity';
import { RequestViewEntity } from '../my-requests/request-view.entity';
import { NoticeViewEntity } from '../notices/notice-view.entity';
import { HistoryEntryEntity } from '../request-history/history-entry.entity';
import { AnswerClockTimingEntity, HolderDailyStatisticsEntity, HolderStatisticsEntity } from '../statistics/holder-statistics.entity';
import { ConferenceQuestionAskerEntity, ConferenceQuestionEntity, ConferenceViewEntity } from '../conferences/conference-view.entity';
import { SurveyOptionTallyEntity, SurveyViewEntity } from '../surveys/survey-view.entity';
import { TopicApplicationViewEntity } from '../topic-applications/topic-application-view.entity';
import { HolderViewEntity } from '../holders/holder-view.entity';
import { CalendarVersionEntity } from '../calendar/calendar-version.entity';

export const READ_MODEL_ENTITIES = [
  CheckpointEntity,
  RequestViewEntity,
  AwpAccessViewEntity,
  HistoryEntryEntity,
  ClockViewEntity,
  BlogPostEntity,
  HolderStatisticsEntity,
  HolderDailyStatisticsEntity,
  AnswerClockTimingEntity,
  NoticeViewEntity,
  ConferenceViewEntity,
  ConferenceQuestionEntity,
  ConferenceQuestionAskerEntity,
  SurveyViewEntity,
  SurveyOptionTallyEntity,
  TopicApplicationViewEntity,
  HolderViewEntity,
  CalendarVersionEntity,
];

/** The read models' database: schema `read_models`, evolved only by the SQL migrations (`migrateReadModels`). */
export function readModelDataSource(databaseUrl: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities: READ_MODEL_ENTITIES,
    synchronize: false,
    logging: false,
  });
}
