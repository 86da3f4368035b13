import type { ClockExplanation } from '../clocks/clock-events';
import type { StaffRole, UiLanguage } from '../identity/access-token-claims';

/** Reads of the clocks' read model (`<root>.queries.projections.holder-clocks`, and inside the request reads). */

export type ClockStatus = 'running' | 'met' | 'met_late' | 'breached' | 'superseded';
export type ClockKind = 'request' | 'conference' | 'survey';

export interface ClockView {
  readonly kind: ClockKind;
  /** The request, the conference, the topic application or the survey. */
  readonly subjectId: string;
  /** Request clocks only. */
  readonly requestId: string | null;
  /** C4 clocks only. */
  readonly questionId?: string;
  readonly holderId: string;
  readonly rule: string;
  readonly clockId: string;
  readonly status: ClockStatus;
  readonly open: boolean;
  readonly dueAt: string;
  /** Still owed and past its due instant at the query's `asOf`. */
  readonly overdue: boolean;
  readonly startedAt: string | null;
  readonly warnedAt: string | null;
  readonly breachedAt: string | null;
  readonly stoppedAt: string | null;
  /** How the due instant was counted, as the latest fact that set it says (null: a row folded before 009, until `projections:rebuild -- clocks`). */
  readonly explanation: ClockExplanation | null;
  /** The Almaty date (yyyy-MM-dd) of the last day the act is on time: the day before an exclusive due instant at Almaty midnight. */
  readonly lastDay: string;
  /** The last day in words in the reader's language: "by the end of 17 December 2026, Almaty time". */
  readonly lastDayText: string;
  /** Who must act: the holder, and the staff roles there that owe the act (by rule). */
  readonly mustAct: { readonly holderId: string; readonly roles: readonly StaffRole[] };
}

/** The language a query's texts (`lastDayText`) are written in: the reader's `locale`; Kazakh when omitted. */
export interface ReaderLanguage {
  readonly language?: UiLanguage;
}

/** A holder's clocks (the officer), or every holder's (the ministry). */
export interface HolderClocksQuery extends ReaderLanguage {
  /** Omitted: every holder. */
  readonly holderId?: string;
  readonly statuses?: readonly ClockStatus[];
  /** The instant "overdue" is judged at (ISO); defaults to now. */
  readonly asOf?: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface HolderClocksReply {
  readonly asOf: string;
  readonly items: readonly ClockView[];
  readonly projectionPosition: string;
}
