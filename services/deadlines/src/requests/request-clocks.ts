import { CalendarError } from '@od/calendar';
import { deadlineStream, REQUEST_CATEGORY, REQUEST_EVENT_TYPES, requestStream, type RequestEvent } from '@od/contracts';
import {
  clocksOnRequestFact,
  recomputeOnCalendar,
  RULE_COUNTS,
  scheduledFacts,
  stopBy,
  type ClockFactToRecord,
  type DeadlineClock,
} from '@od/domain';
import type { EventStore } from '@od/event-store';
import type { ClockFactToAppend, ClockKind } from '../clocks/clock-kind';
import { clockRow, lockOpenClocks, lockSubjectClocks, saveClock } from '../clocks/clock-table';
import { recordClockFacts } from '../recording/record-facts';

const KIND = 'request';
const requestTypes = new Set<string>(REQUEST_EVENT_TYPES);

const toAppend = (facts: readonly ClockFactToRecord[]): ClockFactToAppend[] =>
  facts.map((fact) => ({ ...fact, streamId: deadlineStream(fact.event.data.requestId) }));

/** R2–R6 (libs/domain/src/deadlines): a clock per rule and holder, facts in `deadline-<requestId>`. */
export const requestClocks: ClockKind<DeadlineClock> = {
  kind: KIND,
  categories: [REQUEST_CATEGORY],

  async onFact(client, event, context) {
    if (!requestTypes.has(event.type)) return;
    const fact = { ...(event as unknown as RequestEvent), eventId: event.metadata.eventId };
    const clocks = await lockSubjectClocks<DeadlineClock>(client, KIND, fact.data.requestId);
    let changes: ReturnType<typeof clocksOnRequestFact>;
    try {
      changes = clocksOnRequestFact(clocks, fact, { calendar: context.calendar, warningWorkingDays: context.warningWorkingDays });
    } catch (error) {
      // A due instant in a year with no published calendar: nothing is guessed; the clock waits for none.
      if (!(error instanceof CalendarError)) throw error;
      context.log.warn(`no clock for ${event.type} ${event.metadata.eventId}: ${error.message}`);
      return;
    }
    await recordClockFacts(context.store, toAppend(changes.facts), { correlationId: event.metadata.correlationId, causationId: event.metadata.eventId });
    for (const clock of changes.clocks) await saveClock(client, requestClocks.row(clock));
  },

  async onCalendar(client, amendment, context) {
    const result = recomputeOnCalendar(
      await lockOpenClocks<DeadlineClock>(client, KIND),
      { year: amendment.year, version: amendment.version, at: amendment.at },
      { calendar: context.calendar, warningWorkingDays: context.warningWorkingDays },
    );
    const cause = { correlationId: amendment.event.metadata.correlationId, causationId: amendment.event.metadata.eventId };
    await recordClockFacts(context.store, toAppend(result.facts), cause);
    for (const clock of result.clocks) await saveClock(client, requestClocks.row(clock));
  },

  row: (clock) => clockRow(clock, { kind: KIND, subjectId: clock.requestId, running: clock.stop === undefined, breachesWhenUnmet: RULE_COUNTS[clock.rule].breachesWhenUnmet }),

  scheduled(clock, now) {
    const next = scheduledFacts(clock, now);
    return { facts: toAppend(next.facts), clock: next.clock };
  },

  async stoppedInStore(store: EventStore, clock) {
    const facts = await store.readStream(requestStream(clock.requestId));
    const origin = facts.findIndex((fact) => fact.metadata.eventId === clock.originEventId);
    return facts
      .slice(origin + 1)
      .some((fact) => stopBy(clock, { ...(fact as unknown as RequestEvent), eventId: fact.metadata.eventId }) !== undefined);
  },

  cause: (clock) => ({ correlationId: clock.clockId, causationId: clock.originEventId }),
};
