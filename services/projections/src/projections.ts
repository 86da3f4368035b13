import { upcastClockEvent } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import { projectAwpAccessView } from './awp-access/awp-access-view.projection';
import { projectConferenceView } from './conferences/conference-view.projection';
import { projectBlogPost } from './blog/blog-post.projection';
import { projectClockView } from './clocks/clock-view.projection';
import { projectRequestView } from './my-requests/request-view.projection';
import { projectNoticeView } from './notices/notice-view.projection';
import { projectHistoryEntry } from './request-history/history-entry.projection';
import { projectHolderStatistics } from './statistics/holder-statistics.projection';
import { projectSurveyView } from './surveys/survey-view.projection';
import { projectTopicApplicationView } from './topic-applications/topic-application-view.projection';
import { projectHolderView } from './holders/holder-view.projection';
import { projectCalendarVersion } from './calendar/calendar-version.projection';

/** One read model: its name (what `npm run projections:rebuild -- <name>` takes), the tables it alone writes, its fold. */
export interface ReadModelProjection {
  readonly name: string;
  readonly tables: readonly string[];
  readonly project: (manager: EntityManager, event: RecordedEvent) => Promise<void>;
}

/** Every read model this service keeps; each folds the facts it cares about, ignores the rest, and reads no other's tables. */
export const READ_MODEL_PROJECTIONS: readonly ReadModelProjection[] = [
  { name: 'requests', tables: ['read_models.request_views'], project: projectRequestView },
  { name: 'request-history', tables: ['read_models.request_history'], project: projectHistoryEntry },
  { name: 'clocks', tables: ['read_models.deadline_clocks'], project: projectClockView },
  { name: 'blog', tables: ['read_models.blog_posts'], project: projectBlogPost },
  {
    name: 'statistics',
    tables: ['read_models.holder_statistics', 'read_models.holder_daily_statistics', 'read_models.statistics_answer_clocks'],
    project: projectHolderStatistics,
  },
  { name: 'notices', tables: ['read_models.notice_views'], project: projectNoticeView },
  { name: 'awp-access', tables: ['read_models.awp_access_views'], project: projectAwpAccessView },
  {
    name: 'conferences',
    tables: ['read_models.conference_views', 'read_models.conference_questions', 'read_models.conference_question_askers'],
    project: projectConferenceView,
  },
  { name: 'surveys', tables: ['read_models.survey_views', 'read_models.survey_option_tallies'], project: projectSurveyView },
  { name: 'topic-applications', tables: ['read_models.topic_application_views'], project: projectTopicApplicationView },
  { name: 'holders', tables: ['read_models.holder_views'], project: projectHolderView },
  { name: 'calendar', tables: ['read_models.calendar_versions'], project: projectCalendarVersion },
];

/** Every table the projections write. */
export const PROJECTED_TABLES = READ_MODEL_PROJECTIONS.flatMap((projection) => projection.tables);

/** The projections of these names, in their order; an unknown name is an error naming the known ones. */
export function projectionsNamed(names: readonly string[]): readonly ReadModelProjection[] {
  const unknown = names.filter((name) => !READ_MODEL_PROJECTIONS.some((projection) => projection.name === name));
  if (unknown.length > 0)
    throw new Error(`no read model named ${unknown.join(', ')}; the read models are ${READ_MODEL_PROJECTIONS.map((projection) => projection.name).join(', ')}`);
  return READ_MODEL_PROJECTIONS.filter((projection) => names.includes(projection.name));
}

/**
 * Clock facts stored before the family was one (`Deadline*`, `ConferenceDeadline*`, `SurveyDeadline*`) are
 * read as `Clock*` here, once, so every read model folds only the one family.
 */
export async function projectEvent(
  manager: EntityManager,
  stored: RecordedEvent,
  projections: readonly ReadModelProjection[] = READ_MODEL_PROJECTIONS,
): Promise<void> {
  const event = upcastClockEvent(stored) ?? stored;
  for (const projection of projections) await projection.project(manager, event);
}
