import type { Order145TextId } from '../legal-basis/order-145-texts';
import type { DomainEvent } from '../envelope';

/**
 * Every rule with a deadline has a clock (DESIGN §2), and every clock records the same five facts, whatever
 * it is for: `ClockStarted`, `ClockWarningIssued`, `ClockBreached`, `ClockStopped`, `ClockRecomputed`.
 * The deadlines service derives them (one engine, libs/domain/src/clocks) and appends them to the clock
 * stream of their subject (`clockStream`). Facts stored before this family (`Deadline*`,
 * `ConferenceDeadline*`, `SurveyDeadline*`) are read as this family through `upcastClockEvent`.
 */

/** Requests R2–R6, conferences C3–C5 (C3 is also the survey's announcement), petitions P3–P7 to come. */
export type ClockRule = 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'C3' | 'C4' | 'C5' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7';

export type ClockSubjectKind = 'request' | 'conference' | 'topic-application' | 'survey';

/** What the clock is about, and who owes the act (metadata `holderId` is the same holder). */
export interface ClockSubject {
  readonly kind: ClockSubjectKind;
  readonly id: string;
  readonly holderId: string;
}

/**
 * How the due instant was counted: `@od/calendar`'s `DeadlineExplanation`, with two more ways of counting
 * (`working-days-before`: at least `days` working days between the act's day and `start`, C3 of a
 * conference; `instant`: the due instant is `start` itself, C4's end of the conference).
 */
export interface ClockExplanation {
  readonly rule: 'working-days' | 'calendar-days' | 'working-days-before' | 'instant';
  /** The instant counted from (or back from), UTC ISO. */
  readonly start: string;
  readonly days: number;
  /** The year versions consulted, e.g. ['2025.1', '2026.1']. */
  readonly calendarVersions: readonly string[];
  /** The Almaty dates counted, in order (absent in facts stored before the family was one). */
  readonly countedDays?: readonly string[];
  /** A calendar-day deadline that fell on a day off: the date it fell on. */
  readonly movedFrom?: string;
  /** What is owed and why, in English, where a rule's wording needs it (the survey's repeats). */
  readonly text?: string;
}

interface ClockFact {
  readonly clockId: string;
  readonly rule: ClockRule;
  readonly subject: ClockSubject;
  /** C4: the question the clock is for. */
  readonly questionId?: string;
  /** Survey C3: 1 the announcement of the launch, 2, 3, … the repeats of a survey longer than a month. */
  readonly sequence?: number;
  /** Exclusive: the act is on time strictly before it. */
  readonly dueAt: string;
  /** A request clock: the text of Order 145 that governs the request (R2 differs between the 2021 and 2023 texts). */
  readonly legalBasis?: Order145TextId;
}

export type ClockStarted = DomainEvent<
  'ClockStarted',
  ClockFact & { readonly startedAt: string; readonly warnAt: string; readonly explanation: ClockExplanation },
  1
>;
export type ClockWarningIssued = DomainEvent<'ClockWarningIssued', ClockFact & { readonly warnedAt: string }, 1>;
/** One per clock: the due instant passed unmet (`metLate: false`), or the act came after it (`metLate: true`). */
export type ClockBreached = DomainEvent<'ClockBreached', ClockFact & { readonly breachedAt: string; readonly metLate: boolean }, 1>;
/** `met` by its act (`late` at or after `dueAt`); `superseded` when the act is no longer owed. */
export type ClockStopped = DomainEvent<
  'ClockStopped',
  ClockFact & { readonly stoppedAt: string; readonly outcome: 'met' | 'superseded'; readonly late: boolean; readonly byEventId?: string },
  1
>;
/** The due instant moved: an extension (R5) or a calendar amendment. */
export type ClockRecomputed = DomainEvent<
  'ClockRecomputed',
  ClockFact & { readonly previousDueAt: string; readonly reason: string; readonly explanation: ClockExplanation; readonly recomputedAt: string },
  1
>;

export type ClockEvent = ClockStarted | ClockWarningIssued | ClockBreached | ClockStopped | ClockRecomputed;

export const CLOCK_EVENT_TYPES: readonly ClockEvent['type'][] = ['ClockStarted', 'ClockWarningIssued', 'ClockBreached', 'ClockStopped', 'ClockRecomputed'];
