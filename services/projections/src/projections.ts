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

/** Every read model this service keeps; each folds the facts it cares about and ignores the rest. */
const projections: ReadonlyArray<(manager: EntityManager, event: RecordedEvent) => Promise<void>> = [
  projectRequestView,
  projectHistoryEntry,
  projectClockView,
  projectBlogPost,
  projectHolderStatistics,
  projectNoticeView,
  projectAwpAccessView,
  projectConferenceView,
  projectSurveyView,
];

/** Tables a rebuild empties before replaying the store: every table the projections above write. */
export const PROJECTED_TABLES = [
  'read_models.request_views',
  'read_models.request_history',
  'read_models.deadline_clocks',
  'read_models.blog_posts',
  'read_models.holder_statistics',
  'read_models.statistics_answer_clocks',
  'read_models.notice_views',
  'read_models.awp_access_views',
  'read_models.conference_views',
  'read_models.conference_questions',
  'read_models.survey_views',
  'read_models.survey_option_tallies',
];

/**
 * Clock facts stored before the family was one (`Deadline*`, `ConferenceDeadline*`, `SurveyDeadline*`) are
 * read as `Clock*` here, once, so every read model folds only the one family.
 */
export async function projectEvent(manager: EntityManager, stored: RecordedEvent): Promise<void> {
  const event = upcastClockEvent(stored) ?? stored;
  for (const project of projections) await project(manager, event);
}
