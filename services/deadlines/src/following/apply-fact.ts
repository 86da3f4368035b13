import { CalendarError, type WorkingCalendar, type YearCalendar } from '@od/calendar';
import { CALENDAR_CATEGORY, REQUEST_CATEGORY, REQUEST_EVENT_TYPES, streamCategory, type CalendarYearPublished, type RequestEvent } from '@od/contracts';
import { calendarPublication, clocksOnRequestFact, recomputeOnCalendar, type DeadlineClock } from '@od/domain';
import type { EventStore, RecordedEvent } from '@od/event-store';
import type { PoolClient } from 'pg';
import { lockOpenClocks, lockRequestClocks, saveClock } from '../clocks/clock-table';
import { recordClockFacts } from '../recording/record-facts';
import { saveCalendarVersion, withYear } from './calendar-versions';

export interface FoldContext {
  readonly store: EventStore;
  readonly warningWorkingDays: number;
  /** The calendar in force; a CalendarYearPublished replaces it. */
  calendar: WorkingCalendar;
  readonly log: { warn(message: string): void };
}

const requestTypes = new Set<string>(REQUEST_EVENT_TYPES);

/**
 * One fact of the events stream: request facts start and stop clocks, a calendar version recomputes the
 * running ones. The clock facts are appended before the transaction (clocks and checkpoint) commits; if it
 * never commits, the fact comes again, derives the same facts with the same ids, and the store returns them.
 */
export async function applyFact(client: PoolClient, event: RecordedEvent, context: FoldContext): Promise<void> {
  const category = streamCategory(event.streamId);
  if (category === REQUEST_CATEGORY && requestTypes.has(event.type)) {
    const fact = { ...(event as unknown as RequestEvent), eventId: event.metadata.eventId };
    const clocks = await lockRequestClocks(client, fact.data.requestId);
    let changes: { facts: readonly import('@od/domain').ClockFactToRecord[]; clocks: readonly DeadlineClock[] };
    try {
      changes = clocksOnRequestFact(clocks, fact, { calendar: context.calendar, warningWorkingDays: context.warningWorkingDays });
    } catch (error) {
      // A due instant in a year with no published calendar: nothing is guessed; the clock waits for none.
      if (!(error instanceof CalendarError)) throw error;
      context.log.warn(`no clock for ${event.type} ${event.metadata.eventId}: ${error.message}`);
      return;
    }
    await recordClockFacts(context.store, fact.data.requestId, changes.facts, { correlationId: event.metadata.correlationId, causationId: event.metadata.eventId });
    for (const clock of changes.clocks) await saveClock(client, clock);
    return;
  }
  if (category === CALENDAR_CATEGORY && event.type === 'CalendarYearPublished') {
    const published = event as unknown as CalendarYearPublished;
    const year = published.data.calendar as YearCalendar;
    let calendar: WorkingCalendar;
    try {
      calendar = withYear(context.calendar, year);
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      context.log.warn(`calendar ${published.data.version} not applied: ${error.message}`);
      return;
    }
    if (calendar === context.calendar) return;
    await saveCalendarVersion(client, year);
    const result = recomputeOnCalendar(await lockOpenClocks(client), calendarPublication(published, event.metadata.occurredAt), {
      calendar,
      warningWorkingDays: context.warningWorkingDays,
    });
    const byId = new Map(result.clocks.map((clock) => [clock.clockId, clock]));
    for (const fact of result.facts) {
      const clock = byId.get(fact.event.data.clockId) as DeadlineClock;
      await recordClockFacts(context.store, clock.requestId, [fact], { correlationId: event.metadata.correlationId, causationId: event.metadata.eventId });
    }
    for (const clock of result.clocks) await saveClock(client, clock);
    context.calendar = calendar;
  }
}
