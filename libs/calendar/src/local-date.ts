// Local dates ('YYYY-MM-DD') in Kazakhstan time and the instants around them. All zone arithmetic is luxon's.
import { DateTime } from 'luxon';
import { CalendarError } from './calendar-error';

export const KZ_ZONE = 'Asia/Almaty';

/** A calendar date in Asia/Almaty, 'YYYY-MM-DD'. */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_WITH_OFFSET = /T[^Z+-]*(Z|[+-]\d{2}(:?\d{2})?)$/i;

function toZoned(date: LocalDate): DateTime {
  const { year, month, day } = partsOf(date);
  return DateTime.fromObject({ year, month, day }, { zone: KZ_ZONE });
}

/**
 * A calendar date's year, month and day, checked. Date arithmetic on calendar dates needs no zone, so it is
 * done with UTC `Date`s (a plain day count), not luxon: walking a deadline day by day through luxon's zone
 * look-ups made the clocks of a generated history spend most of their time here.
 */
function partsOf(date: LocalDate): { readonly year: number; readonly month: number; readonly day: number } {
  const match = typeof date === 'string' ? LOCAL_DATE.exec(date) : null;
  const valid = match ? utcDay(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
  if (!match || !valid || valid.getUTCMonth() !== Number(match[2]) - 1 || valid.getUTCDate() !== Number(match[3])) {
    throw new CalendarError('invalid_local_date', `"${date}" is not a calendar date of the form YYYY-MM-DD`, { date });
  }
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function utcDay(year: number, month: number, day: number): Date {
  const at = new Date(Date.UTC(2000, month - 1, day));
  at.setUTCFullYear(year, month - 1, day);
  return at;
}

const dayOf = (date: LocalDate): Date => {
  const { year, month, day } = partsOf(date);
  return utcDay(year, month, day);
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function assertLocalDate(date: LocalDate): LocalDate {
  partsOf(date);
  return date;
}

export const yearOf = (date: LocalDate): number => partsOf(date).year;

export const addDays = (date: LocalDate, days: number): LocalDate => {
  const at = dayOf(date);
  at.setUTCDate(at.getUTCDate() + days);
  return `${String(at.getUTCFullYear()).padStart(4, '0')}-${String(at.getUTCMonth() + 1).padStart(2, '0')}-${String(at.getUTCDate()).padStart(2, '0')}`;
};

/** Saturday or Sunday. */
export const isWeekend = (date: LocalDate): boolean => [0, 6].includes(dayOf(date).getUTCDay());

export const weekdayName = (date: LocalDate): string => WEEKDAYS[dayOf(date).getUTCDay()];

/**
 * Reads a start instant: a Date, or an ISO string that carries its offset ("Z" or "+05:00").
 * A string without an offset is refused: its instant would depend on the server's zone.
 */
export function toInstant(start: Date | string): DateTime {
  const parsed =
    start instanceof Date
      ? DateTime.fromJSDate(start)
      : typeof start === 'string' && ISO_WITH_OFFSET.test(start.trim())
        ? DateTime.fromISO(start.trim(), { setZone: true })
        : undefined;
  if (!parsed?.isValid) {
    throw new CalendarError(
      'invalid_start',
      `start must be a valid Date or an ISO 8601 instant with an offset (e.g. 2026-03-02T20:30:00Z), got ${String(start)}`,
      { start: String(start) },
    );
  }
  return parsed;
}

/** The Almaty calendar date an instant falls on. */
export const localDateOf = (instant: DateTime): LocalDate => instant.setZone(KZ_ZONE).toISODate() as LocalDate;

/** The first instant of the Almaty day after `date`: the exclusive end of `date` (see README, "End of day"). */
export const endOfLocalDay = (date: LocalDate): DateTime => {
  let end = endsOfDays.get(date);
  if (!end) {
    end = toZoned(date).plus({ days: 1 }).startOf('day');
    if (endsOfDays.size >= 20_000) endsOfDays.clear();
    endsOfDays.set(date, end);
  }
  return end;
};

/** Ends of days already worked out (a luxon DateTime is immutable, so one may be handed out many times). */
const endsOfDays = new Map<LocalDate, DateTime>();
