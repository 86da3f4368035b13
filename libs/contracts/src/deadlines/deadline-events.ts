import type { DomainEvent } from '../envelope';

/**
 * The request clocks' facts as they were stored before the clocks were one family: read only (the deadlines
 * service appends `Clock*` now, `../clocks/clock-events.ts`); readers turn them into the one family with
 * `upcastClockEvent`. The category `deadline-<requestId>` is still the request clocks' stream.
 */
export const DEADLINE_CATEGORY = 'deadline';

export function deadlineStream(requestId: string): string {
  return `${DEADLINE_CATEGORY}-${requestId}`;
}

/** R2 moderation, R3 return, R4 answer, R5 telling the user of an extension, R6 refusal. */
export type DeadlineRule = 'R2' | 'R3' | 'R4' | 'R5' | 'R6';

export interface DeadlineExplanationData {
  readonly rule: 'working-days' | 'calendar-days';
  readonly start: string;
  readonly days: number;
  readonly calendarVersions: readonly string[];
  readonly movedFrom?: string;
}

interface ClockFact {
  readonly requestId: string;
  readonly holderId: string;
  readonly rule: DeadlineRule;
  /** Distinguishes clocks of one rule on one request: each holder the request reaches starts its own. */
  readonly clockId: string;
  readonly dueAt: string;
}

/** A clock starts: what is due, by whom, when, and how the due instant was counted. */
export type DeadlineStarted = DomainEvent<
  'DeadlineStarted',
  ClockFact & { readonly startedAt: string; readonly warnAt: string; readonly explanation: DeadlineExplanationData },
  1
>;

/**
 * A clock stops: `met` when its obligation was fulfilled (`late` if after the due instant), otherwise
 * `superseded` (e.g. the request went to another holder, or a decision made the obligation moot).
 */
export type DeadlineStopped = DomainEvent<
  'DeadlineStopped',
  ClockFact & { readonly stoppedAt: string; readonly outcome: 'met' | 'superseded'; readonly late: boolean; readonly byEventId: string },
  1
>;

export type DeadlineWarningIssued = DomainEvent<'DeadlineWarningIssued', ClockFact & { readonly warnedAt: string }, 1>;

/** `metLate`: the obligation was met, after the due instant; otherwise it passed unmet. */
export type DeadlineBreached = DomainEvent<'DeadlineBreached', ClockFact & { readonly breachedAt: string; readonly metLate: boolean }, 1>;

export type DeadlineRecomputed = DomainEvent<
  'DeadlineRecomputed',
  ClockFact & { readonly previousDueAt: string; readonly reason: string; readonly explanation: DeadlineExplanationData; readonly recomputedAt: string },
  1
>;

export type DeadlineEvent = DeadlineStarted | DeadlineStopped | DeadlineWarningIssued | DeadlineBreached | DeadlineRecomputed;
