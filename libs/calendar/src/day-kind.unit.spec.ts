// Expected kinds are read by hand off the 2025–2027 calendars (weekday in the comment).
import { dayKind, isWorkingDay } from './day-kind';

describe('dayKind', () => {
  it.each([
    // Sat: Nauryz on a weekend is still the holiday itself.
    {
      date: '2026-03-21',
      expected: {
        kind: 'holiday',
        working: false,
        holiday: 'nauryz',
        weekday: 'Saturday',
        name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz Meiramy' },
      },
    },
    // Tue: the day off moved from Sat 21 March (23 March is itself Nauryz).
    { date: '2026-03-24', expected: { kind: 'moved-day-off', working: false, movedFrom: '2026-03-21', holiday: 'nauryz' } },
    // Mon: the day off moved from Constitution Day, Sun 30 August.
    { date: '2026-08-31', expected: { kind: 'moved-day-off', working: false, movedFrom: '2026-08-30', holiday: 'constitution-day' } },
    // Wed: Orthodox Christmas.
    {
      date: '2026-01-07',
      expected: {
        kind: 'holiday',
        working: false,
        holiday: 'orthodox-christmas',
        name: { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' },
      },
    },
    // Fri: the 2025 order moved Sunday 5 January's rest here.
    { date: '2025-01-03', expected: { kind: 'transferred-day-off', working: false, transferredFrom: '2025-01-05', calendarVersion: '2025.1' } },
    // Sun: worked in exchange for Fri 3 January.
    { date: '2025-01-05', expected: { kind: 'transferred-working-day', working: true, dayOffMovedTo: '2025-01-03', weekday: 'Sunday' } },
    // Sat: an ordinary weekend.
    { date: '2026-03-07', expected: { kind: 'weekend', working: false, weekday: 'Saturday' } },
    // Tue: an ordinary working day.
    { date: '2026-03-10', expected: { kind: 'working-day', working: true, weekday: 'Tuesday' } },
    // Sun: Kurban Ait 2027 on a Sunday; the day after is not moved (DESIGN §3 exception).
    { date: '2027-05-16', expected: { kind: 'holiday', holiday: 'kurban-ait', working: false } },
    { date: '2027-05-17', expected: { kind: 'working-day', working: true, weekday: 'Monday' } },
  ])('given $date, when it is classified, then it is a $expected.kind', ({ date, expected }) => {
    expect(dayKind(date)).toEqual(expect.objectContaining({ date, ...expected }));
  });

  it('given Independence Day 2026, when it is classified, then it names the law it comes from', () => {
    expect(dayKind('2026-12-16')).toEqual(
      expect.objectContaining({
        kind: 'holiday',
        holiday: 'independence-day',
        source: expect.objectContaining({ confirmed: true, citation: expect.stringContaining('On holidays') }),
      }),
    );
  });

  it.each([
    { date: '2024-12-31', code: 'calendar_year_not_published', details: { year: 2024 } },
    { date: '2028-01-03', code: 'calendar_year_not_published', details: { year: 2028 } },
    { date: '2026-02-30', code: 'invalid_local_date', details: { date: '2026-02-30' } },
    { date: '26-3-1', code: 'invalid_local_date', details: { date: '26-3-1' } },
  ])('given $date, when it is classified, then it fails with $code', ({ date, code, details }) => {
    expect(() => dayKind(date)).toThrow(expect.objectContaining({ code, details }));
  });
});

describe('isWorkingDay', () => {
  it.each([
    { date: '2025-01-05', working: true }, // Sun, transferred working day
    { date: '2025-01-03', working: false }, // Fri, transferred day off
    { date: '2026-03-25', working: false }, // Wed, moved day off for Sun 22 March
    { date: '2026-03-26', working: true }, // Thu
    { date: '2026-05-27', working: false }, // Wed, Kurban Ait 2026
  ])('given $date, when asked, then working is $working', ({ date, working }) => {
    expect(isWorkingDay(date)).toBe(working);
  });
});
