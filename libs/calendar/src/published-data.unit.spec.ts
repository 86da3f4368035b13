// Checks the data files against hand-written lists and against the drafting rules (DESIGN §3).
import { kz2025v1, kz2026v1, kz2027v1 } from './data';
import { draftYearFromRules } from './draft-year';
import { addDays, isWeekend } from './local-date';
import { RULES_ONLY_DRAFT } from './sources';
import { classifyDay, type YearCalendar } from './year-calendar';

function everyDay(calendar: YearCalendar): string[] {
  const days: string[] = [];
  for (let day = `${calendar.year}-01-01`; day.startsWith(String(calendar.year)); day = addDays(day, 1)) days.push(day);
  return days;
}

const weekdaysOff = (calendar: YearCalendar) => everyDay(calendar).filter((day) => !isWeekend(day) && !classifyDay(calendar, day).working);
const weekendsWorked = (calendar: YearCalendar) => everyDay(calendar).filter((day) => isWeekend(day) && classifyDay(calendar, day).working);

describe('published years', () => {
  it.each([
    {
      calendar: kz2025v1,
      // Wed 1, Thu 2 Jan; Fri 3 Jan (order); Tue 7 Jan; Mon 10 Mar (for Sat 8); Fri 21, Mon 24, Tue 25 Mar (for Sat 22, Sun 23);
      // Thu 1, Wed 7, Fri 9 May; Fri 6 Jun Kurban Ait; Mon 7 Jul (for Sun 6); Mon 1 Sep (for Sat 30 Aug);
      // Mon 27 Oct (for Sat 25); Tue 16 Dec.
      weekdaysOff: [
        '2025-01-01',
        '2025-01-02',
        '2025-01-03',
        '2025-01-07',
        '2025-03-10',
        '2025-03-21',
        '2025-03-24',
        '2025-03-25',
        '2025-05-01',
        '2025-05-07',
        '2025-05-09',
        '2025-06-06',
        '2025-07-07',
        '2025-09-01',
        '2025-10-27',
        '2025-12-16',
      ],
      weekendsWorked: ['2025-01-05'],
    },
    {
      calendar: kz2026v1,
      // The 15 weekday days off of the published 2026 calendar: Thu 1, Fri 2, Wed 7 Jan; Mon 9 Mar (for Sun 8);
      // Mon 23 Mar, Tue 24, Wed 25 (for Sat 21, Sun 22); Fri 1, Thu 7 May; Mon 11 May (for Sat 9); Wed 27 May Kurban Ait;
      // Mon 6 Jul; Mon 31 Aug (for Sun 30); Mon 26 Oct (for Sun 25); Wed 16 Dec.
      weekdaysOff: [
        '2026-01-01',
        '2026-01-02',
        '2026-01-07',
        '2026-03-09',
        '2026-03-23',
        '2026-03-24',
        '2026-03-25',
        '2026-05-01',
        '2026-05-07',
        '2026-05-11',
        '2026-05-27',
        '2026-07-06',
        '2026-08-31',
        '2026-10-26',
        '2026-12-16',
      ],
      weekendsWorked: [],
    },
    {
      calendar: kz2027v1,
      // Fri 1 Jan; Mon 4 Jan (for Sat 2); Thu 7 Jan; Mon 8 Mar; Mon 22, Tue 23 Mar; Wed 24 Mar (for Sun 21);
      // Mon 3 May (for Sat 1); Fri 7 May; Mon 10 May (for Sun 9); Kurban Ait Sun 16 May: nothing; Tue 6 Jul; Mon 30 Aug;
      // Mon 25 Oct; Thu 16 Dec.
      weekdaysOff: [
        '2027-01-01',
        '2027-01-04',
        '2027-01-07',
        '2027-03-08',
        '2027-03-22',
        '2027-03-23',
        '2027-03-24',
        '2027-05-03',
        '2027-05-07',
        '2027-05-10',
        '2027-07-06',
        '2027-08-30',
        '2027-10-25',
        '2027-12-16',
      ],
      weekendsWorked: [],
    },
  ])('given $calendar.version, when every day is classified, then the weekdays off and weekends worked are the hand-made lists', (c) => {
    expect(weekdaysOff(c.calendar)).toEqual(c.weekdaysOff);
    expect(weekendsWorked(c.calendar)).toEqual(c.weekendsWorked);
  });

  it.each([kz2025v1, kz2026v1, kz2027v1])(
    'given $version, when it is compared with a draft from the rules, then its holidays and moved days off agree',
    (calendar) => {
      const kurbanAit = calendar.holidays.find((entry) => entry.holiday === 'kurban-ait');
      const draft = draftYearFromRules(calendar.year, kurbanAit?.date ?? '', RULES_ONLY_DRAFT);
      const sorted = <T extends { date: string }>(entries: readonly T[]) => [...entries].sort((a, b) => a.date.localeCompare(b.date));

      expect(sorted(calendar.holidays).map(({ date, holiday }) => ({ date, holiday }))).toEqual(draft.holidays.map(({ date, holiday }) => ({ date, holiday })));
      expect(sorted(calendar.movedDaysOff).map(({ date, from, holiday }) => ({ date, from, holiday }))).toEqual(
        draft.movedDaysOff.map(({ date, from, holiday }) => ({ date, from, holiday })),
      );
    },
  );

  it.each([kz2025v1, kz2026v1, kz2027v1])('given $version, when its transfers are read, then each trades a weekend day for a weekday', (calendar) => {
    for (const transfer of calendar.transfers) {
      expect(isWeekend(transfer.workingDay)).toBe(true);
      expect(isWeekend(transfer.dayOff)).toBe(false);
      expect(transfer.source.citation).not.toBe('');
    }
  });

  it('given 2027, when its sources are read, then the unconfirmed Kurban Ait date and missing order are marked as such', () => {
    expect(kz2027v1.holidays.find((entry) => entry.holiday === 'kurban-ait')?.source.confirmed).toBe(false);
    expect(kz2027v1.notes).toContain('decree not yet confirmed');
  });
});
