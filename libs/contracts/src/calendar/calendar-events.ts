import type { DomainEvent } from '../envelope';

/** A published version of a year's working-day calendar: `calendar-<year>`. A newer version recomputes clocks. */
export const CALENDAR_CATEGORY = 'calendar';

export function calendarStream(year: number): string {
  return `${CALENDAR_CATEGORY}-${year}`;
}

/** `calendar`: the year's data in the `YearCalendar` shape of `@od/calendar`. */
export type CalendarYearPublished = DomainEvent<
  'CalendarYearPublished',
  { readonly year: number; readonly version: string; readonly publishedAt: string; readonly calendar: unknown; readonly note: string },
  1
>;

export type CalendarEvent = CalendarYearPublished;
