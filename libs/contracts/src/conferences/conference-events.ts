import type { DomainEvent } from '../envelope';

/**
 * Internet conferences (DESIGN C1–C5, C8; Order No. 145, chapter 3 and Annex 1). One stream per conference,
 * `conference-<conferenceId>`, from the agency filling the template to the closing; one per topic
 * application (C5), `topicapplication-<applicationId>`.
 */
export const CONFERENCE_CATEGORY = 'conference';
export const TOPIC_APPLICATION_CATEGORY = 'topicapplication';

export function conferenceStream(conferenceId: string): string {
  return `${CONFERENCE_CATEGORY}-${conferenceId}`;
}

export function topicApplicationStream(applicationId: string): string {
  return `${TOPIC_APPLICATION_CATEGORY}-${applicationId}`;
}

/** C2: Kazakh and Russian always; English where needed (then for every text of the template). */
export interface ConferenceText {
  readonly kk: string;
  readonly ru: string;
  readonly en?: string;
}

/** C8: the responsible officer (moderator) of Annex 1. */
export interface ResponsibleOfficer {
  readonly surname: string;
  readonly name: string;
  readonly patronymic?: string;
  readonly iin: string;
  readonly position: string;
  readonly email: string;
  readonly phone: string;
}

/** Annex 1, as filled by the agency: opening and closing instants (UTC ISO), names, brief and full descriptions. */
export interface ConferenceTemplate {
  readonly startsAt: string;
  readonly endsAt: string;
  readonly title: ConferenceText;
  readonly summary: ConferenceText;
  readonly description: ConferenceText;
  readonly moderator: ResponsibleOfficer;
}

interface OfConference {
  readonly conferenceId: string;
  readonly holderId: string;
}

/** C8, C2, C4: the agency's administrator filled the template (not yet sent to the operator). */
export type ConferenceTemplateFilled = DomainEvent<
  'ConferenceTemplateFilled',
  OfConference & { readonly template: ConferenceTemplate; readonly filledAt: string },
  1
>;

/** The agency corrected its template (before sending it, or after the operator sent it back). */
export type ConferenceTemplateRevised = DomainEvent<
  'ConferenceTemplateRevised',
  OfConference & { readonly template: ConferenceTemplate; readonly revisedAt: string },
  1
>;

/** C1: the template reached the operator at least 3 working days before the start (`earliestStart` was the limit then). */
export type ConferenceTemplateSubmitted = DomainEvent<
  'ConferenceTemplateSubmitted',
  OfConference & { readonly submittedAt: string; readonly startsAt: string; readonly earliestStart: string },
  1
>;

/** C1: the operator published the conference on the Portal. */
export type ConferenceApproved = DomainEvent<'ConferenceApproved', OfConference & { readonly approvedAt: string }, 1>;

/** C1: the operator sent the template back to the agency, with the reason. */
export type ConferenceTemplateReturned = DomainEvent<'ConferenceTemplateReturned', OfConference & { readonly reason: string; readonly returnedAt: string }, 1>;

/**
 * C3: the agency recorded its announcement (with the link to the Portal) on its own site at `recordedAt`, the time
 * that decides C3 (`announcedAt` is the same instant; facts recorded before this rule carried a declared time there);
 * `publishedAt`, when given, is the publication time the agency declared, between the approval and `recordedAt`.
 * `dueBefore` is the C3 limit, `late` whether it was missed (the fact stands, the C3 clock records the breach).
 */
export type ConferenceAnnounced = DomainEvent<
  'ConferenceAnnounced',
  OfConference & {
    readonly url: string;
    readonly announcedAt: string;
    readonly recordedAt: string;
    readonly publishedAt?: string;
    readonly dueBefore: string;
    readonly late: boolean;
  },
  1
>;

/** C4: a verified user asked a question while the conference was open. */
export type ConferenceQuestionAsked = DomainEvent<
  'ConferenceQuestionAsked',
  OfConference & {
    readonly questionId: string;
    readonly author: { readonly kind: 'citizen' | 'organisation'; readonly id: string };
    readonly text: string;
    readonly askedAt: string;
  },
  1
>;

/** C4: the agency's answer; `late` when given at or after the end (the question's C4 clock records the breach). */
export type ConferenceQuestionAnswered = DomainEvent<
  'ConferenceQuestionAnswered',
  OfConference & { readonly questionId: string; readonly text: string; readonly answeredAt: string; readonly late: boolean },
  1
>;

/** C4: closed once its end has come and every question received is answered. */
export type ConferenceClosed = DomainEvent<'ConferenceClosed', OfConference & { readonly closedAt: string; readonly questionCount: number }, 1>;

/** Every fact of a `conference-<id>` stream. */
export type ConferenceEvent =
  | ConferenceTemplateFilled
  | ConferenceTemplateRevised
  | ConferenceTemplateSubmitted
  | ConferenceApproved
  | ConferenceTemplateReturned
  | ConferenceAnnounced
  | ConferenceQuestionAsked
  | ConferenceQuestionAnswered
  | ConferenceClosed;

export const CONFERENCE_EVENT_TYPES: readonly ConferenceEvent['type'][] = [
  'ConferenceTemplateFilled',
  'ConferenceTemplateRevised',
  'ConferenceTemplateSubmitted',
  'ConferenceApproved',
  'ConferenceTemplateReturned',
  'ConferenceAnnounced',
  'ConferenceQuestionAsked',
  'ConferenceQuestionAnswered',
  'ConferenceClosed',
];

interface OfApplication {
  readonly applicationId: string;
  readonly holderId: string;
}

/** C5: a user applied (in free form) for a conference topic to a holder. */
export type TopicApplicationSubmitted = DomainEvent<
  'TopicApplicationSubmitted',
  OfApplication & {
    readonly applicant: { readonly kind: 'citizen' | 'organisation'; readonly id: string };
    readonly topic: string;
    readonly text: string;
    readonly language: 'kk' | 'ru' | 'en';
    readonly submittedAt: string;
  },
  1
>;

/** C5: the administrator accepted the application (`late`: after the 5 working days). */
export type TopicApplicationAccepted = DomainEvent<'TopicApplicationAccepted', OfApplication & { readonly acceptedAt: string; readonly late: boolean }, 1>;

/** C5: a reasoned refusal: not the holder's competence. */
export type TopicApplicationRefused = DomainEvent<
  'TopicApplicationRefused',
  OfApplication & { readonly reason: string; readonly refusedAt: string; readonly late: boolean },
  1
>;

export type TopicApplicationEvent = TopicApplicationSubmitted | TopicApplicationAccepted | TopicApplicationRefused;

export const TOPIC_APPLICATION_EVENT_TYPES: readonly TopicApplicationEvent['type'][] = [
  'TopicApplicationSubmitted',
  'TopicApplicationAccepted',
  'TopicApplicationRefused',
];
