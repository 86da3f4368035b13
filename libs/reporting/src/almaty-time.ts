// Almaty calendar arithmetic fast enough for millions of facts: no luxon per fact. luxon (the calendar's zone
// arithmetic) fixes the period's bounds once; per fact only the offset table below is read. The table is
// checked against luxon's tz data in almaty-time.unit.spec.ts.
import { DateTime } from 'luxon';
import { KZ_ZONE, type LocalDate } from '@od/calendar';

const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Asia/Almaty: UTC+6 until 2024-03-01 00:00 local (2024-02-29T18:00Z), UTC+5 since. */
const UTC_PLUS_5_SINCE_MS = Date.UTC(2024, 1, 29, 18, 0, 0);

export function almatyOffsetMs(instantMs: number): number {
  return instantMs >= UTC_PLUS_5_SINCE_MS ? 5 * HOUR_MS : 6 * HOUR_MS;
}

/** Days since 1970-01-01 of the Almaty calendar date an instant falls on. */
export function almatyDayNumber(instantMs: number): number {
  return Math.floor((instantMs + almatyOffsetMs(instantMs)) / DAY_MS);
}

/** The first instant (UTC ms) of an Almaty date. */
export function startOfAlmatyDateMs(date: LocalDate): number {
  return DateTime.fromISO(date, { zone: KZ_ZONE }).startOf('day').toMillis();
}

/** Days since 1970-01-01 of an Almaty date written 'YYYY-MM-DD'. */
export function dayNumberOfDate(date: LocalDate): number {
  const [year, month, day] = date.split('-').map(Number);
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** 'YYYY-MM' of a day number. */
export function monthOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 7);
}
