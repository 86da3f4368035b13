// Every expected value below is worked out by hand from the published calendars, in the comment beside it.
// Convention: dueAt is the first instant of the day after the last day, Almaty (UTC+5), so it is 19:00Z of the last day.
import { addWorkingDays } from './working-days';

interface Case {
  given: string;
  start: string | Date;
  days: number;
  dueDate: string;
  dueAt: string;
  countedDays: string[];
  calendarVersions: string[];
}

const cases: Case[] = [
  {
    given: 'a request submitted on Friday evening (2026-04-10 19:45 Almaty)',
    start: '2026-04-10T14:45:00Z',
    days: 1,
    // Sat 11, Sun 12 weekend -> Mon 13 Apr is working day 1.
    dueDate: '2026-04-13',
    dueAt: '2026-04-13T19:00:00.000Z',
    countedDays: ['2026-04-13'],
    calendarVersions: ['2026.1'],
  },
  {
    given: 'a request submitted late on Friday 2026-03-06 (23:30 Almaty, still Friday there)',
    start: '2026-03-06T23:30:00+05:00',
    days: 3,
    // Sat 7 weekend, Sun 8 Women's Day on a Sunday, Mon 9 its moved day off; Tue 10 (1), Wed 11 (2), Thu 12 (3).
    dueDate: '2026-03-12',
    dueAt: '2026-03-12T19:00:00.000Z',
    countedDays: ['2026-03-10', '2026-03-11', '2026-03-12'],
    calendarVersions: ['2026.1'],
  },
  {
    given: 'a request submitted on a holiday, Unity Day Fri 2026-05-01 10:00 Almaty',
    start: '2026-05-01T05:00:00Z',
    days: 3,
    // The start day never counts. Sat 2, Sun 3 weekend; Mon 4 (1), Tue 5 (2), Wed 6 (3).
    dueDate: '2026-05-06',
    dueAt: '2026-05-06T19:00:00.000Z',
    countedDays: ['2026-05-04', '2026-05-05', '2026-05-06'],
    calendarVersions: ['2026.1'],
  },
  {
    given: 'a request received on Thu 2026-03-19, before Nauryz',
    start: '2026-03-19T12:00:00+05:00',
    days: 3,
    // Fri 20 (1); Sat 21, Sun 22, Mon 23 Nauryz; Tue 24, Wed 25 moved days off for 21 and 22; Thu 26 (2), Fri 27 (3).
    dueDate: '2026-03-27',
    dueAt: '2026-03-27T19:00:00.000Z',
    countedDays: ['2026-03-20', '2026-03-26', '2026-03-27'],
    calendarVersions: ['2026.1'],
  },
  {
    given: 'a request received on Thu 2025-03-20, before Nauryz 2025',
    start: '2025-03-20T09:00:00+05:00',
    days: 1,
    // Fri 21 Nauryz; Sat 22, Sun 23 Nauryz on a weekend; Mon 24, Tue 25 moved days off; Wed 26 (1).
    dueDate: '2025-03-26',
    dueAt: '2025-03-26T19:00:00.000Z',
    countedDays: ['2025-03-26'],
    calendarVersions: ['2025.1'],
  },
  {
    given: 'a request received on Tue 2025-12-30, across the New Year',
    start: '2025-12-30T15:00:00+05:00',
    days: 5,
    // Wed 31 Dec (1); Thu 1, Fri 2 Jan New Year; Sat 3, Sun 4; Mon 5 (2), Tue 6 (3); Wed 7 Orthodox Christmas;
    // Thu 8 (4), Fri 9 (5).
    dueDate: '2026-01-09',
    dueAt: '2026-01-09T19:00:00.000Z',
    countedDays: ['2025-12-31', '2026-01-05', '2026-01-06', '2026-01-08', '2026-01-09'],
    calendarVersions: ['2025.1', '2026.1'],
  },
  {
    given: 'a request received on Thu 2026-12-31, across New Year 2027 whose 2 January is a Saturday',
    start: '2026-12-31T10:00:00+05:00',
    days: 1,
    // Fri 1 Jan, Sat 2 Jan New Year; Sun 3; Mon 4 is the day off moved from Sat 2 Jan; Tue 5 (1).
    dueDate: '2027-01-05',
    dueAt: '2027-01-05T19:00:00.000Z',
    countedDays: ['2027-01-05'],
    calendarVersions: ['2027.1'],
  },
  {
    given: 'a request received on the holiday Thu 2025-01-02, before the transferred days of January 2025',
    start: '2025-01-02T10:00:00+05:00',
    days: 1,
    // Fri 3 Jan is the transferred day off; Sat 4 weekend; Sun 5 Jan is the transferred working day (1).
    dueDate: '2025-01-05',
    dueAt: '2025-01-05T19:00:00.000Z',
    countedDays: ['2025-01-05'],
    calendarVersions: ['2025.1'],
  },
  {
    given: 'the same request with 3 working days',
    start: '2025-01-02T10:00:00+05:00',
    days: 3,
    // Sun 5 (1), Mon 6 (2), Tue 7 Orthodox Christmas, Wed 8 (3).
    dueDate: '2025-01-08',
    dueAt: '2025-01-08T19:00:00.000Z',
    countedDays: ['2025-01-05', '2025-01-06', '2025-01-08'],
    calendarVersions: ['2025.1'],
  },
  {
    given: 'a request received on Fri 2026-08-28, before Constitution Day on a Sunday',
    start: '2026-08-28T16:00:00+05:00',
    days: 1,
    // Sat 29; Sun 30 Constitution Day; Mon 31 its moved day off; Tue 1 Sep (1).
    dueDate: '2026-09-01',
    dueAt: '2026-09-01T19:00:00.000Z',
    countedDays: ['2026-09-01'],
    calendarVersions: ['2026.1'],
  },
  {
    given: 'a request received on Fri 2027-05-14, before Kurban Ait 2027 on a Sunday (no move)',
    start: '2027-05-14T11:00:00+05:00',
    days: 1,
    // Sat 15; Sun 16 Kurban Ait, which does not move; Mon 17 (1).
    dueDate: '2027-05-17',
    dueAt: '2027-05-17T19:00:00.000Z',
    countedDays: ['2027-05-17'],
    calendarVersions: ['2027.1'],
  },
  {
    given: 'a start at 2026-03-02T20:30:00Z, which is already Tue 3 March 01:30 in Almaty',
    start: '2026-03-02T20:30:00Z',
    days: 1,
    // Start day is 3 March (Tue); Wed 4 (1).
    dueDate: '2026-03-04',
    dueAt: '2026-03-04T19:00:00.000Z',
    countedDays: ['2026-03-04'],
    calendarVersions: ['2026.1'],
  },
  {
    given: 'a start at 2026-03-02T18:30:00Z, which is still Mon 2 March 23:30 in Almaty',
    start: new Date('2026-03-02T18:30:00Z'),
    days: 1,
    // Start day is 2 March (Mon); Tue 3 (1).
    dueDate: '2026-03-03',
    dueAt: '2026-03-03T19:00:00.000Z',
    countedDays: ['2026-03-03'],
    calendarVersions: ['2026.1'],
  },
];

describe('addWorkingDays', () => {
  it.each(cases)('given $given, when $days working day(s) are added, then it is due by the end of $dueDate', (c) => {
    const deadline = addWorkingDays(c.start, c.days);

    expect(deadline.dueAt).toBe(c.dueAt);
    expect(deadline.dueDate).toBe(c.dueDate);
    expect(deadline.explanation.countedDays).toEqual(c.countedDays);
    expect(deadline.explanation.calendarVersions).toEqual(c.calendarVersions);
    expect(deadline.explanation.rule).toBe('working-days');
    expect(deadline.explanation.days).toBe(c.days);
    expect(deadline.explanation.movedFrom).toBeUndefined();
  });

  it('given a start in UTC, when the deadline is computed, then it reports the start, its Almaty day and the local due instant', () => {
    const deadline = addWorkingDays('2026-03-02T20:30:00Z', 1);

    expect(deadline.explanation.start).toBe('2026-03-02T20:30:00.000Z');
    expect(deadline.explanation.startLocalDate).toBe('2026-03-03');
    // End of Wed 4 March = start of Thu 5 March, Almaty.
    expect(deadline.dueAtLocal).toBe('2026-03-05T00:00:00.000+05:00');
  });

  it('given a start at the very first instant of a local day, when 1 working day is added, then that start day still does not count', () => {
    // 2026-03-02T19:00:00Z = Tue 3 March 00:00 Almaty; Wed 4 (1).
    expect(addWorkingDays('2026-03-02T19:00:00Z', 1).dueDate).toBe('2026-03-04');
  });

  it('given a count that reaches 2028, when it is computed, then it fails with calendar_year_not_published naming 2028', () => {
    // Fri 31 Dec 2027 (1), then 1 January 2028 has no published calendar.
    expect(() => addWorkingDays('2027-12-30T10:00:00+05:00', 3)).toThrow(
      expect.objectContaining({ code: 'calendar_year_not_published', details: { year: 2028 } }),
    );
  });

  it.each([
    { given: 'a start without an offset', start: '2026-03-02T10:00:00', days: 1, code: 'invalid_start' },
    { given: 'a date-only start', start: '2026-03-02', days: 1, code: 'invalid_start' },
    { given: 'an invalid Date', start: new Date('nonsense'), days: 1, code: 'invalid_start' },
    { given: 'zero days', start: '2026-03-02T10:00:00Z', days: 0, code: 'invalid_day_count' },
    { given: 'a fractional count', start: '2026-03-02T10:00:00Z', days: 1.5, code: 'invalid_day_count' },
  ])('given $given, when it is computed, then it fails with $code', ({ start, days, code }) => {
    expect(() => addWorkingDays(start, days)).toThrow(expect.objectContaining({ code }));
  });
});
