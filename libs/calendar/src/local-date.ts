// Local dates ('YYYY-MM-DD') in Kazakhstan time and the instants around them. All zone arithmetic is luxon's.
import { DateTime } from 'luxon';
import { CalendarError } from './calendar-error';

export const KZ_ZONE = 'Asia/Almaty';

/** A calendar date in Asia/Almaty, 'YYYY-MM-DD'. */
export type LocalDate = string;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_WITH_OFFSET = /T[^Z+-]*(Z|[+-]\d{2}(:?\d{2})?)$/i;

function toZoned(date: LocalDate): DateTime {
  const parsed = LOCAL_DATE.test(date) ? DateTime.fromISO(date, { zone: KZ_ZONE }) : undefined;
  if (!parsed?.isValid) {
    throw new CalendarError('invalid_local_date', `"${date}" is not a calendar date of the form YYYY-MM-DD`, { date });
  }
  return parsed;
}

export function assertLocalDate(date: LocalDate): LocalDate {
  toZoned(date);
  return date;
}

export const yearOf = (date: LocalDate): number => toZoned(date).year;

export const addDays = (date: LocalDate, days: number): LocalDate => toZoned(date).plus({ days }).toISODate() as LocalDate;

/** 6 = Saturday, 7 = Sunday. */
export const isWeekend = (date: LocalDate): boolean => toZoned(date).weekday >= 6;

export const weekdayName = (date: LocalDate): string => toZoned(date).setLocale('en').weekdayLong ?? '';

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
export const endOfLocalDay = (date: LocalDate): DateTime => toZoned(date).plus({ days: 1 }).startOf('day');
