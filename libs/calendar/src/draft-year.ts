// How a year's data is first drafted from the rules (DESIGN §3): the holidays, and each holiday that falls
// on Saturday or Sunday moving its day off to the next working day. Decree transfers are added by hand.
import { HOLIDAYS, type HolidayId } from './holidays';
import { addDays, isWeekend, type LocalDate } from './local-date';
import { LAW_ON_HOLIDAYS, RELIGIOUS_DAYS_OFF, WEEKEND_MOVE, type Source } from './sources';
import type { HolidayEntry, MovedDayOffEntry } from './year-calendar';

export interface DraftedYear {
  readonly holidays: readonly HolidayEntry[];
  readonly movedDaysOff: readonly MovedDayOffEntry[];
}

export function draftYearFromRules(year: number, kurbanAit: LocalDate, kurbanAitSource: Source): DraftedYear {
  const holidays: HolidayEntry[] = Object.values(HOLIDAYS)
    .flatMap((holiday) =>
      holiday.fixedDates.map((monthDay) => ({
        date: `${year}-${monthDay}`,
        holiday: holiday.id,
        source: holiday.movesOffWeekend ? LAW_ON_HOLIDAYS : RELIGIOUS_DAYS_OFF,
      })),
    )
    .concat([{ date: kurbanAit, holiday: 'kurban-ait' as HolidayId, source: kurbanAitSource }])
    .sort((a, b) => a.date.localeCompare(b.date));

  const holidayDates = new Set(holidays.map((entry) => entry.date));
  const taken = new Set<LocalDate>();
  const movedDaysOff: MovedDayOffEntry[] = [];
  for (const entry of holidays) {
    if (!HOLIDAYS[entry.holiday].movesOffWeekend || !isWeekend(entry.date)) continue;
    let target = addDays(entry.date, 1);
    while (isWeekend(target) || holidayDates.has(target) || taken.has(target)) target = addDays(target, 1);
    taken.add(target);
    movedDaysOff.push({ date: target, from: entry.date, holiday: entry.holiday, source: WEEKEND_MOVE });
  }
  return { holidays, movedDaysOff };
}
