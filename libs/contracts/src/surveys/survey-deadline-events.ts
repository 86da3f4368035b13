import type { DomainEvent } from '../envelope';

/**
 * The survey C3 clocks' facts as they were stored before the clocks were one family: read only (the deadlines
 * service appends `Clock*` now); readers turn them into the one family with `upcastClockEvent`. The category
 * `surveydeadline-<surveyId>` is still these clocks' stream.
 */
export const SURVEY_DEADLINE_CATEGORY = 'surveydeadline';

export function surveyDeadlineStream(surveyId: string): string {
  return `${SURVEY_DEADLINE_CATEGORY}-${surveyId}`;
}

export type SurveyDeadlineRule = 'C3';

/** How a due instant was counted, with the calendar versions consulted (`@od/calendar` explanations). */
export interface SurveyDeadlineExplanation {
  /** What is owed and why, in English (the rule id is for kk/ru rendering). */
  readonly text: string;
  readonly count: { readonly kind: 'working-days' | 'calendar-days'; readonly days: number; readonly from: string; readonly fromWhat: string };
  /** The days counted, Almaty dates. */
  readonly countedDays: readonly string[];
  readonly movedFrom?: string;
  readonly calendarVersions: readonly string[];
}

interface SurveyClockFact {
  readonly holderId: string;
  readonly rule: SurveyDeadlineRule;
  readonly clockId: string;
  readonly surveyId: string;
  /** 1: the announcement of the launch; 2, 3, …: the repeats of a survey longer than a month. */
  readonly sequence: number;
  readonly dueAt: string;
}

export type SurveyDeadlineStarted = DomainEvent<
  'SurveyDeadlineStarted',
  SurveyClockFact & { readonly startedAt: string; readonly warnAt: string; readonly explanation: SurveyDeadlineExplanation },
  1
>;
/** `met` by an announcement (`late` at or after `dueAt`); `superseded` when the survey closed first. */
export type SurveyDeadlineStopped = DomainEvent<
  'SurveyDeadlineStopped',
  SurveyClockFact & { readonly stoppedAt: string; readonly outcome: 'met' | 'superseded'; readonly late: boolean; readonly byEventId?: string },
  1
>;
export type SurveyDeadlineWarningIssued = DomainEvent<'SurveyDeadlineWarningIssued', SurveyClockFact & { readonly warnedAt: string }, 1>;
/** One per clock: the due instant passed unannounced (`metLate: false`), or the announcement came after it (`metLate: true`). */
export type SurveyDeadlineBreached = DomainEvent<'SurveyDeadlineBreached', SurveyClockFact & { readonly breachedAt: string; readonly metLate: boolean }, 1>;
/** A calendar amendment moved a running clock. */
export type SurveyDeadlineRecomputed = DomainEvent<
  'SurveyDeadlineRecomputed',
  SurveyClockFact & { readonly previousDueAt: string; readonly reason: string; readonly explanation: SurveyDeadlineExplanation; readonly recomputedAt: string },
  1
>;

export type SurveyDeadlineEvent =
  SurveyDeadlineStarted | SurveyDeadlineStopped | SurveyDeadlineWarningIssued | SurveyDeadlineBreached | SurveyDeadlineRecomputed;

export const SURVEY_DEADLINE_EVENT_TYPES: readonly SurveyDeadlineEvent['type'][] = [
  'SurveyDeadlineStarted',
  'SurveyDeadlineStopped',
  'SurveyDeadlineWarningIssued',
  'SurveyDeadlineBreached',
  'SurveyDeadlineRecomputed',
];
