import type { CommandMessage } from '../requests/request-messages';
import type { ConferenceTemplate } from './conference-events';

/** What may be done to a conference (gateway → `<root>.commands.conferences.conference-action`). */
export type ConferenceAction =
  | { readonly action: 'fill'; readonly template: ConferenceTemplate }
  | { readonly action: 'revise'; readonly template: ConferenceTemplate }
  | { readonly action: 'submit' }
  | { readonly action: 'approve' }
  | { readonly action: 'return'; readonly reason: string }
  | { readonly action: 'announce'; readonly url: string; readonly announcedAt: string }
  | { readonly action: 'ask'; readonly text: string }
  | { readonly action: 'answer'; readonly questionId: string; readonly text: string }
  | { readonly action: 'close' };

export type ConferenceActionMessage = CommandMessage<ConferenceAction> & {
  /** `fill`: omitted (derived from the command id). */
  readonly conferenceId?: string;
};

/** C5 (gateway → `<root>.commands.conferences.topic-application-action`). */
export type TopicApplicationAction =
  | { readonly action: 'apply'; readonly holderId: string; readonly topic: string; readonly text: string; readonly language: 'kk' | 'ru' | 'en' }
  | { readonly action: 'accept' }
  | { readonly action: 'refuse'; readonly reason: string };

export type TopicApplicationActionMessage = CommandMessage<TopicApplicationAction> & {
  /** `apply`: omitted (derived from the command id). */
  readonly applicationId?: string;
};

export type ConferenceCommandReply = { readonly ok: true; readonly position: string; readonly conferenceId?: string; readonly applicationId?: string; readonly questionId?: string };

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
