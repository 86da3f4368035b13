import { CalendarError, KZ_PUBLISHED_YEARS, createWorkingCalendar, registerYearVersion, type YearCalendar } from '@od/calendar';
import { CALENDAR_CATEGORY, streamCategory, type CalendarYearPublished } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import type { CalendarVersionOnRecord } from './calendar-view.mapping';
import { CalendarVersionEntity } from './calendar-version.entity';

/** A year's versions, oldest first: those shipped with the platform's data (`@od/calendar`), then those published as facts. */
export function versionsOfYear(year: number, published: readonly CalendarVersionEntity[]): CalendarVersionOnRecord[] {
  const shipped = KZ_PUBLISHED_YEARS.filter((calendar) => calendar.year === year).map((calendar) => ({ calendar, recordedAt: null }));
  const recorded = [...published]
    .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime())
    .map((row) => ({ calendar: row.calendar, recordedAt: row.recordedAt.toISOString() }));
  return [...shipped, ...recorded];
}

/**
 * Whether a published version joins its year, as the deadlines service decides it (`registerYearVersion`): a
 * version already known changes nothing, one not newer (in number and in publishedAt) than the latest is not
 * applied, so the calendar shown is the calendar the clocks count with.
 */
export function acceptsVersion(known: readonly CalendarVersionOnRecord[], candidate: YearCalendar): boolean {
  if (known.some((version) => version.calendar.version === candidate.version)) return false;
  try {
    registerYearVersion(createWorkingCalendar(known.map((version) => version.calendar)), candidate);
    return true;
  } catch (error) {
    if (error instanceof CalendarError) return false;
    throw error;
  }
}

/** calendar_versions follows `CalendarYearPublished` in the `calendar-<year>` streams. */
export async function projectCalendarVersion(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (event.type !== 'CalendarYearPublished' || streamCategory(event.streamId) !== CALENDAR_CATEGORY) return;
  const fact = event as unknown as RecordedEvent<CalendarYearPublished>;
  const candidate = fact.data.calendar as YearCalendar | null;
  if (typeof candidate?.year !== 'number' || typeof candidate.version !== 'string') return;
  const rows = manager.getRepository(CalendarVersionEntity);
  const known = versionsOfYear(candidate.year, await rows.findBy({ year: candidate.year }));
  if (!acceptsVersion(known, candidate)) return;
  await rows.save(
    Object.assign(new CalendarVersionEntity(), {
      year: candidate.year,
      version: candidate.version,
      publishedAt: new Date(candidate.publishedAt),
      recordedAt: new Date(fact.recordedAt),
      note: fact.data.note,
      calendar: candidate,
    }),
  );
}
