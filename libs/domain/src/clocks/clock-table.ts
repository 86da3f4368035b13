// What a kind of clock is, as data: which rules it has and how each warns and breaches, what starts a clock,
// what meets or supersedes it, what moves it, how ids are derived, and what the kind remembers between facts.
// The engine (clock-engine.ts) does the rest, the same for every kind.
import type { ClockExplanation, ClockRule, ClockSubject, Order145TextId } from '@od/contracts';
import type { Clock, ClockCount } from './clock';

export interface ClockRuleRow {
  /**
   * Passing the due instant unmet is a breach by itself (false for the conditional R3 and R6); a function where
   * it depends on the clock (R2: under the 2021 text, not under the 2023 text).
   */
  readonly breachesWhenUnmet: boolean | ((clock: Clock) => boolean);
  /** `working-days`: at the start of the N-th working day before the due instant; `before-due`: a fixed time before it. */
  readonly warns: 'working-days' | 'before-due';
}

/** A clock a fact starts: what is owed, about what, from when, and how its due instant is counted. */
export interface ClockStart {
  readonly rule: ClockRule;
  readonly subject: ClockSubject;
  readonly questionId?: string;
  readonly originEventId: string;
  readonly startedAt: string;
  readonly count: ClockCount;
  /** A request clock: the text of Order 145 governing the request. */
  readonly legalBasis?: Order145TextId;
}

/** A stop: the obligation `met` by the fact (late when at or after the due instant), or `superseded`. */
export interface ClockStopping {
  readonly outcome: 'met' | 'superseded';
  readonly at: string;
}

/** A running clock's due instant counted again (R5's extension of R4). */
export interface ClockRecount {
  readonly count: ClockCount;
  readonly reason: string;
  /** Part of the fact's id: `recomputed/<key>`. */
  readonly key: string;
  readonly at: string;
}

/** A clock as a kind's hook derives it from the subject's whole history (the survey's announcements). */
export interface DerivedClock {
  readonly clockId: string;
  readonly rule: ClockRule;
  readonly subject: ClockSubject;
  readonly sequence?: number;
  readonly originEventId?: string;
  readonly startedAt: string;
  readonly count: ClockCount;
  readonly dueAt: string;
  readonly explanation: ClockExplanation;
  readonly met?: { readonly at: string; readonly byEventId?: string };
  readonly cancelledAt?: string;
}

export interface ClockTable<F, M> {
  /** The kind's name in the deadlines service's table. */
  readonly kind: string;
  readonly rules: Partial<Readonly<Record<ClockRule, ClockRuleRow>>>;
  /** Fixed forever per kind: ids derived again from the same facts must not change, or the store records them twice. */
  readonly ids: {
    clockId(start: ClockStart): string;
    /** `started`, `stopped`, `breached`, `warned/<dueAt>`, `recomputed/<key>`. */
    eventId(clockId: string, what: string): string;
  };
  /** The id the store gave a fact of this kind's subjects. */
  factId(fact: F): string;
  /** What the kind remembers about one subject between facts (a conference's schedule); plain JSON. */
  readonly memory: { readonly initial: M; evolve(memory: M, fact: F): M };
  /** What starts a clock: the clocks this fact starts, given what is remembered (before the fact) and the clocks so far. */
  starts?(fact: F, memory: M, clocks: readonly Clock[]): readonly ClockStart[];
  /** What meets or supersedes a running clock. */
  stops?(fact: F, clock: Clock): ClockStopping | undefined;
  /** What moves a running clock's count. */
  recounts?(fact: F, clock: Clock): ClockRecount | undefined;
  /**
   * The hook where a table is not enough: every clock the subject's history (the memory after the fact) gives,
   * counted with the calendar. The engine records the difference with the clocks kept.
   */
  derive?(memory: M, calendar: import('@od/calendar').WorkingCalendar): readonly DerivedClock[];
}
