// The shape of a computed deadline, and the end-of-day convention shared by both rules.
import type { DateTime } from 'luxon';
import { endOfLocalDay, KZ_ZONE, type LocalDate } from './local-date';

export interface DeadlineExplanation {
  readonly rule: 'working-days' | 'calendar-days';
  /** The start instant, UTC ISO. */
  readonly start: string;
  /** The Almaty date of the start; it never counts itself. */
  readonly startLocalDate: LocalDate;
  readonly days: number;
  /** The year versions consulted, e.g. ['2025.1', '2026.1']. */
  readonly calendarVersions: readonly string[];
  /** The local dates counted, in order: the working days, or the calendar days. */
  readonly countedDays: readonly LocalDate[];
  /** A calendar-day deadline that fell on a day off: the date it fell on. */
  readonly movedFrom?: LocalDate;
}

export interface Deadline {
  /**
   * Exclusive: the first instant of the Almaty day after the last day (UTC ISO). An act is on time when it
   * happens strictly before dueAt.
   */
  readonly dueAt: string;
  /** The same instant in Asia/Almaty, e.g. '2026-03-13T00:00:00.000+05:00'. */
  readonly dueAtLocal: string;
  /** The last day on which the act may happen (Almaty): what to show as "due by the end of". */
  readonly dueDate: LocalDate;
  readonly explanation: DeadlineExplanation;
}

export function deadlineAtEndOf(lastDay: LocalDate, start: DateTime, explanation: Omit<DeadlineExplanation, 'start'>): Deadline {
  const due = endOfLocalDay(lastDay);
  return {
    dueAt: due.toUTC().toISO() as string,
    dueAtLocal: due.setZone(KZ_ZONE).toISO() as string,
    dueDate: lastDay,
    explanation: { ...explanation, start: start.toUTC().toISO() as string },
  };
}
