import { KZ_PUBLISHED_YEARS, type YearCalendar } from '@od/calendar';
import { calendarChanges, calendarVersionSummaries, calendarYearView } from './calendar-view.mapping';

const kz2026v1 = KZ_PUBLISHED_YEARS.find((calendar) => calendar.year === 2026)!;

/** 2026.2: a test decree moves the day off from Saturday 4 April (worked) to Monday 30 March (invented for this test). */
const amended: YearCalendar = {
  ...kz2026v1,
  version: '2026.2',
  publishedAt: '2026-12-01T06:00:00.000Z',
  notes: 'test decree',
  transfers: [{ dayOff: '2026-03-30', workingDay: '2026-04-04', source: { citation: 'test decree (invented for this test)', confirmed: false } }],
};

describe('The published working-day calendar', () => {
  it('lists 2026’s days off with their names, in date order, and a holiday’s day off moved off the weekend', () => {
    // given the shipped 2026 calendar, when shown
    const view = calendarYearView({ calendar: kz2026v1, recordedAt: null });
    // then New Year comes first, named in three languages, and 8 March (a Sunday) moved its day off to Monday 9 March
    expect(view).toMatchObject({ year: 2026, version: '2026.1', recordedAt: null, movedWorkingDays: [] });
    expect(view.daysOff[0]).toMatchObject({
      date: '2026-01-01',
      kind: 'holiday',
      holiday: 'new-year',
      name: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' },
    });
    expect(view.daysOff.find((day) => day.date === '2026-03-09')).toMatchObject({
      kind: 'moved-day-off',
      holiday: 'womens-day',
      movedFrom: '2026-03-08',
      weekday: 'Monday',
    });
    expect(view.daysOff.map((day) => day.date)).toEqual([...view.daysOff.map((day) => day.date)].sort());
    expect(view.daysOff).toHaveLength(kz2026v1.holidays.length + kz2026v1.movedDaysOff.length);
  });

  it('shows a day off moved by decree, and the weekend day worked instead', () => {
    // given the amended version, when shown
    const view = calendarYearView({ calendar: amended, recordedAt: '2026-12-01T06:00:01.000Z' });
    // then 30 March is a day off moved from 4 April, which is worked
    expect(view.daysOff.find((day) => day.date === '2026-03-30')).toMatchObject({
      kind: 'transferred-day-off',
      holiday: null,
      name: null,
      movedFrom: '2026-04-04',
    });
    expect(view.movedWorkingDays).toEqual([expect.objectContaining({ date: '2026-04-04', weekday: 'Saturday', dayOffMovedTo: '2026-03-30' })]);
  });

  it('says what each version changed against the one before', () => {
    // given the shipped version and the amendment, when summarised
    const [first, second] = calendarVersionSummaries([
      { calendar: kz2026v1, recordedAt: null },
      { calendar: amended, recordedAt: '2026-12-01T06:00:01.000Z' },
    ]);
    // then the first added all of its days off; the second added 30 March off and 4 April worked, and removed nothing
    expect(first).toMatchObject({ version: '2026.1', origin: 'shipped', recordedAt: null });
    expect(first!.changes.daysOffAdded).toContain('2026-01-01');
    expect(second).toMatchObject({
      version: '2026.2',
      origin: 'published-fact',
      recordedAt: '2026-12-01T06:00:01.000Z',
      changes: { daysOffAdded: ['2026-03-30'], daysOffRemoved: [], workingDaysAdded: ['2026-04-04'], workingDaysRemoved: [] },
    });
    // and undoing the decree removes them again
    expect(calendarChanges(amended, kz2026v1)).toEqual({
      daysOffAdded: [],
      daysOffRemoved: ['2026-03-30'],
      workingDaysAdded: [],
      workingDaysRemoved: ['2026-04-04'],
    });
  });
});
