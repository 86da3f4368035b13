import type { ClockView, UiLanguage } from '@od/contracts';
import { lastDayOf, lastDayText, whoMustAct } from '@od/domain';
import type { ClockViewEntity } from './clock-view.entity';

export type { ClockView };

const LANGUAGES: readonly UiLanguage[] = ['kk', 'ru', 'en'];

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** A clock as the API returns it, with its explanation, its last day (in `language`, the reader's) and who must act. */
export function toClockView(clock: ClockViewEntity, asOf: Date, language: UiLanguage = 'kk'): ClockView {
  const dueAt = clock.dueAt.toISOString();
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
    dueAt,
    overdue: clock.open && clock.dueAt.getTime() < asOf.getTime(),
    startedAt: iso(clock.startedAt),
    warnedAt: iso(clock.warnedAt),
    breachedAt: iso(clock.breachedAt),
    stoppedAt: iso(clock.stoppedAt),
    explanation: clock.explanation ?? null,
    lastDay: lastDayOf(dueAt),
    lastDayText: lastDayText(dueAt, LANGUAGES.includes(language) ? language : 'kk'),
    mustAct: whoMustAct(clock.rule, clock.holderId),
  };
}

/** `asOf` from a query (the caller's "now"), else this process's clock. */
export function queryTime(asOf: string | undefined): Date {
  const parsed = asOf === undefined ? NaN : Date.parse(asOf);
  return Number.isNaN(parsed) ? new Date() : new Date(parsed);
}
