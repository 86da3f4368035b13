import { query } from '../bus-descriptors';
import type { ActiveStaffRolesQuery, ActiveStaffRolesReply, AwpAccessListQuery, AwpAccessListReply } from '../awp-access/awp-access-messages';
import type {
  AgencyConferencesQuery,
  AgencyConferencesReply,
  MyQuestionsQuery,
  MyQuestionsReply,
  PublicConferenceQuery,
  PublicConferenceReply,
  AgencyTopicApplicationsQuery,
  MyTopicApplicationsQuery,
  TopicApplicationsReply,
  PublicConferencesQuery,
  PublicConferencesReply,
  WaitingTemplatesQuery,
  WaitingTemplatesReply,
} from '../conferences/conference-messages';
import type { HolderRegisteredQuery, HolderRegisteredReply } from '../holders/holder-queries';
import type { RequestByIdQuery, RequestByIdReply } from '../requests/request-messages';
import type {
  AgencySurveysQuery,
  AgencySurveysReply,
  OperatorSurveyTemplatesQuery,
  OperatorSurveyTemplatesReply,
  PublicSurveysQuery,
  PublicSurveysReply,
  SurveyResultsQuery,
  SurveyResultsReply,
} from '../surveys/survey-messages';
import type { HolderClocksQuery, HolderClocksReply } from './clock-reads';
import type {
  CalendarVersionsReply,
  CalendarYearQuery,
  CalendarYearReply,
  HolderByIdQuery,
  HolderByIdReply,
  HoldersQuery,
  HoldersReply,
} from './reference-reads';
import type { HolderBlogQuery, HolderBlogReply, HolderStatisticsQuery, HolderStatisticsReply, MyNoticesQuery, MyNoticesReply } from './public-reads';
import type { AgencyQueueQuery, AgencyQueueReply, MyRequestsQuery, MyRequestsReply, RequestHistoryQuery, RequestHistoryReply } from './request-reads';

/** Every read on the bus, declared once with its query and reply types: the gateway asks with these. */

// The access service's registers.
export const activeStaffRoles = query<ActiveStaffRolesQuery, ActiveStaffRolesReply>('access', 'active-staff-roles');
export const holderRegistered = query<HolderRegisteredQuery, HolderRegisteredReply>('access', 'holder-registered');

// The read models (services/projections).
export const requestById = query<RequestByIdQuery, RequestByIdReply>('projections', 'request-by-id');
export const myRequests = query<MyRequestsQuery, MyRequestsReply>('projections', 'my-requests');
export const requestsByHolder = query<AgencyQueueQuery, AgencyQueueReply>('projections', 'requests-by-holder');
export const requestHistory = query<RequestHistoryQuery, RequestHistoryReply>('projections', 'request-history');
export const holderClocks = query<HolderClocksQuery, HolderClocksReply>('projections', 'holder-clocks');
export const holderBlog = query<HolderBlogQuery, HolderBlogReply>('projections', 'holder-blog');
export const holderStatistics = query<HolderStatisticsQuery, HolderStatisticsReply>('projections', 'holder-statistics');
export const myNotices = query<MyNoticesQuery, MyNoticesReply>('projections', 'my-notices');
export const awpAccessList = query<AwpAccessListQuery, AwpAccessListReply>('projections', 'awp-access-list');
export const publicConferences = query<PublicConferencesQuery, PublicConferencesReply>('projections', 'public-conferences');
export const publicConference = query<PublicConferenceQuery, PublicConferenceReply>('projections', 'public-conference');
export const myConferenceQuestions = query<MyQuestionsQuery, MyQuestionsReply>('projections', 'my-conference-questions');
export const agencyConferences = query<AgencyConferencesQuery, AgencyConferencesReply>('projections', 'agency-conferences');
export const waitingConferenceTemplates = query<WaitingTemplatesQuery, WaitingTemplatesReply>('projections', 'waiting-conference-templates');
export const agencyTopicApplications = query<AgencyTopicApplicationsQuery, TopicApplicationsReply>('projections', 'agency-topic-applications');
export const myTopicApplications = query<MyTopicApplicationsQuery, TopicApplicationsReply>('projections', 'my-topic-applications');
export const publicSurveys = query<PublicSurveysQuery, PublicSurveysReply>('projections', 'public-surveys');
export const surveyResults = query<SurveyResultsQuery, SurveyResultsReply>('projections', 'survey-results');
export const agencySurveys = query<AgencySurveysQuery, AgencySurveysReply>('projections', 'agency-surveys');
export const operatorSurveyTemplates = query<OperatorSurveyTemplatesQuery, OperatorSurveyTemplatesReply>('projections', 'operator-survey-templates');
export const holders = query<HoldersQuery, HoldersReply>('projections', 'holders');
export const holderById = query<HolderByIdQuery, HolderByIdReply>('projections', 'holder-by-id');
export const calendarYear = query<CalendarYearQuery, CalendarYearReply>('projections', 'calendar-year');
export const calendarVersions = query<CalendarYearQuery, CalendarVersionsReply>('projections', 'calendar-versions');
