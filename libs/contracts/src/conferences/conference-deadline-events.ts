import type { DomainEvent } from '../envelope';

/**
 * The conference clocks' facts (C3, C4, C5) as they were stored before the clocks were one family: read only
 * (the deadlines service appends `Clock*` now); readers turn them into the one family with `upcastClockEvent`.
 * The category `conferencedeadline-<conferenceId|applicationId>` is still these clocks' stream.
 */
export const CONFERENCE_DEADLINE_CATEGORY = 'conferencedeadline';

export function conferenceDeadlineStream(subjectId: string): string {
  return `${CONFERENCE_DEADLINE_CATEGORY}-${subjectId}`;
}

export type ConferenceDeadlineRule = 'C3' | 'C4' | 'C5';

/** How a due instant was counted, with the calendar versions consulted (`@od/calendar` explanations). */
export interface ConferenceDeadlineExplanation {
  /** `working-days-before`: at least `days` working days between the act's day and `start` (C3); `conference-end`: the end itself (C4). */
  readonly rule: 'working-days' | 'working-days-before' | 'conference-end';
  readonly start: string;
  readonly days: number;
  readonly calendarVersions: readonly string[];
  /** The working days counted, Almaty dates. */
  readonly countedDays?: readonly string[];
}

interface ConferenceClockFact {
  readonly holderId: string;
  readonly rule: ConferenceDeadlineRule;
  readonly clockId: string;
  /** The conference (C3, C4) or the topic application (C5). */
  readonly subjectId: string;
  /** C4: the question the clock is for. */
  readonly questionId?: string;
  readonly dueAt: string;
}

export type ConferenceDeadlineStarted = DomainEvent<
  'ConferenceDeadlineStarted',
  ConferenceClockFact & { readonly startedAt: string; readonly warnAt: string; readonly explanation: ConferenceDeadlineExplanation },
  1
>;
export type ConferenceDeadlineStopped = DomainEvent<
  'ConferenceDeadlineStopped',
  ConferenceClockFact & { readonly stoppedAt: string; readonly outcome: 'met' | 'superseded'; readonly late: boolean; readonly byEventId: string },
  1
>;
export type ConferenceDeadlineWarningIssued = DomainEvent<'ConferenceDeadlineWarningIssued', ConferenceClockFact & { readonly warnedAt: string }, 1>;
/** One per clock: the due instant passed unmet (`metLate: false`), or it was met after it (`metLate: true`). */
export type ConferenceDeadlineBreached = DomainEvent<
  'ConferenceDeadlineBreached',
  ConferenceClockFact & { readonly breachedAt: string; readonly metLate: boolean },
  1
>;
/** A calendar amendment moved a running working-day clock. */
export type ConferenceDeadlineRecomputed = DomainEvent<
  'ConferenceDeadlineRecomputed',
  ConferenceClockFact & {
    readonly previousDueAt: string;
    readonly reason: string;
    readonly explanation: ConferenceDeadlineExplanation;
    readonly recomputedAt: string;
  },
  1
>;

export type ConferenceDeadlineEvent =
  ConferenceDeadlineStarted | ConferenceDeadlineStopped | ConferenceDeadlineWarningIssued | ConferenceDeadlineBreached | ConferenceDeadlineRecomputed;
