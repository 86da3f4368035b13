import { command } from '../bus-descriptors';
import type { CommandMessage, CommandReply } from '../requests/request-messages';
import type { ConferenceTemplate } from './conference-events';
import type { Page, PageRequest } from '../read-models/paging';

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
export interface PublicConferencesQuery {
  readonly asOf: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface AgencyConferencesQuery {
  readonly holderId: string;
  readonly asOf: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface WaitingTemplatesQuery {
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export type ConferencePhase = 'upcoming' | 'open' | 'ended';

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

export interface PublicConferencesReply {
  readonly items: readonly PublicConferenceView[];
  readonly projectionPosition: string;
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
  readonly announcement: { readonly url: string; readonly announcedAt: string; readonly late: boolean } | null;
  readonly questionCount: number;
  readonly unansweredCount: number;
  readonly updatedAt: string;
}

export interface AgencyConferencesReply {
  readonly items: readonly AgencyConferenceView[];
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

export interface WaitingTemplatesReply {
  readonly items: readonly WaitingTemplateView[];
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
export interface AgencyTopicApplicationsQuery extends PageRequest {
  readonly holderId: string;
  readonly statuses?: readonly TopicApplicationStatus[];
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

/** The applicant's own applications, newest first; `applicantId` is the IIN or BIN the fact holds. */
export interface MyTopicApplicationsQuery extends PageRequest {
  readonly applicantId: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface TopicApplicationsReply extends Page<TopicApplicationView> {
  readonly projectionPosition: string;
}
