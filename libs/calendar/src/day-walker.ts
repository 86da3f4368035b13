// Walks forward day by day from a start, classifying each day and remembering which year versions it consulted.
import { CalendarError } from './calendar-error';
import { addDays, localDateOf, toInstant, yearOf, type LocalDate } from './local-date';
import { yearInForce, type WorkingCalendar } from './working-calendar';
import { classifyDay, type DayKind } from './year-calendar';

export interface DayWalker {
  readonly start: ReturnType<typeof toInstant>;
  readonly startLocalDate: LocalDate;
  /** The next day's classification; throws `calendar_year_not_published` when the walk leaves the published years. */
  next(): DayKind;
  versions(): string[];
}

export function walkFrom(start: Date | string, days: number, calendar: WorkingCalendar): DayWalker {
  if (!Number.isInteger(days) || days < 1) {
    throw new CalendarError('invalid_day_count', `days must be a positive whole number, got ${days}`, { days });
  }
  const instant = toInstant(start);
  const startLocalDate = localDateOf(instant);
  const consulted = new Set<string>();
  let current = startLocalDate;
  return {
    start: instant,
    startLocalDate,
    next() {
      current = addDays(current, 1);
      const year = yearInForce(calendar, yearOf(current));
      consulted.add(year.version);
      return classifyDay(year, current);
    },
    versions: () => [...consulted].sort(),
  };
}
