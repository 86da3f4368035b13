// "Within N working days from X": the end of the N-th working day after the day of X (DESIGN §2).
import { deadlineAtEndOf, type Deadline } from './deadline';
import { walkFrom } from './day-walker';
import type { LocalDate } from './local-date';
import { kzCalendar, type WorkingCalendar } from './working-calendar';

export function addWorkingDays(start: Date | string, days: number, calendar: WorkingCalendar = kzCalendar): Deadline {
  const walk = walkFrom(start, days, calendar);
  const counted: LocalDate[] = [];
  while (counted.length < days) {
    const day = walk.next();
    if (day.working) counted.push(day.date);
  }
  return deadlineAtEndOf(counted[counted.length - 1] as LocalDate, walk.start, {
    rule: 'working-days',
    startLocalDate: walk.startLocalDate,
    days,
    calendarVersions: walk.versions(),
    countedDays: counted,
  });
}
