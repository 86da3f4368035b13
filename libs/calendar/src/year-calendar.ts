// One published version of one year's working-day calendar, and what it says about a single date.
import { HOLIDAYS, type HolidayId, type LocalizedText } from './holidays';
import { isWeekend, weekdayName, type LocalDate } from './local-date';
import type { Source } from './sources';

export interface HolidayEntry {
  readonly date: LocalDate;
  readonly holiday: HolidayId;
  readonly source: Source;
}

/** A holiday fell on Saturday or Sunday; the day off moves to this date, the next working day (statutory). */
export interface MovedDayOffEntry {
  readonly date: LocalDate;
  readonly from: LocalDate;
  readonly holiday: HolidayId;
  readonly source: Source;
}

/** A decree or order moves the day off from a weekend day (which becomes a working day) to a weekday. */
export interface TransferEntry {
  readonly dayOff: LocalDate;
  readonly workingDay: LocalDate;
  readonly source: Source;
}

export interface YearCalendar {
  readonly year: number;
  /** 'YYYY.N', N growing with each amendment of the year. */
  readonly version: string;
  /** The instant (UTC ISO) this version was published into the portal; the latest published version is in force. */
  readonly publishedAt: string;
  /** What this version is and what is still unconfirmed in it. */
  readonly notes: string;
  readonly holidays: readonly HolidayEntry[];
  readonly movedDaysOff: readonly MovedDayOffEntry[];
  readonly transfers: readonly TransferEntry[];
}

interface DayKindBase {
  readonly date: LocalDate;
  readonly weekday: string;
  readonly working: boolean;
  readonly calendarVersion: string;
}

export type DayKind =
  | (DayKindBase & { readonly kind: 'working-day'; readonly working: true })
  | (DayKindBase & { readonly kind: 'weekend'; readonly working: false })
  | (DayKindBase & {
      readonly kind: 'holiday';
      readonly working: false;
      readonly holiday: HolidayId;
      readonly name: LocalizedText;
      readonly source: Source;
    })
  | (DayKindBase & {
      readonly kind: 'moved-day-off';
      readonly working: false;
      /** The weekend date of the holiday whose day off moved here. */
      readonly movedFrom: LocalDate;
      readonly holiday: HolidayId;
      readonly name: LocalizedText;
      readonly source: Source;
    })
  | (DayKindBase & {
      readonly kind: 'transferred-day-off';
      readonly working: false;
      /** The weekend day that became a working day in exchange. */
      readonly transferredFrom: LocalDate;
      readonly source: Source;
    })
  | (DayKindBase & {
      readonly kind: 'transferred-working-day';
      readonly working: true;
      /** Where this weekend day's rest went. */
      readonly dayOffMovedTo: LocalDate;
      readonly source: Source;
    });

/**
 * Each year version's answers, kept: a deadline walks its days one by one and the clocks of a busy platform (or
 * a generated history) ask about the same few hundred days millions of times. A version never changes once
 * published (an amendment is a new version), so an answer once given holds.
 */
const classified = new WeakMap<YearCalendar, Map<LocalDate, DayKind>>();

/** Classifies a date of `calendar.year`. Holidays win over everything; then moves; then the plain week. */
export function classifyDay(calendar: YearCalendar, date: LocalDate): DayKind {
  let days = classified.get(calendar);
  if (!days) {
    days = new Map();
    classified.set(calendar, days);
  }
  let kind = days.get(date);
  if (!kind) {
    kind = Object.freeze(classifyAnew(calendar, date));
    if (days.size < 1_000) days.set(date, kind);
  }
  return kind;
}

function classifyAnew(calendar: YearCalendar, date: LocalDate): DayKind {
  const base = { date, weekday: weekdayName(date), calendarVersion: calendar.version };
  const holiday = calendar.holidays.find((entry) => entry.date === date);
  if (holiday) {
    return { ...base, kind: 'holiday', working: false, holiday: holiday.holiday, name: HOLIDAYS[holiday.holiday].name, source: holiday.source };
  }
  const moved = calendar.movedDaysOff.find((entry) => entry.date === date);
  if (moved) {
    return {
      ...base,
      kind: 'moved-day-off',
      working: false,
      movedFrom: moved.from,
      holiday: moved.holiday,
      name: HOLIDAYS[moved.holiday].name,
      source: moved.source,
    };
  }
  const dayOff = calendar.transfers.find((entry) => entry.dayOff === date);
  if (dayOff) {
    return { ...base, kind: 'transferred-day-off', working: false, transferredFrom: dayOff.workingDay, source: dayOff.source };
  }
  const workingDay = calendar.transfers.find((entry) => entry.workingDay === date);
  if (workingDay) {
    return { ...base, kind: 'transferred-working-day', working: true, dayOffMovedTo: workingDay.dayOff, source: workingDay.source };
  }
  return isWeekend(date) ? { ...base, kind: 'weekend', working: false } : { ...base, kind: 'working-day', working: true };
}
