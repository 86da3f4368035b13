import type { ClockKind, ClockStatus, ClockViewEntity } from './clock-view.entity';

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

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toClockView(clock: ClockViewEntity, asOf: Date): ClockView {
  return {
    kind: clock.kind,
    subjectId: clock.subjectId,
    requestId: clock.requestId,
    ...(clock.questionId ? { questionId: clock.questionId } : {}),
    holderId: clock.holderId,
    rule: clock.rule,
    clockId: clock.clockId,
    status: clock.status,
    open: clock.open,
    dueAt: clock.dueAt.toISOString(),
    overdue: clock.open && clock.dueAt.getTime() < asOf.getTime(),
    startedAt: iso(clock.startedAt),
    warnedAt: iso(clock.warnedAt),
    breachedAt: iso(clock.breachedAt),
    stoppedAt: iso(clock.stoppedAt),
  };
}

/** `asOf` from a query (the caller's "now"), else this process's clock. */
export function queryTime(asOf: string | undefined): Date {
  const parsed = asOf === undefined ? NaN : Date.parse(asOf);
  return Number.isNaN(parsed) ? new Date() : new Date(parsed);
}
