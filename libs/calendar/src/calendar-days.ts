// "Within N calendar days from X": the end of the N-th calendar day after the day of X, moved to the end of
// the next working day when that day is not a working day (DESIGN §2).
import { deadlineAtEndOf, type Deadline } from './deadline';
import { walkFrom } from './day-walker';
import type { LocalDate } from './local-date';
import { kzCalendar, type WorkingCalendar } from './working-calendar';
import type { DayKind } from './year-calendar';

export function addCalendarDays(start: Date | string, days: number, calendar: WorkingCalendar = kzCalendar): Deadline {
  const walk = walkFrom(start, days, calendar);
  const counted: LocalDate[] = [];
  let day: DayKind = walk.next();
  counted.push(day.date);
  while (counted.length < days) {
    day = walk.next();
    counted.push(day.date);
  }
  const nthDay = day.date;
  while (!day.working) day = walk.next();
  const explanation = {
    rule: 'calendar-days' as const,
    startLocalDate: walk.startLocalDate,
    days,
    calendarVersions: walk.versions(),
    countedDays: counted,
  };
  return deadlineAtEndOf(day.date, walk.start, day.date === nthDay ? explanation : { ...explanation, movedFrom: nthDay });
}
