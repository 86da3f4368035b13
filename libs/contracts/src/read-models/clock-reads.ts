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
}

/** A holder's clocks (the officer), or every holder's (the ministry). */
export interface HolderClocksQuery {
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
