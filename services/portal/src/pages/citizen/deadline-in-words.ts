import type { ClockView } from '@od/contracts';
import { almatyDate, almatyDay } from '../../i18n/dates';
import type { PortalLanguage } from '../../i18n/languages';
import type { Translate } from '../../i18n/translator';

/**
 * A clock's due date explained in words, in the reader's language, from what the API says of it: the last day,
 * how it was counted (the days, the start, the day off it moved from) and the calendar versions consulted —
 * "Due by the end of 12 March 2026: 15 calendar days from 25 February 2026, moved from 11 March 2026; calendar 2026.1".
 */
export function deadlineInWords(clock: ClockView, t: Translate, language: PortalLanguage): string {
  const explanation = clock.explanation;
  if (explanation?.rule === 'instant') return t('citizen.deadline.instant', { at: almatyDate(clock.dueAt, language, 'dateTime') });
  const due = t('citizen.deadline.due', { lastDay: almatyDay(clock.lastDay, language) });
  if (!explanation) return due;
  const start = almatyDate(explanation.start, language);
  const counted = [t(`citizen.deadline.counted.${explanation.rule}`, { days: explanation.days, start })];
  if (explanation.movedFrom) counted.push(t('citizen.deadline.movedFrom', { date: almatyDay(explanation.movedFrom, language) }));
  const calendar = explanation.calendarVersions.length
    ? `; ${t('citizen.deadline.calendar', { count: explanation.calendarVersions.length, versions: explanation.calendarVersions.join(', ') })}`
    : '';
  return `${due}: ${counted.join(', ')}${calendar}`;
}

/** The rules whose clocks run on a request, each named by what the holder owes; any other by its rule id. */
const REQUEST_CLOCK_TASKS = ['R2', 'R3', 'R4', 'R5', 'R6'];

export interface ClockLine {
  readonly task: string;
  readonly status: string;
  readonly tagClass: string;
  readonly words: string;
  readonly running: boolean;
}

const STATUS_TAGS: Record<string, string> = {
  running: 'govuk-tag--blue',
  met: 'govuk-tag--green',
  met_late: 'govuk-tag--orange',
  breached: 'govuk-tag--red',
  superseded: 'govuk-tag--grey',
};

/** A request's clock as the author reads it: what is owed, whether it was done in time, and its due date in words. */
export function clockLine(clock: ClockView, t: Translate, language: PortalLanguage): ClockLine {
  const task = REQUEST_CLOCK_TASKS.includes(clock.rule) ? t(`citizen.clock.task.${clock.rule}`) : t('citizen.clock.task.other', { rule: clock.rule });
  const status = clock.status === 'running' && clock.overdue ? t('citizen.clock.status.overdue') : t(`citizen.clock.status.${clock.status}`);
  const stopped = clock.stoppedAt && clock.status !== 'running' ? ` ${t('citizen.clock.stoppedOn', { date: almatyDate(clock.stoppedAt, language) })}` : '';
  return {
    task,
    status,
    tagClass: clock.status === 'running' && clock.overdue ? STATUS_TAGS.breached : (STATUS_TAGS[clock.status] ?? 'govuk-tag--grey'),
    words: `${deadlineInWords(clock, t, language)}.${stopped}`,
    running: clock.status === 'running',
  };
}
