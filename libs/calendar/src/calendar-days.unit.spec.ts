// Every expected value below is worked out by hand from the published calendars, in the comment beside it.
// Convention: dueAt is the first instant of the day after the last day, Almaty (UTC+5), so it is 19:00Z of the last day.
import { addCalendarDays } from './calendar-days';

interface Case {
  given: string;
  start: string | Date;
  days: number;
  dueDate: string;
  dueAt: string;
  movedFrom?: string;
  firstCounted: string;
  lastCounted: string;
  calendarVersions: string[];
}

const cases: Case[] = [
  {
    given: 'an accepted request received on Wed 2026-04-08 (R4)',
    start: '2026-04-08T10:00:00+05:00',
    days: 15,
    // 8 + 15 = Thu 23 April, a working day: no move.
    dueDate: '2026-04-23',
    dueAt: '2026-04-23T19:00:00.000Z',
    firstCounted: '2026-04-09',
    lastCounted: '2026-04-23',
    calendarVersions: ['2026.1'],
  },
  {
    given: 'a request received on Friday evening 2026-04-10 19:45 Almaty',
    start: '2026-04-10T14:45:00Z',
    days: 15,
    // 10 + 15 = Sat 25 April; Sun 26; Mon 27 is the next working day.
    dueDate: '2026-04-27',
    dueAt: '2026-04-27T19:00:00.000Z',
    movedFrom: '2026-04-25',
    firstCounted: '2026-04-11',
    lastCounted: '2026-04-25',
    calendarVersions: ['2026.1'],
  },
  {
    given: 'a request received on a holiday, Unity Day Fri 2026-05-01',
    start: '2026-05-01T05:00:00Z',
    days: 15,
    // 1 + 15 = Sat 16 May; Sun 17; Mon 18.
    dueDate: '2026-05-18',
    dueAt: '2026-05-18T19:00:00.000Z',
    movedFrom: '2026-05-16',
    firstCounted: '2026-05-02',
    lastCounted: '2026-05-16',
    calendarVersions: ['2026.1'],
  },
  {
    given: 'a request received on Fri 2026-03-06, whose 15th day is Nauryz',
    start: '2026-03-06T12:00:00+05:00',
    days: 15,
    // 6 + 15 = Sat 21 March (Nauryz); Sun 22, Mon 23 Nauryz; Tue 24, Wed 25 moved days off; Thu 26.
    dueDate: '2026-03-26',
    dueAt: '2026-03-26T19:00:00.000Z',
    movedFrom: '2026-03-21',
    firstCounted: '2026-03-07',
    lastCounted: '2026-03-21',
    calendarVersions: ['2026.1'],
  },
  {
    given: 'a request received on Wed 2025-12-17, whose 15th day is New Year',
    start: '2025-12-17T12:00:00+05:00',
    days: 15,
    // 17 Dec + 15 = Thu 1 Jan 2026; Fri 2 New Year; Sat 3, Sun 4; Mon 5 January.
    dueDate: '2026-01-05',
    dueAt: '2026-01-05T19:00:00.000Z',
    movedFrom: '2026-01-01',
    firstCounted: '2025-12-18',
    lastCounted: '2026-01-01',
    calendarVersions: ['2025.1', '2026.1'],
  },
  {
    given: 'a request received on Wed 2025-01-01, whose 2nd day is the decree-transferred day off Fri 3 Jan',
    start: '2025-01-01T10:00:00+05:00',
    days: 2,
    // 1 + 2 = Fri 3 Jan (transferred day off); Sat 4; Sun 5 Jan is the transferred working day.
    dueDate: '2025-01-05',
    dueAt: '2025-01-05T19:00:00.000Z',
    movedFrom: '2025-01-03',
    firstCounted: '2025-01-02',
    lastCounted: '2025-01-03',
    calendarVersions: ['2025.1'],
  },
  {
    given: 'a request received on Wed 2025-01-01, whose 4th day is the transferred working Sunday 5 Jan',
    start: '2025-01-01T10:00:00+05:00',
    days: 4,
    // 1 + 4 = Sun 5 Jan, a working day by the transfer: no move.
    dueDate: '2025-01-05',
    dueAt: '2025-01-05T19:00:00.000Z',
    firstCounted: '2025-01-02',
    lastCounted: '2025-01-05',
    calendarVersions: ['2025.1'],
  },
  {
    given: 'a request received on Sun 2026-10-11, whose 15th day is the day off moved from Republic Day (Sun 25 Oct)',
    start: '2026-10-11T10:00:00+05:00',
    days: 15,
    // 11 + 15 = Mon 26 October, the moved day off; Tue 27.
    dueDate: '2026-10-27',
    dueAt: '2026-10-27T19:00:00.000Z',
    movedFrom: '2026-10-26',
    firstCounted: '2026-10-12',
    lastCounted: '2026-10-26',
    calendarVersions: ['2026.1'],
  },
  {
    given: 'a start at 2026-03-02T20:30:00Z, already Tue 3 March in Almaty',
    start: '2026-03-02T20:30:00Z',
    days: 15,
    // 3 + 15 = Wed 18 March.
    dueDate: '2026-03-18',
    dueAt: '2026-03-18T19:00:00.000Z',
    firstCounted: '2026-03-04',
    lastCounted: '2026-03-18',
    calendarVersions: ['2026.1'],
  },
  {
    given: 'a start at 2026-03-02T18:30:00Z, still Mon 2 March in Almaty',
    start: new Date('2026-03-02T18:30:00Z'),
    days: 15,
    // 2 + 15 = Tue 17 March.
    dueDate: '2026-03-17',
    dueAt: '2026-03-17T19:00:00.000Z',
    firstCounted: '2026-03-03',
    lastCounted: '2026-03-17',
    calendarVersions: ['2026.1'],
  },
];

describe('addCalendarDays', () => {
  it.each(cases)('given $given, when $days calendar day(s) are added, then it is due by the end of $dueDate', (c) => {
    const deadline = addCalendarDays(c.start, c.days);

    expect(deadline.dueAt).toBe(c.dueAt);
    expect(deadline.dueDate).toBe(c.dueDate);
    expect(deadline.explanation.movedFrom).toBe(c.movedFrom);
    expect(deadline.explanation.countedDays).toHaveLength(c.days);
    expect(deadline.explanation.countedDays[0]).toBe(c.firstCounted);
    expect(deadline.explanation.countedDays[c.days - 1]).toBe(c.lastCounted);
    expect(deadline.explanation.calendarVersions).toEqual(c.calendarVersions);
    expect(deadline.explanation.rule).toBe('calendar-days');
  });

  it('given a moved deadline, when it is computed, then the local due instant is the start of the day after the working day', () => {
    // Last day Mon 18 May 2026 -> exclusive end 19 May 00:00 Almaty.
    expect(addCalendarDays('2026-05-01T05:00:00Z', 15).dueAtLocal).toBe('2026-05-19T00:00:00.000+05:00');
  });

  it('given a count whose 15th day is in 2028, when it is computed, then it fails with calendar_year_not_published naming 2028', () => {
    // 20 Dec 2027 + 15 = 4 Jan 2028.
    expect(() => addCalendarDays('2027-12-20T10:00:00+05:00', 15)).toThrow(
      expect.objectContaining({ code: 'calendar_year_not_published', details: { year: 2028 } }),
    );
  });
});
