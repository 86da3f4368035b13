// When a conference may start, end and be announced (C1, C3, C4) and when a topic application is decided (C5),
// counted on the working-day calendar. Pure: every instant and the calendar are inputs.
import { addWorkingDays, isWorkingDay, KZ_ZONE, type Deadline, type WorkingCalendar } from '@od/calendar';
import type { ConferenceDeadlineExplanation } from '@od/contracts';
import { DateTime } from 'luxon';

export const CONFERENCE_TERMS = {
  /** C1: the template reaches the operator at least this many working days before the start. */
  templateWorkingDaysBeforeStart: 3,
  /** C3: the agency announces the conference at least this many working days before it starts. */
  announcementWorkingDaysBeforeStart: 1,
  /** C4: a conference lasts at least this many working days (counted as 24-hour working days inside it). */
  minimumWorkingDays: 1,
  /** C5: the administrator decides a topic application within this many working days. */
  topicDecisionWorkingDays: 5,
} as const;

/**
 * C1: the earliest start a template reaching the operator at `submittedAt` allows: the end of the 3rd
 * working day after the day it reached the operator (`@od/calendar`'s exclusive end of day), i.e. three whole
 * working days lie between. A start at or after `dueAt` is allowed.
 */
export function earliestStartFor(submittedAt: string | Date, calendar: WorkingCalendar): Deadline {
  return addWorkingDays(submittedAt, CONFERENCE_TERMS.templateWorkingDaysBeforeStart, calendar);
}

/** "At least N working days before X", as an act's latest (exclusive) instant with its explanation. */
export interface LatestBefore {
  /** An act strictly before this instant (UTC ISO) is on time: the first instant of the day after `lastDay`. */
  readonly dueAt: string;
  /** The last Almaty day on which the act may happen. */
  readonly lastDay: string;
  readonly explanation: ConferenceDeadlineExplanation;
}

/**
 * The act (an announcement, C3) must happen on a day D such that `addWorkingDays(D, days)` ends no later
 * than `start`: N whole working days lie between the act's day and the start. Walks back from the start's
 * day to the latest such D.
 */
export function latestActBefore(start: string, days: number, calendar: WorkingCalendar): LatestBefore {
  const startMs = Date.parse(start);
  let day = DateTime.fromMillis(startMs, { zone: KZ_ZONE }).startOf('day');
  for (let guard = 0; guard < 400; guard += 1) {
    const check = addWorkingDays(day.toUTC().toISO() as string, days, calendar);
    if (Date.parse(check.dueAt) <= startMs) {
      const dueAt = day.plus({ days: 1 }).startOf('day').toUTC().toISO() as string;
      return {
        dueAt,
        lastDay: day.toISODate() as string,
        explanation: {
          rule: 'working-days-before',
          start: new Date(startMs).toISOString(),
          days,
          calendarVersions: check.explanation.calendarVersions,
          countedDays: check.explanation.countedDays,
        },
      };
    }
    day = day.minus({ days: 1 });
  }
  throw new Error(`no day ${days} working days before ${start} within 400 days`);
}

/** C3: the announcement is due before this instant. */
export function announcementDue(startsAt: string, calendar: WorkingCalendar): LatestBefore {
  return latestActBefore(startsAt, CONFERENCE_TERMS.announcementWorkingDaysBeforeStart, calendar);
}

/**
 * C4: the earliest end of a conference starting at `startsAt`. "Lasts at least one working day" is read as
 * 24 hours of working days inside [start, end): a conference from Monday 10:00 may end on Tuesday 10:00,
 * one from Friday 10:00 not before Monday 10:00 (the weekend does not count).
 */
export function earliestEndFor(startsAt: string, calendar: WorkingCalendar): string {
  let need = CONFERENCE_TERMS.minimumWorkingDays * 24 * 3_600_000;
  const start = DateTime.fromISO(startsAt, { zone: KZ_ZONE });
  let day = start.startOf('day');
  for (let guard = 0; guard < 400; guard += 1, day = day.plus({ days: 1 })) {
    if (!isWorkingDay(day.toISODate() as string, calendar)) continue;
    const from = Math.max(day.toMillis(), start.toMillis());
    const available = day.plus({ days: 1 }).startOf('day').toMillis() - from;
    if (need <= available) return new Date(from + need).toISOString();
    need -= available;
  }
  throw new Error(`no working day after ${startsAt} within 400 days`);
}

/** C5: the administrator's decision on a topic application is due before this instant. */
export function topicDecisionDue(submittedAt: string, calendar: WorkingCalendar): Deadline {
  return addWorkingDays(submittedAt, CONFERENCE_TERMS.topicDecisionWorkingDays, calendar);
}
