// What the passing of time does to a clock: a warning once its warning instant has come (once per due
// instant), a breach once its due instant has passed unmet (once per clock). Pure: `now` is an input.
import { breachFact, clockEventId, clockFact, isRunning, RULE_COUNTS, type ClockFactToRecord, type DeadlineClock } from './deadline-clock';

export function scheduledFacts(clock: DeadlineClock, now: Date): { facts: ClockFactToRecord[]; clock: DeadlineClock } {
  if (!isRunning(clock) || clock.breached) return { facts: [], clock };
  const at = now.getTime();
  if (at >= Date.parse(clock.dueAt)) {
    // R3 and R6 are owed only if the holder returns/refuses: their passing is not a breach by itself.
    if (!RULE_COUNTS[clock.rule].breachesWhenUnmet) return { facts: [], clock };
    return { facts: [breachFact(clock, false)], clock: { ...clock, breached: true } };
  }
  if (at >= Date.parse(clock.warnAt) && clock.warnedDueAt !== clock.dueAt) {
    const warnedAt = now.toISOString();
    const fact: ClockFactToRecord = {
      eventId: clockEventId(clock.clockId, `warned/${clock.dueAt}`),
      holderId: clock.holderId,
      occurredAt: warnedAt,
      event: { type: 'DeadlineWarningIssued', schemaVersion: 1, data: { ...clockFact(clock), warnedAt } },
    };
    return { facts: [fact], clock: { ...clock, warnedDueAt: clock.dueAt } };
  }
  return { facts: [], clock };
}

/** Whether the scheduler has anything to do for this clock at `now` (what its query selects). */
export function needsAttention(clock: DeadlineClock, now: Date): boolean {
  return scheduledFacts(clock, now).facts.length > 0;
}
