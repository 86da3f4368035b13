// A new version of a year's calendar: every running clock is counted again; those whose due instant moved
// record DeadlineRecomputed with the old and new instants and why. Pure.
import type { CalendarYearPublished } from '@od/contracts';
import { isRunning, type ClockFactToRecord, type DeadlineClock, type DeadlineOptions } from './deadline-clock';
import { recountClock } from './derive-clocks';

export interface CalendarPublication {
  readonly year: number;
  readonly version: string;
  /** When the recomputation happened: the publication fact's time. */
  readonly at: string;
}

export function calendarPublication(fact: CalendarYearPublished, occurredAt: string): CalendarPublication {
  return { year: fact.data.year, version: fact.data.version, at: occurredAt };
}

/**
 * `options.calendar` must already hold the new version. A clock already breached is left as recorded (the
 * breach is a fact and stays); a stopped clock has nothing left to count.
 */
export function recomputeOnCalendar(
  clocks: readonly DeadlineClock[],
  publication: CalendarPublication,
  options: DeadlineOptions,
): { facts: ClockFactToRecord[]; clocks: DeadlineClock[] } {
  const facts: ClockFactToRecord[] = [];
  const changed: DeadlineClock[] = [];
  const reason = `calendar ${publication.year} version ${publication.version} published`;
  for (const clock of clocks) {
    if (!isRunning(clock) || clock.breached) continue;
    const moved = recountClock(clock, options, reason, `calendar/${publication.version}`, publication.at);
    if (!moved) continue;
    facts.push(moved.fact);
    changed.push(moved.clock);
  }
  return { facts, clocks: changed };
}
