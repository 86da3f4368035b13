import { REQUEST_CATEGORY, REQUEST_EVENT_TYPES, requestStream, type RequestEvent } from '@od/contracts';
import { requestClockTable, type RequestClockMemory, type RequestFact } from '@od/domain';
import { engineClockKind } from '../clocks/engine-clock-kind';

const requestTypes = new Set<string>(REQUEST_EVENT_TYPES);

/** R2–R6 (`requestClockTable`): a clock per rule and holder, facts in `deadline-<requestId>`. */
export const requestClocks = engineClockKind<RequestFact, RequestClockMemory>(requestClockTable, {
  categories: [REQUEST_CATEGORY],
  toFact: (event) => (requestTypes.has(event.type) ? { ...(event as unknown as RequestEvent), eventId: event.metadata.eventId } : undefined),
  subjectOf: (fact) => fact.data.requestId,
  sourceStream: (clock) => requestStream(clock.subject.id),
});
