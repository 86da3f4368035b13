import { CalendarError } from '@od/calendar';
import type { EventMetadata } from '@od/contracts';
import {
  breachesWhenUnmet,
  decide,
  evolve,
  initialClockState,
  type Clock,
  type ClockInput,
  type ClockOptions,
  type ClockState,
  type ClockTable,
} from '@od/domain';
import type { ImportedEvent } from '@od/event-store';
import type { RecordedFacts } from './subject-facts';
import type { SeededRandom } from './seeded-random';

/** How long the deadlines service takes to fold a fact after it is recorded (it follows the bus), and how often its scheduler ticks. */
const FOLLOW_LAG_MS = { min: 150, max: 2_500 } as const;
const SCHEDULER_DELAY_MS = { min: 1_000, max: 30_000 } as const;

/**
 * One subject's clocks as `services/deadlines` keeps them, on the generated timeline: the same engine and
 * table (`@od/domain` clocks), fed the subject's facts as the service folds them (a moment after each is
 * recorded) and the passing of time as its scheduler sees it (a tick a few seconds after a warning or due
 * instant). The clock facts get the metadata `recordClockFacts` gives them (actor `system/deadlines`, the
 * fact's id as command id, caused by the subject's fact or, for the scheduler, by the clock), `occurredAt` as
 * the engine says (a breach: its due instant) and `recordedAt` when the service would have appended them.
 * A count that needs a calendar year nobody published starts no clock, as in the service.
 */
export class ClockSimulation<F, M> {
  private state: ClockState<M>;
  private readonly done = new Set<string>();

  constructor(
    private readonly table: ClockTable<F, M>,
    private readonly options: ClockOptions,
    private readonly out: RecordedFacts,
    private readonly random: SeededRandom,
  ) {
    this.state = initialClockState(table as unknown as ClockTable<unknown, M>);
  }

  /** The service folds `fact` (recorded as `recorded`) a moment later; time passes until then. */
  fact(fact: F, recorded: ImportedEvent): void {
    const seenAt = Date.parse(recorded.recordedAt) + this.random.int(FOLLOW_LAG_MS.min, FOLLOW_LAG_MS.max);
    this.timeUntil(seenAt);
    this.apply({ type: 'Fact', fact }, seenAt, () => ({ correlationId: recorded.metadata.correlationId, causationId: recorded.metadata.eventId }));
  }

  /** The scheduler's ticks, up to (not including) `limit`: each warning and breach once its instant has come. */
  timeUntil(limit: number): void {
    for (;;) {
      const next = this.nextTrigger();
      if (!next) return;
      const tickAt = next.at + this.random.int(SCHEDULER_DELAY_MS.min, SCHEDULER_DELAY_MS.max);
      if (tickAt >= limit) return;
      const outputs = this.apply({ type: 'TimePassed', now: new Date(tickAt) }, tickAt, (clock) => ({
        correlationId: clock.clockId,
        causationId: clock.originEventId ?? clock.clockId,
      }));
      if (outputs === 0) this.done.add(next.key);
    }
  }

  private nextTrigger(): { at: number; key: string } | undefined {
    let next: { at: number; key: string } | undefined;
    const table = this.table as unknown as ClockTable<never, unknown>;
    for (const clock of this.state.clocks) {
      if (clock.stop !== undefined || clock.breached) continue;
      const due = Date.parse(clock.dueAt);
      const warnKey = `${clock.clockId}/warn/${clock.dueAt}`;
      const breachKey = `${clock.clockId}/breach/${clock.dueAt}`;
      let candidate: { at: number; key: string } | undefined;
      if (clock.warnedDueAt !== clock.dueAt && Date.parse(clock.warnAt) < due && !this.done.has(warnKey))
        candidate = { at: Date.parse(clock.warnAt), key: warnKey };
      else if (breachesWhenUnmet(table, clock) && !this.done.has(breachKey)) candidate = { at: due, key: breachKey };
      if (candidate && (!next || candidate.at < next.at)) next = candidate;
    }
    return next;
  }

  private apply(input: ClockInput<F>, at: number, cause: (clock: Clock) => { correlationId: string; causationId: string }): number {
    let outputs;
    try {
      outputs = decide(this.table, input, this.state, this.options);
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      return 0;
    }
    for (const output of outputs) {
      const metadata: EventMetadata = {
        eventId: output.eventId,
        commandId: output.eventId,
        ...cause(output.clock),
        actor: { kind: 'system', id: 'deadlines' },
        holderId: output.holderId,
        occurredAt: output.occurredAt,
      };
      this.out.record(output.streamId, output.event, metadata, at);
    }
    this.state = evolve(this.table, this.state, input, outputs);
    return outputs.length;
  }
}
