import { createWorkingCalendar, dayKind, type YearCalendar } from '@od/calendar';
import type { CalendarChanges, CalendarDayOff, CalendarMovedWorkingDay, CalendarVersionSummary, CalendarYearView } from '@od/contracts';

/** Where a version comes from: shipped with the platform's data, or a `CalendarYearPublished` fact recorded at `recordedAt`. */
export interface CalendarVersionOnRecord {
  readonly calendar: YearCalendar;
  readonly recordedAt: string | null;
}

const byDate = (a: string, b: string) => a.localeCompare(b);

/** The year's exceptions to the plain week, each classified as the calendar classifies it (holidays win over moves). */
export function exceptionsOf(calendar: YearCalendar): { daysOff: CalendarDayOff[]; movedWorkingDays: CalendarMovedWorkingDay[] } {
  const only = createWorkingCalendar([calendar]);
  const dates = new Set<string>([
    ...calendar.holidays.map((entry) => entry.date),
    ...calendar.movedDaysOff.map((entry) => entry.date),
    ...calendar.transfers.flatMap((entry) => [entry.dayOff, entry.workingDay]),
  ]);
  const daysOff: CalendarDayOff[] = [];
  const movedWorkingDays: CalendarMovedWorkingDay[] = [];
  for (const date of [...dates].sort(byDate)) {
    const day = dayKind(date, only);
    const common = { date, weekday: day.weekday };
    switch (day.kind) {
      case 'holiday':
        daysOff.push({ ...common, kind: day.kind, holiday: day.holiday, name: day.name, movedFrom: null, source: day.source });
        break;
      case 'moved-day-off':
        daysOff.push({ ...common, kind: day.kind, holiday: day.holiday, name: day.name, movedFrom: day.movedFrom, source: day.source });
        break;
      case 'transferred-day-off':
        daysOff.push({ ...common, kind: day.kind, holiday: null, name: null, movedFrom: day.transferredFrom, source: day.source });
        break;
      case 'transferred-working-day':
        movedWorkingDays.push({ ...common, dayOffMovedTo: day.dayOffMovedTo, source: day.source });
        break;
      default:
        break;
    }
  }
  return { daysOff, movedWorkingDays };
}

/** The version in force, as the public reads it. */
export function calendarYearView(version: CalendarVersionOnRecord): CalendarYearView {
  const { calendar } = version;
  return {
    year: calendar.year,
    version: calendar.version,
    publishedAt: calendar.publishedAt,
    recordedAt: version.recordedAt,
    notes: calendar.notes,
    ...exceptionsOf(calendar),
  };
}

const added = (next: readonly string[], previous: readonly string[]) => next.filter((date) => !previous.includes(date));

/** What `next` changed against `previous` (null: the first version, all of it added): days off and worked weekend days, by date. */
export function calendarChanges(previous: YearCalendar | null, next: YearCalendar): CalendarChanges {
  const before = previous ? exceptionsOf(previous) : { daysOff: [], movedWorkingDays: [] };
  const after = exceptionsOf(next);
  const datesOf = (days: readonly { date: string }[]) => days.map((day) => day.date);
  return {
    daysOffAdded: added(datesOf(after.daysOff), datesOf(before.daysOff)),
    daysOffRemoved: added(datesOf(before.daysOff), datesOf(after.daysOff)),
    workingDaysAdded: added(datesOf(after.movedWorkingDays), datesOf(before.movedWorkingDays)),
    workingDaysRemoved: added(datesOf(before.movedWorkingDays), datesOf(after.movedWorkingDays)),
  };
}

/** Every version of a year, oldest first, each with what it changed against the one before. */
export function calendarVersionSummaries(versions: readonly CalendarVersionOnRecord[]): CalendarVersionSummary[] {
  return versions.map((version, index) => ({
    version: version.calendar.version,
    publishedAt: version.calendar.publishedAt,
    recordedAt: version.recordedAt,
    origin: version.recordedAt === null ? 'shipped' : 'published-fact',
    notes: version.calendar.notes,
    changes: calendarChanges(index === 0 ? null : (versions[index - 1]?.calendar ?? null), version.calendar),
  }));
}
