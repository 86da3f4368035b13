// C3 announcement clocks of a survey, as pure derivation: the survey's facts and a working-day calendar in,
// the clocks with their due instants and explanations out. No clock of its own: `now` is an argument
// where a status is asked for. `services/deadlines` can run them as it runs R2–R6 (see README.md here).
import { addCalendarDays, addWorkingDays, KZ_ZONE, kzCalendar, type Deadline, type WorkingCalendar } from '@od/calendar';
import type { SurveyEvent } from '@od/contracts';
import { DateTime } from 'luxon';
import { surveyClockId } from '../clocks/clock-ids';

/** C3: the first announcement within 1 working day of the launch. */
export const C3_LAUNCH_ANNOUNCEMENT_WORKING_DAYS = 1;
/** C3: a survey longer than one month is announced again at least every two weeks (14 calendar days). */
export const C3_REPEAT_CALENDAR_DAYS = 14;

/** A survey fact with the id the store gave it (the id that meets a clock is recorded with it). */
export type SurveyFact = SurveyEvent & { readonly eventId?: string };

export interface SurveyClockExplanation {
  /** What is owed and why, in English (the rule id is for kk/ru rendering). */
  readonly text: string;
  readonly count: { readonly kind: 'working-days' | 'calendar-days'; readonly days: number; readonly from: string; readonly fromWhat: string };
  readonly countedDays: readonly string[];
  readonly movedFrom?: string;
  readonly calendarVersions: readonly string[];
}

export interface SurveyClock {
  readonly clockId: string;
  readonly surveyId: string;
  readonly holderId: string;
  readonly rule: 'C3';
  /** 1: the announcement of the launch; 2, 3, …: the repeats of a survey longer than a month. */
  readonly sequence: number;
  readonly kind: 'launch-announcement' | 'repeat-announcement';
  /** When the obligation became known (the approval, or the announcement the repeat counts from). */
  readonly startedAt: string;
  /** Exclusive (the calendar's convention): on time strictly before it. */
  readonly dueAt: string;
  /** The last Almaty day on which the announcement may be posted. */
  readonly dueDate: string;
  readonly explanation: SurveyClockExplanation;
  /** The announcement that met the clock, if any. */
  readonly met?: { readonly at: string; readonly late: boolean; readonly byEventId?: string };
  /** Closed before it was met (a closed survey owes no more announcements). */
  readonly cancelledAt?: string;
}

export type SurveyClockStatus = 'running' | 'met' | 'met_late' | 'breached' | 'cancelled';

/** A survey runs longer than one month when it closes after the same day of the next month (Almaty). */
export function runsLongerThanAMonth(opensAt: string, closesAt: string): boolean {
  return DateTime.fromISO(closesAt, { zone: KZ_ZONE }) > DateTime.fromISO(opensAt, { zone: KZ_ZONE }).plus({ months: 1 });
}

function explained(deadline: Deadline, text: string, fromWhat: string): SurveyClockExplanation {
  const { rule, start, days, countedDays, movedFrom, calendarVersions } = deadline.explanation;
  return { text, count: { kind: rule, days, from: start, fromWhat }, countedDays, ...(movedFrom ? { movedFrom } : {}), calendarVersions };
}

const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/**
 * C3: every announcement clock of one survey, from its facts in stream order.
 *
 * - Clock 1 starts with the approval (the survey is published) and is due at the end of the first working
 *   day after the launch day (`addWorkingDays(opensAt, 1)`). Any announcement after the approval meets it —
 *   one posted before the launch too.
 * - Only for a survey longer than a month: clock k+1 starts when clock k is met and is due 14 calendar days
 *   after that announcement (`addCalendarDays`, moved to the next working day when it falls on a day off),
 *   counted from the launch if the announcement came before it. It exists only if it falls due before the
 *   survey closes. If clock k is never met there is no clock k+1: clock k's breach is the fact to chase,
 *   and the chain resumes from the late announcement.
 * - Announcement k meets clock k (late when at or after its due instant). A closure cancels running clocks.
 */
export function deriveSurveyClocks(facts: readonly SurveyFact[], calendar: WorkingCalendar = kzCalendar): SurveyClock[] {
  let surveyId: string | undefined;
  let holderId: string | undefined;
  let opensAt: string | undefined;
  let closesAt: string | undefined;
  let approvedAt: string | undefined;
  let closedAt: string | undefined;
  const announcements: { at: string; eventId?: string }[] = [];
  for (const fact of facts) {
    switch (fact.type) {
      case 'SurveyDrafted':
        ({ surveyId, holderId, opensAt, closesAt } = fact.data);
        break;
      case 'SurveySubmitted':
        ({ opensAt, closesAt } = fact.data);
        break;
      case 'SurveyApproved':
        ({ approvedAt, opensAt, closesAt } = fact.data);
        surveyId ??= fact.data.surveyId;
        holderId ??= fact.data.holderId;
        break;
      case 'SurveyAnnounced':
        if (approvedAt !== undefined) announcements.push({ at: fact.data.announcedAt, eventId: fact.eventId });
        break;
      case 'SurveyClosed':
        closedAt = fact.data.closedAt;
        break;
      case 'SurveyReturned':
        break;
      default: {
        const unknownFact: never = fact;
        return unknownFact;
      }
    }
  }
  if (!approvedAt || !surveyId || !holderId || !opensAt || !closesAt) return [];

  const clocks: SurveyClock[] = [];
  const first = addWorkingDays(opensAt, C3_LAUNCH_ANNOUNCEMENT_WORKING_DAYS, calendar);
  let next: { startedAt: string; deadline: Deadline; explanation: SurveyClockExplanation } | undefined = {
    startedAt: approvedAt,
    deadline: first,
    explanation: explained(
      first,
      `C3: announce the survey on the agency’s own site, with a link to the Portal, within ${C3_LAUNCH_ANNOUNCEMENT_WORKING_DAYS} working day of its launch`,
      'the launch',
    ),
  };
  const repeats = runsLongerThanAMonth(opensAt, closesAt);
  for (let sequence = 1; next !== undefined; sequence += 1) {
    const announcement = announcements[sequence - 1];
    const met: SurveyClock['met'] = announcement
      ? {
          at: announcement.at,
          late: Date.parse(announcement.at) >= Date.parse(next.deadline.dueAt),
          ...(announcement.eventId ? { byEventId: announcement.eventId } : {}),
        }
      : undefined;
    const cancelled = !met && closedAt !== undefined;
    clocks.push({
      clockId: surveyClockId(surveyId, sequence),
      surveyId,
      holderId,
      rule: 'C3',
      sequence,
      kind: sequence === 1 ? 'launch-announcement' : 'repeat-announcement',
      startedAt: next.startedAt,
      dueAt: next.deadline.dueAt,
      dueDate: next.deadline.dueDate,
      explanation: next.explanation,
      ...(met ? { met } : {}),
      ...(cancelled ? { cancelledAt: closedAt } : {}),
    });
    next = undefined;
    if (repeats && met) {
      const from = later(met.at, opensAt);
      const deadline = addCalendarDays(from, C3_REPEAT_CALENDAR_DAYS, calendar);
      if (Date.parse(deadline.dueAt) < Date.parse(closesAt)) {
        next = {
          startedAt: met.at,
          deadline,
          explanation: explained(
            deadline,
            `C3: the survey runs longer than one month, so it is announced again at least every two weeks: within ${C3_REPEAT_CALENDAR_DAYS} calendar days of the previous announcement`,
            from === met.at ? 'the previous announcement' : 'the launch (the previous announcement came before it)',
          ),
        };
      }
    }
  }
  return clocks;
}

/** Where a clock stands at `now`: met (on time or late), cancelled, breached (due passed unmet) or running. */
export function surveyClockStatus(clock: SurveyClock, now: Date): SurveyClockStatus {
  if (clock.met) return clock.met.late ? 'met_late' : 'met';
  if (clock.cancelledAt) return 'cancelled';
  return now.getTime() >= Date.parse(clock.dueAt) ? 'breached' : 'running';
}
