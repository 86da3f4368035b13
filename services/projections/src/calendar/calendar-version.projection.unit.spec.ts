import { KZ_PUBLISHED_YEARS, type YearCalendar } from '@od/calendar';
import { acceptsVersion, versionsOfYear } from './calendar-version.projection';

const shipped2026 = versionsOfYear(2026, []);
const kz2026v1 = KZ_PUBLISHED_YEARS.find((calendar) => calendar.year === 2026)!;
const aVersion = (version: string, publishedAt: string): YearCalendar => ({ ...kz2026v1, version, publishedAt });

describe('Which published calendar versions the public calendar takes (as the deadlines service does)', () => {
  it('starts a year from the version shipped with the platform, recorded by no fact', () => {
    expect(shipped2026.map((version) => [version.calendar.version, version.recordedAt])).toEqual([['2026.1', null]]);
    expect(versionsOfYear(2031, [])).toEqual([]);
  });

  it('takes a newer version, and neither one already known nor one older than the latest', () => {
    // given 2026.1 shipped, published 25 November 2026
    expect(acceptsVersion(shipped2026, aVersion('2026.2', '2026-12-01T06:00:00.000Z'))).toBe(true);
    // a version number already known, or not newer in its publication instant, is not applied
    expect(acceptsVersion(shipped2026, aVersion('2026.1', '2026-12-01T06:00:00.000Z'))).toBe(false);
    expect(acceptsVersion(shipped2026, aVersion('2026.2', '2026-11-01T06:00:00.000Z'))).toBe(false);
    // and one whose version does not name its year
    expect(acceptsVersion(shipped2026, aVersion('2027.2', '2026-12-01T06:00:00.000Z'))).toBe(false);
  });
});
