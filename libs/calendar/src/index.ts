// @od/calendar — Kazakhstan working days and the deadlines counted on them. Pure: time is always an input.
export { addWorkingDays } from './working-days';
export { addCalendarDays } from './calendar-days';
export { dayKind, isWorkingDay } from './day-kind';
export type { Deadline, DeadlineExplanation } from './deadline';
export { createWorkingCalendar, kzCalendar, registerYearVersion, withVersions, yearInForce, type WorkingCalendar } from './working-calendar';
export type { DayKind, HolidayEntry, MovedDayOffEntry, TransferEntry, YearCalendar } from './year-calendar';
export { HOLIDAYS, type Holiday, type HolidayId, type LocalizedText } from './holidays';
export type { Source } from './sources';
export { draftYearFromRules, type DraftedYear } from './draft-year';
export { CalendarError, type CalendarErrorCode } from './calendar-error';
export { KZ_ZONE, type LocalDate } from './local-date';
export { KZ_PUBLISHED_YEARS } from './data';
