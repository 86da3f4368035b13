// The set of published year calendars, with every version of each year kept. Immutable: registering an
// amendment or pinning versions returns a new calendar, so a deadline can always be recomputed with the
// versions it was first computed with.
import { CalendarError, yearNotPublished } from './calendar-error';
import { KZ_PUBLISHED_YEARS } from './data';
import type { YearCalendar } from './year-calendar';

export interface WorkingCalendar {
  /** Every published version of each year, oldest first. */
  readonly years: ReadonlyMap<number, readonly YearCalendar[]>;
  /** Years pinned to a specific version; the other years use their latest version. */
  readonly pinned: ReadonlyMap<number, string>;
}

const VERSION = /^(\d{4})\.(\d+)$/;

function versionNumber(calendar: YearCalendar): number {
  const match = VERSION.exec(calendar.version);
  if (!match || Number(match[1]) !== calendar.year) {
    throw new CalendarError('calendar_version_rejected', `version "${calendar.version}" must read "${calendar.year}.N"`, {
      year: calendar.year,
      version: calendar.version,
    });
  }
  return Number(match[2]);
}

/** Adds an amended (or first) version of a year. It must be newer, in number and in publishedAt, than those before. */
export function registerYearVersion(calendar: WorkingCalendar, amended: YearCalendar): WorkingCalendar {
  const published = Date.parse(amended.publishedAt);
  if (Number.isNaN(published)) {
    throw new CalendarError('calendar_version_rejected', `publishedAt "${amended.publishedAt}" is not an ISO instant`, {
      version: amended.version,
    });
  }
  const number = versionNumber(amended);
  const earlier = calendar.years.get(amended.year) ?? [];
  const latest = earlier[earlier.length - 1];
  if (latest && (number <= versionNumber(latest) || published <= Date.parse(latest.publishedAt))) {
    throw new CalendarError(
      'calendar_version_rejected',
      `${amended.version} (published ${amended.publishedAt}) must come after ${latest.version} (published ${latest.publishedAt})`,
      { year: amended.year, version: amended.version, latest: latest.version },
    );
  }
  const years = new Map(calendar.years);
  years.set(amended.year, [...earlier, amended]);
  return { years, pinned: calendar.pinned };
}

export function createWorkingCalendar(versions: readonly YearCalendar[]): WorkingCalendar {
  return versions.reduce(registerYearVersion, { years: new Map(), pinned: new Map() });
}

/** The same calendar with some years pinned to a given version, e.g. to recompute with the versions a deadline recorded. */
export function withVersions(calendar: WorkingCalendar, versions: readonly string[]): WorkingCalendar {
  const pinned = new Map(calendar.pinned);
  for (const version of versions) {
    const year = Number(VERSION.exec(version)?.[1]);
    if (!calendar.years.get(year)?.some((candidate) => candidate.version === version)) {
      throw new CalendarError('calendar_version_not_found', `calendar version "${version}" is not published`, { version });
    }
    pinned.set(year, version);
  }
  return { years: calendar.years, pinned };
}

/** The version of `year` this calendar applies: the pinned one, else the latest published. */
export function yearInForce(calendar: WorkingCalendar, year: number): YearCalendar {
  const versions = calendar.years.get(year);
  const pin = calendar.pinned.get(year);
  const chosen = pin === undefined ? versions?.[versions.length - 1] : versions?.find((candidate) => candidate.version === pin);
  if (!chosen) throw yearNotPublished(year);
  return chosen;
}

/** Kazakhstan as published in `data/`: 2025, 2026 and 2027. */
export const kzCalendar: WorkingCalendar = createWorkingCalendar(KZ_PUBLISHED_YEARS);
