import type { ClockView } from '@od/contracts';
import type { ClockViewEntity } from './clock-view.entity';

export type { ClockView };

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
