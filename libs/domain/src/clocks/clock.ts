// One clock, whatever rule it is for (DESIGN §2: "every rule with a deadline has a clock"): what is due, by
// whom, when, how it was counted, and what has happened to it. Pure: the calendar and every instant are inputs.
import { addCalendarDays, addWorkingDays, CalendarError, isWorkingDay, KZ_ZONE, type Deadline, type WorkingCalendar } from '@od/calendar';
import type { ClockExplanation, ClockRule, ClockSubject, Order145TextId } from '@od/contracts';
import { DateTime } from 'luxon';
import { latestActBefore } from '../conferences/conference-timing';

/** How a clock's due instant is counted, kept so that an extension or a calendar amendment can count it again. */
export type ClockCount =
  | { readonly kind: 'working-days'; readonly from: string; readonly days: number }
  | { readonly kind: 'calendar-days'; readonly from: string; readonly days: number }
  /** At least `days` working days between the act's day and `start` (a conference's C3 announcement). */
  | { readonly kind: 'working-days-before'; readonly start: string; readonly days: number }
  /** Due at a fixed instant (C4: the end of the conference); no calendar moves it. */
  | { readonly kind: 'instant'; readonly at: string };

export interface ClockStop {
  readonly outcome: 'met' | 'superseded';
  readonly late: boolean;
  readonly at: string;
  readonly byEventId?: string;
}

export interface Clock {
  readonly clockId: string;
  readonly rule: ClockRule;
  readonly subject: ClockSubject;
  readonly questionId?: string;
  readonly sequence?: number;
  /** The fact that started the obligation (a receipt, an extension, an approval, a question, …). */
  readonly originEventId?: string;
  readonly startedAt: string;
  readonly count: ClockCount;
  /** A request clock: the text of Order 145 governing the request (absent on clocks started before it was kept). */
  readonly legalBasis?: Order145TextId;
  /** Exclusive: the act is on time strictly before it. */
  readonly dueAt: string;
  readonly warnAt: string;
  readonly explanation: ClockExplanation;
  readonly stop?: ClockStop;
  /** The due instant a warning was issued for; a warning is issued once per due instant. */
  readonly warnedDueAt?: string;
  readonly breached: boolean;
}

export interface ClockOptions {
  readonly calendar: WorkingCalendar;
  /** Working-day warnings: this many working days before the due instant (1: at the start of the last working day). */
  readonly warningWorkingDays: number;
  /** Warnings `before-due`: this long before the due instant (default 1 hour), never before the start. */
  readonly warningMs?: number;
}

export const DEFAULT_WARNING_WORKING_DAYS = 1;
export const DEFAULT_WARNING_MS = 3_600_000;

export const isRunning = (clock: Clock): boolean => clock.stop === undefined;

/** The explanation of a `@od/calendar` deadline, in the facts' shape. */
export function explanationOf(deadline: Deadline, text?: string): ClockExplanation {
  const { rule, start, days, calendarVersions, countedDays, movedFrom } = deadline.explanation;
  return { rule, start, days, calendarVersions, countedDays, ...(movedFrom ? { movedFrom } : {}), ...(text ? { text } : {}) };
}

/** The due instant and how it was counted, with the calendar given. */
export function countClock(count: ClockCount, calendar: WorkingCalendar): { readonly dueAt: string; readonly explanation: ClockExplanation } {
  switch (count.kind) {
    case 'working-days': {
      const deadline = addWorkingDays(count.from, count.days, calendar);
      return { dueAt: deadline.dueAt, explanation: explanationOf(deadline) };
    }
    case 'calendar-days': {
      const deadline = addCalendarDays(count.from, count.days, calendar);
      return { dueAt: deadline.dueAt, explanation: explanationOf(deadline) };
    }
    case 'working-days-before': {
      const latest = latestActBefore(count.start, count.days, calendar);
      const { start, days, calendarVersions, countedDays } = latest.explanation;
      return { dueAt: latest.dueAt, explanation: { rule: 'working-days-before', start, days, calendarVersions, ...(countedDays ? { countedDays } : {}) } };
    }
    case 'instant':
      return { dueAt: count.at, explanation: { rule: 'instant', start: count.at, days: 0, calendarVersions: [] } };
    default: {
      const unknownCount: never = count;
      return unknownCount;
    }
  }
}

/**
 * The working-day warning: the start of the N-th working day counted back from the last day (the due instant
 * is the end of that day), never before the clock started. With N = 1 that is the start of the last working
 * day, so a 1-working-day clock warns at the start of its only day.
 */
export function workingDayWarning(dueAt: string, startedAt: string, workingDaysBefore: number, calendar: WorkingCalendar): string {
  const warn = warningDayStart(dueAt, workingDaysBefore, calendar) ?? startedAt;
  return Date.parse(warn) < Date.parse(startedAt) ? new Date(Date.parse(startedAt)).toISOString() : warn;
}

/**
 * Warning instants already counted, per calendar (a calendar is never changed in place: an amendment makes a
 * new one): clocks fall due on the same few hundred instants, and counting back through luxon's zone look-ups
 * was a quarter of the time of a generated history's clocks.
 */
const warningDayStarts = new WeakMap<WorkingCalendar, Map<string, string | undefined>>();

/** The start of the N-th working day before the due instant's last day; undefined when that reaches a year with no published calendar. */
function warningDayStart(dueAt: string, workingDaysBefore: number, calendar: WorkingCalendar): string | undefined {
  const known = typeof calendar === 'object' && calendar !== null ? warningDayStarts.get(calendar) : undefined;
  const key = `${dueAt}/${workingDaysBefore}`;
  if (known?.has(key)) return known.get(key);
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
  const start = warnAt?.toUTC().toISO() ?? undefined;
  if (typeof calendar === 'object' && calendar !== null) {
    const starts = known ?? new Map<string, string | undefined>();
    if (starts.size >= 50_000) starts.clear();
    starts.set(key, start);
    warningDayStarts.set(calendar, starts);
  }
  return start;
}

/** A fixed time before the due instant (C4's hour before the end), never before the clock started. */
export function warningBeforeDue(dueAt: string, startedAt: string, ms: number): string {
  return new Date(Math.max(Date.parse(dueAt) - ms, Date.parse(startedAt))).toISOString();
}
