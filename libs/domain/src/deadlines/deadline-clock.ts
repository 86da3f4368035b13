// A deadline clock (DESIGN §2: "every rule with a deadline has a clock"): what is due, by whom, when, and
// what has happened to it. Pure: the calendar and every instant are inputs.
import type { DeadlineEvent, DeadlineExplanationData, DeadlineRule } from '@od/contracts';
import { addCalendarDays, addWorkingDays, CalendarError, isWorkingDay, KZ_ZONE, type Deadline, type WorkingCalendar } from '@od/calendar';
import { DateTime } from 'luxon';
import { uuidV5 } from '../shared/deterministic-id';
import { ID_NAMESPACE_REGISTRY } from '../shared/id-namespaces';

/** How each rule counts, and whether passing its due instant unmet is a breach by itself. */
export interface RuleCount {
  readonly kind: 'working-days' | 'calendar-days';
  readonly days: number;
  /**
   * R3 and R6 are conditional: a return (R3) or a refusal (R6) is owed only if the holder decides to return
   * or refuse. Passing their due instant with no decision is not a breach; a return/refusal after it is.
   */
  readonly breachesWhenUnmet: boolean;
}

export const RULE_COUNTS: Readonly<Record<DeadlineRule, RuleCount>> = {
  R2: { kind: 'working-days', days: 3, breachesWhenUnmet: true },
  R3: { kind: 'working-days', days: 1, breachesWhenUnmet: false },
  R4: { kind: 'calendar-days', days: 15, breachesWhenUnmet: true },
  R5: { kind: 'working-days', days: 3, breachesWhenUnmet: true },
  R6: { kind: 'working-days', days: 5, breachesWhenUnmet: false },
};

export interface ClockCount {
  readonly kind: 'working-days' | 'calendar-days';
  /** The instant counted from (UTC ISO): the holder's receipt, or the extension for R5. */
  readonly from: string;
  readonly days: number;
}

export interface ClockStop {
  readonly outcome: 'met' | 'superseded';
  readonly late: boolean;
  readonly at: string;
  readonly byEventId: string;
}

export interface DeadlineClock {
  readonly clockId: string;
  readonly requestId: string;
  readonly holderId: string;
  readonly rule: DeadlineRule;
  /** The fact that started this clock's obligation: the holder's receipt (R2, R3, R4, R6) or the extension (R5). */
  readonly originEventId: string;
  /** When the holder received the request (R4 counts from it even though acceptance starts it). */
  readonly receivedAt: string;
  readonly startedAt: string;
  readonly count: ClockCount;
  readonly dueAt: string;
  readonly warnAt: string;
  readonly explanation: DeadlineExplanationData;
  readonly stop?: ClockStop;
  /** The due instant a warning was issued for; a warning is issued once per due instant. */
  readonly warnedDueAt?: string;
  readonly breached: boolean;
}

export interface DeadlineOptions {
  readonly calendar: WorkingCalendar;
  /** Warn this many working days before the due instant (1: at the start of the last working day). */
  readonly warningWorkingDays: number;
}

export const DEFAULT_WARNING_WORKING_DAYS = 1;

/** A fact for `deadline-<requestId>`, with the id and the holder its metadata carries. */
export interface ClockFactToRecord {
  readonly eventId: string;
  readonly holderId: string;
  /** When it happened: the instant the metadata's occurredAt carries. */
  readonly occurredAt: string;
  readonly event: DeadlineEvent;
}

/** Fixed forever: changing it would give re-derived facts new ids, and the store would record them again. */
export const DEADLINE_ID_NAMESPACE = ID_NAMESPACE_REGISTRY.requestClock;

export function clockIdFor(requestId: string, rule: DeadlineRule, holderId: string, originEventId: string): string {
  return uuidV5(`${requestId}/${rule}/${holderId}/${originEventId}`, DEADLINE_ID_NAMESPACE);
}

/** `started`, `stopped`, `breached` (once per clock), `warned/<dueAt>` (once per due instant), `recomputed/<cause>`. */
export function clockEventId(clockId: string, what: string): string {
  return uuidV5(`${clockId}/${what}`, DEADLINE_ID_NAMESPACE);
}

export function countDeadline(count: ClockCount, calendar: WorkingCalendar): Deadline {
  return count.kind === 'working-days' ? addWorkingDays(count.from, count.days, calendar) : addCalendarDays(count.from, count.days, calendar);
}

export function explanationData(deadline: Deadline): DeadlineExplanationData {
  const { rule, start, days, calendarVersions, movedFrom } = deadline.explanation;
  return movedFrom === undefined ? { rule, start, days, calendarVersions } : { rule, start, days, calendarVersions, movedFrom };
}

/**
 * The warning instant: the start of the N-th working day counted back from the last day (the due instant
 * is the end of that day), never before the clock started. With N = 1 that is the start of the last working
 * day, so a 1-working-day clock (R3) warns at the start of its only day.
 */
export function warningInstant(dueAt: string, startedAt: string, workingDaysBefore: number, calendar: WorkingCalendar): string {
  const due = DateTime.fromISO(dueAt, { zone: KZ_ZONE });
  let day = due.minus({ days: 1 }).startOf('day');
  let warnAt: DateTime | undefined;
  try {
    for (let counted = 0, guard = 0; guard < 400; guard += 1, day = day.minus({ days: 1 })) {
      if (isWorkingDay(day.toISODate() as string, calendar)) counted += 1;
      if (counted >= Math.max(1, workingDaysBefore)) {
        warnAt = day;
        break;
      }
    }
  } catch (error) {
    // Counting back into a year with no published calendar: warn as early as possible.
    if (!(error instanceof CalendarError)) throw error;
  }
  const warn = warnAt?.toUTC().toISO() ?? startedAt;
  return Date.parse(warn) < Date.parse(startedAt) ? new Date(Date.parse(startedAt)).toISOString() : warn;
}

export function isRunning(clock: DeadlineClock): boolean {
  return clock.stop === undefined;
}

export function clockFact(clock: DeadlineClock): { requestId: string; holderId: string; rule: DeadlineRule; clockId: string; dueAt: string } {
  return { requestId: clock.requestId, holderId: clock.holderId, rule: clock.rule, clockId: clock.clockId, dueAt: clock.dueAt };
}

/** The breach of a clock: one per clock, whoever records it first (the scheduler, or a late act). */
export function breachFact(clock: DeadlineClock, metLate: boolean): ClockFactToRecord {
  return {
    eventId: clockEventId(clock.clockId, 'breached'),
    holderId: clock.holderId,
    occurredAt: clock.dueAt,
    event: { type: 'DeadlineBreached', schemaVersion: 1, data: { ...clockFact(clock), breachedAt: clock.dueAt, metLate } },
  };
}
