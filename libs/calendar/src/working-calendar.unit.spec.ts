// Amendments and pinned versions. The amended 2026 below is a hypothetical test fixture, not a real order.
import { addCalendarDays } from './calendar-days';
import { kz2025v1, kz2026v1 } from './data';
import { addWorkingDays } from './working-days';
import { createWorkingCalendar, kzCalendar, registerYearVersion, withVersions, yearInForce } from './working-calendar';
import type { YearCalendar } from './year-calendar';

// Hypothetical amendment: the rest of Sat 30 May 2026 moves to Thu 28 May (the day after Kurban Ait, Wed 27 May).
const amended2026: YearCalendar = {
  ...kz2026v1,
  version: '2026.2',
  publishedAt: '2026-12-01T00:00:00.000Z',
  notes: 'test fixture',
  transfers: [{ dayOff: '2026-05-28', workingDay: '2026-05-30', source: { citation: 'hypothetical order for tests', confirmed: false } }],
};

describe('an amended year', () => {
  const amended = registerYearVersion(kzCalendar, amended2026);

  it('given an amendment of 2026, when it is registered, then it is the version in force and the original calendar is unchanged', () => {
    expect(yearInForce(amended, 2026).version).toBe('2026.2');
    expect(yearInForce(kzCalendar, 2026).version).toBe('2026.1');
    expect(amended.years.get(2026)?.map((year) => year.version)).toEqual(['2026.1', '2026.2']);
  });

  it('given Tue 2026-05-26, when 2 working days are added under 2026.1, then Thu 28 and Fri 29 count', () => {
    // Wed 27 Kurban Ait; Thu 28 (1), Fri 29 (2).
    const deadline = addWorkingDays('2026-05-26T09:00:00+05:00', 2);
    expect(deadline.dueAt).toBe('2026-05-29T19:00:00.000Z');
    expect(deadline.explanation.calendarVersions).toEqual(['2026.1']);
  });

  it('given Tue 2026-05-26, when 2 working days are added under 2026.2, then the transferred day off is skipped and the worked Saturday counts', () => {
    // Wed 27 Kurban Ait; Thu 28 transferred day off; Fri 29 (1), Sat 30 transferred working day (2).
    const deadline = addWorkingDays('2026-05-26T09:00:00+05:00', 2, amended);
    expect(deadline.dueAt).toBe('2026-05-30T19:00:00.000Z');
    expect(deadline.explanation.countedDays).toEqual(['2026-05-29', '2026-05-30']);
    expect(deadline.explanation.calendarVersions).toEqual(['2026.2']);
  });

  it('given the amended calendar pinned to 2026.1, when the same deadline is recomputed, then it is the original one', () => {
    const pinned = withVersions(amended, ['2026.1']);
    const deadline = addWorkingDays('2026-05-26T09:00:00+05:00', 2, pinned);
    expect(deadline.dueAt).toBe('2026-05-29T19:00:00.000Z');
    expect(deadline.explanation.calendarVersions).toEqual(['2026.1']);
  });

  it('given Wed 2026-05-13, when 15 calendar days land on Thu 28 May, then only the amendment moves the deadline', () => {
    // 13 + 15 = Thu 28 May: a working day under 2026.1; a transferred day off under 2026.2, moved to Fri 29.
    expect(addCalendarDays('2026-05-13T10:00:00+05:00', 15).dueDate).toBe('2026-05-28');
    const moved = addCalendarDays('2026-05-13T10:00:00+05:00', 15, amended);
    expect(moved.dueDate).toBe('2026-05-29');
    expect(moved.explanation.movedFrom).toBe('2026-05-28');
  });

  it.each([
    { given: 'the same version again', calendar: { ...amended2026, version: '2026.1' } },
    { given: 'a newer number published earlier', calendar: { ...amended2026, version: '2026.3', publishedAt: '2026-11-30T00:00:00.000Z' } },
    { given: 'a version of another year', calendar: { ...amended2026, version: '2027.3', publishedAt: '2027-01-01T00:00:00.000Z' } },
    { given: 'a publishedAt that is not an instant', calendar: { ...amended2026, version: '2026.3', publishedAt: 'soon' } },
  ])('given $given, when it is registered after 2026.2, then it is rejected', ({ calendar }) => {
    expect(() => registerYearVersion(amended, calendar)).toThrow(expect.objectContaining({ code: 'calendar_version_rejected' }));
  });

  it('given a version that was never published, when it is pinned, then it fails with calendar_version_not_found', () => {
    expect(() => withVersions(amended, ['2026.9'])).toThrow(expect.objectContaining({ code: 'calendar_version_not_found' }));
  });

  it('given a calendar with only 2025, when a 2026 date is counted, then it fails with calendar_year_not_published', () => {
    const only2025 = createWorkingCalendar([kz2025v1]);
    // Wed 31 Dec 2025 (1), then 1 January 2026 is not published in this calendar.
    expect(() => addWorkingDays('2025-12-30T10:00:00+05:00', 2, only2025)).toThrow(
      expect.objectContaining({ code: 'calendar_year_not_published', details: { year: 2026 } }),
    );
  });
});
