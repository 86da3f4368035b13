import { command } from '../bus-descriptors';
import type { CommandMessage, CommandReply } from '../requests/request-messages';
import type { ConferenceTemplate } from './conference-events';
import type { CursorPart, Page, PageRequest, PeriodFilter } from '../read-models/paging';

/** A command on an existing conference: `conference-<conferenceId>`. */
export type ConferenceCommandMessage<Data> = CommandMessage<Data> & { readonly conferenceId: string };

export type ConferenceCommandReply = CommandReply<{ readonly position: string; readonly conferenceId: string; readonly questionId?: string }>;

/** C8, C2, C4: the agency fills its Annex 1 template (the conference id derives from the command id) and revises it. */
export const fillConferenceTemplate = command<CommandMessage<{ readonly template: ConferenceTemplate }>, ConferenceCommandReply>(
  'conferences',
  'fill-conference-template',
);
export const reviseConferenceTemplate = command<ConferenceCommandMessage<{ readonly template: ConferenceTemplate }>, ConferenceCommandReply>(
  'conferences',
  'revise-conference-template',
);
/** C1: sent to the operator, who approves or returns it. */
export const submitConferenceTemplate = command<ConferenceCommandMessage<Record<string, never>>, ConferenceCommandReply>(
  'conferences',
  'submit-conference-template',
);
export const approveConference = command<ConferenceCommandMessage<Record<string, never>>, ConferenceCommandReply>('conferences', 'approve-conference');
export const returnConferenceTemplate = command<ConferenceCommandMessage<{ readonly reason: string }>, ConferenceCommandReply>(
  'conferences',
  'return-conference-template',
);
/** C3, C4: the announcement; questions while open (the question id derives from the command id), answers, closing. */
export const announceConference = command<ConferenceCommandMessage<{ readonly url: string; readonly publishedAt?: string }>, ConferenceCommandReply>(
  'conferences',
  'announce-conference',
);
export const askConferenceQuestion = command<ConferenceCommandMessage<{ readonly text: string }>, ConferenceCommandReply>(
  'conferences',
  'ask-conference-question',
);
export const answerConferenceQuestion = command<ConferenceCommandMessage<{ readonly questionId: string; readonly text: string }>, ConferenceCommandReply>(
  'conferences',
  'answer-conference-question',
);
export const closeConference = command<ConferenceCommandMessage<Record<string, never>>, ConferenceCommandReply>('conferences', 'close-conference');

/** A command on an existing topic application: `topicapplication-<applicationId>` (C5). */
export type TopicApplicationCommandMessage<Data> = CommandMessage<Data> & { readonly applicationId: string };

export type TopicApplicationCommandReply = CommandReply<{ readonly position: string; readonly applicationId: string }>;

/** C5: a user applies to a holder (the application id derives from the command id); its administrator accepts or refuses. */
export const applyForConferenceTopic = command<
  CommandMessage<{ readonly holderId: string; readonly topic: string; readonly text: string; readonly language: 'kk' | 'ru' | 'en' }>,
  TopicApplicationCommandReply
>('conferences', 'apply-for-conference-topic');
export const acceptTopicApplication = command<TopicApplicationCommandMessage<Record<string, never>>, TopicApplicationCommandReply>(
  'conferences',
  'accept-topic-application',
);
export const refuseTopicApplication = command<TopicApplicationCommandMessage<{ readonly reason: string }>, TopicApplicationCommandReply>(
  'conferences',
  'refuse-topic-application',
);

/** Reads (gateway → `<root>.queries.projections.*`). `asOf`: the instant phases are judged at. */
interface ReadYourWrite {
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

/** Where a conference stands at `asOf`: before its start, running, or past its end (or closed). */
export type ConferencePhase = 'upcoming' | 'open' | 'ended';
export const CONFERENCE_PHASES: readonly ConferencePhase[] = ['upcoming', 'open', 'ended'];
/** The agency's words for a conference's state (draft → submitted → published → closed, or returned). */
export type ConferenceStatus = 'draft' | 'submitted' | 'returned' | 'published' | 'closed';
export const CONFERENCE_STATUSES: readonly ConferenceStatus[] = ['draft', 'submitted', 'returned', 'published', 'closed'];

/** Filters every conference list takes: a holder, and a period of the conference's start (`from` inclusive, `to` exclusive). */
export interface ConferenceListFilter extends PageRequest, PeriodFilter, ReadYourWrite {
  readonly holderId?: string;
}

/**
 * Public, soonest start first: the published conferences in `phases` at `asOf` (upcoming and open when
 * absent, as the list always was; `ended` is the archive, closed conferences with their Q&A).
 */
export interface PublicConferencesQuery extends ConferenceListFilter {
  readonly asOf: string;
  readonly phases?: readonly ConferencePhase[];
}

/** One public conference (published or closed); unknown ids and conferences not yet public are alike not found. */
export interface PublicConferenceQuery extends ReadYourWrite {
  readonly conferenceId: string;
  readonly asOf: string;
}

/** The holder's own conferences, latest start first, in `statuses` (every state when absent). */
export interface AgencyConferencesQuery extends ConferenceListFilter {
  readonly holderId: string;
  readonly asOf: string;
  readonly statuses?: readonly ConferenceStatus[];
}

/** The operator's queue (C1): templates sent and waiting, earliest start first. */
export type WaitingTemplatesQuery = ConferenceListFilter;

/** The asker's own questions across conferences, newest first; `askerId` is the IIN or BIN the fact holds. */
export interface MyQuestionsQuery extends PageRequest, ReadYourWrite {
  readonly askerId: string;
  readonly asOf: string;
}

/** Cursors of the lists: each the sort key of its last item. */
export const PUBLIC_CONFERENCES_CURSOR: readonly CursorPart[] = ['instant', 'uuid']; // [startsAt, conferenceId], soonest first
export const AGENCY_CONFERENCES_CURSOR: readonly CursorPart[] = ['instant', 'uuid']; // [startsAt, conferenceId], latest first
export const CONFERENCE_TEMPLATES_CURSOR: readonly CursorPart[] = ['instant', 'uuid']; // [startsAt, conferenceId], soonest first
export const MY_QUESTIONS_CURSOR: readonly CursorPart[] = ['instant', 'uuid']; // [askedAt, questionId], newest first

/**
 * Public: who asked is never shown (only whether a citizen or an organisation). IINs/BINs, phone numbers
 * and e-mail addresses in the texts are masked; `redacted` says where the platform did so.
 */
export interface PublicConferenceQuestion {
  readonly questionId: string;
  readonly askedBy: 'citizen' | 'organisation';
  readonly text: string;
  readonly redacted: boolean;
  readonly askedAt: string;
  readonly answer: { readonly text: string; readonly redacted: boolean; readonly answeredAt: string } | null;
}

export interface PublicConferenceView {
  readonly conferenceId: string;
  readonly holderId: string;
  readonly phase: ConferencePhase;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly title: { readonly kk: string; readonly ru: string; readonly en?: string };
  readonly summary: { readonly kk: string; readonly ru: string; readonly en?: string };
  readonly description: { readonly kk: string; readonly ru: string; readonly en?: string };
  readonly moderator: { readonly name: string; readonly position: string };
  readonly questions: readonly PublicConferenceQuestion[];
}

export interface PublicConferencesReply extends Page<PublicConferenceView> {
  readonly projectionPosition: string;
}

export type PublicConferenceReply =
  | { readonly found: true; readonly conference: PublicConferenceView; readonly projectionPosition: string }
  | { readonly found: false; readonly projectionPosition: string };

/**
 * C3: the announcement as recorded: `announcedAt` is when the platform recorded it (the time the C3 clock
 * is judged at), `publishedAt` the publication time the agency declared beside it, null where none was given.
 */
export interface ConferenceAnnouncementView {
  readonly url: string;
  readonly announcedAt: string;
  readonly publishedAt: string | null;
  readonly late: boolean;
}

export interface AgencyConferenceView {
  readonly conferenceId: string;
  readonly holderId: string;
  readonly status: string;
  readonly phase: ConferencePhase;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly title: { readonly kk: string; readonly ru: string; readonly en?: string };
  readonly returnReason: string | null;
  readonly announcement: ConferenceAnnouncementView | null;
  readonly questionCount: number;
  readonly unansweredCount: number;
  readonly updatedAt: string;
}

export interface AgencyConferencesReply extends Page<AgencyConferenceView> {
  readonly projectionPosition: string;
}

export interface WaitingTemplateView {
  readonly conferenceId: string;
  readonly holderId: string;
  readonly submittedAt: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly template: ConferenceTemplate;
}

export interface WaitingTemplatesReply extends Page<WaitingTemplateView> {
  readonly projectionPosition: string;
}

/** The asker's own question: the conference it was asked in, the text as published (masked), and the answer once given. */
export interface MyQuestionView {
  readonly questionId: string;
  readonly conferenceId: string;
  readonly holderId: string;
  readonly conferenceTitle: { readonly kk: string; readonly ru: string; readonly en?: string };
  readonly phase: ConferencePhase;
  readonly text: string;
  readonly redacted: boolean;
  readonly askedAt: string;
  readonly status: 'answered' | 'awaiting_answer';
  /** `late`: given at or after the conference's end (C4). */
  readonly answer: { readonly text: string; readonly redacted: boolean; readonly answeredAt: string; readonly late: boolean } | null;
}

export interface MyQuestionsReply extends Page<MyQuestionView> {
  readonly projectionPosition: string;
}

/** C5: a topic application as the holder's administrator and the applicant read it (never the applicant's IIN/BIN). */
export type TopicApplicationStatus = 'submitted' | 'accepted' | 'refused';
export const TOPIC_APPLICATION_STATUSES: readonly TopicApplicationStatus[] = ['submitted', 'accepted', 'refused'];

export interface TopicApplicationView {
  readonly applicationId: string;
  readonly holderId: string;
  readonly applicantKind: 'citizen' | 'organisation';
  readonly topic: string;
  readonly text: string;
  readonly language: 'kk' | 'ru' | 'en';
  readonly status: TopicApplicationStatus;
  readonly submittedAt: string;
  /** C5: the administrator decides within 5 working days of submission: before this instant. */
  readonly decisionDueAt: string;
  /** Accepted or refused: when, whether after the term, and a refusal's reason (not the holder's competence). */
  readonly decision: { readonly outcome: 'accepted' | 'refused'; readonly at: string; readonly late: boolean; readonly reason: string | null } | null;
}

/** The holder's applications, due first; `statuses` defaults to the ones still to decide. */
export interface AgencyTopicApplicationsQuery extends PageRequest, PeriodFilter {
  readonly holderId: string;
  readonly statuses?: readonly TopicApplicationStatus[];
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

/** The applicant's own applications, newest first; `applicantId` is the IIN or BIN the fact holds. */
export interface MyTopicApplicationsQuery extends PageRequest, PeriodFilter {
  readonly applicantId: string;
  readonly statuses?: readonly TopicApplicationStatus[];
  /** Only the applications to this holder. */
  readonly holderId?: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface TopicApplicationsReply extends Page<TopicApplicationView> {
  readonly projectionPosition: string;
}
