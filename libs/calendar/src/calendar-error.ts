// Errors of the calendar: string-literal codes, so callers map them in one place.

export type CalendarErrorCode =
  'calendar_year_not_published' | 'calendar_version_not_found' | 'calendar_version_rejected' | 'invalid_local_date' | 'invalid_start' | 'invalid_day_count';

export class CalendarError extends Error {
  override readonly name = 'CalendarError';

  constructor(
    readonly code: CalendarErrorCode,
    message: string,
    readonly details: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code}: ${message}`);
  }
}

export const yearNotPublished = (year: number): CalendarError =>
  new CalendarError('calendar_year_not_published', `no working-day calendar is published for ${year}; deadlines that reach ${year} cannot be computed`, {
    year,
  });
