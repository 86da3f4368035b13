import { CalendarError, type WorkingCalendar, type YearCalendar } from '@od/calendar';
import { CALENDAR_CATEGORY, streamCategory, type CalendarYearPublished } from '@od/contracts';
import { calendarAmended } from '@od/domain';
import type { RecordedEvent } from '@od/event-store';
import type { PoolClient } from 'pg';
import type { FoldContext } from '../clocks/clock-kind';
import { CLOCK_KINDS, clockKindFollowing } from '../clocks/clock-kinds';
import { saveCalendarVersion, withYear } from './calendar-versions';

export type { FoldContext } from '../clocks/clock-kind';

/**
 * One fact of the events stream: a request, conference, topic-application or survey fact starts and stops
 * its kind's clocks; a calendar version recomputes the running clocks of every kind. The clock facts are
 * appended before the transaction (clocks and checkpoint) commits; if it never commits, the fact comes again,
 * derives the same facts with the same ids, and the store returns them.
 */
export async function applyFact(client: PoolClient, event: RecordedEvent, context: FoldContext): Promise<void> {
  const category = streamCategory(event.streamId);
  const kind = clockKindFollowing(category);
  if (kind) {
    await kind.onFact(client, event, context);
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
    context.calendar = calendar;
    const amendment = { ...calendarAmended(published, event.metadata.occurredAt), event };
    for (const each of CLOCK_KINDS) await each.onCalendar(client, amendment, context);
  }
}
