import { kzCalendar, registerYearVersion, type WorkingCalendar, type YearCalendar } from '@od/calendar';
import type { PoolClient } from 'pg';

function isRegistered(calendar: WorkingCalendar, year: YearCalendar): boolean {
  return (calendar.years.get(year.year) ?? []).some((known) => known.version === year.version);
}

/** Adds a version unless the calendar already has it; a version that is not newer is refused by the calendar. */
export function withYear(calendar: WorkingCalendar, year: YearCalendar): WorkingCalendar {
  return isRegistered(calendar, year) ? calendar : registerYearVersion(calendar, year);
}

/** The calendar in force for this service: the published data plus every version published as a fact. */
export async function loadCalendar(client: PoolClient): Promise<WorkingCalendar> {
  const { rows } = await client.query<{ calendar: YearCalendar }>(`SELECT calendar FROM deadlines.calendar_versions ORDER BY year, published_at`);
  return rows.reduce((calendar, row) => withYear(calendar, row.calendar), kzCalendar);
}

export async function saveCalendarVersion(client: PoolClient, year: YearCalendar): Promise<void> {
  await client.query(
    `INSERT INTO deadlines.calendar_versions (year, version, published_at, calendar) VALUES ($1, $2, $3, $4) ON CONFLICT (year, version) DO NOTHING`,
    [year.year, year.version, year.publishedAt, JSON.stringify(year)],
  );
}
