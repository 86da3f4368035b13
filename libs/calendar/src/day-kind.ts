// What a single Kazakhstan date is, and why.
import { assertLocalDate, yearOf, type LocalDate } from './local-date';
import { kzCalendar, yearInForce, type WorkingCalendar } from './working-calendar';
import { classifyDay, type DayKind } from './year-calendar';

/** Throws `calendar_year_not_published` for a year without a published calendar. */
export function dayKind(date: LocalDate, calendar: WorkingCalendar = kzCalendar): DayKind {
  assertLocalDate(date);
  return classifyDay(yearInForce(calendar, yearOf(date)), date);
}

export const isWorkingDay = (date: LocalDate, calendar: WorkingCalendar = kzCalendar): boolean => dayKind(date, calendar).working;
