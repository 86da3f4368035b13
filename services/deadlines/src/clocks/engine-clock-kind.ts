import { CalendarError } from '@od/calendar';
import type { RecordedEvent } from '@od/event-store';
import {
  breachesWhenUnmet,
  decide,
  evolve,
  isRunning,
  stoppedByHistory,
  type Clock,
  type ClockInput,
  type ClockOutput,
  type ClockState,
  type ClockTable,
} from '@od/domain';
import type { PoolClient } from 'pg';
import { recordClockFacts } from '../recording/record-facts';
import type { ClockKind, FoldContext } from './clock-kind';
import { lockOpenClocks, lockSubjectClocks, lockTrack, saveClock, saveTrack, type ClockRow } from './clock-table';
import { upcastStoredClock } from './stored-clock';

/** What the service must know of a kind besides its table: which facts it reads, and where. */
export interface ClockKindSource<F> {
  readonly categories: readonly string[];
  /** A recorded fact of the kind's categories as the table reads it, or `undefined` for one it ignores. */
  toFact(event: RecordedEvent): F | undefined;
  /** The subject a fact is about: its clocks and memory are kept under it. */
  subjectOf(fact: F): string;
  /** The stream of the subject's own facts (what the breach guard reads). */
  sourceStream(clock: Clock): string;
}

/**
 * The one adapter: every kind of clock is the engine (`@od/domain` clocks) over the kind's table. The fold
 * locks the subject's clocks and memory, decides, appends the facts (deterministic ids, one by one), saves.
 */
export function engineClockKind<F, M>(table: ClockTable<F, M>, source: ClockKindSource<F>): ClockKind {
  const kind = table.kind;
  const read = (stored: unknown) => upcastStoredClock(kind, stored);
  const options = (context: Pick<FoldContext, 'calendar' | 'warningWorkingDays'>) => ({
    calendar: context.calendar,
    warningWorkingDays: context.warningWorkingDays,
  });
  const row = (clock: Clock): ClockRow => ({
    clockId: clock.clockId,
    kind,
    subjectId: clock.subject.id,
    holderId: clock.subject.holderId,
    rule: clock.rule,
    running: isRunning(clock),
    breached: clock.breached,
    breachesWhenUnmet: breachesWhenUnmet(table as unknown as ClockTable<never, unknown>, clock),
    dueAt: clock.dueAt,
    warnAt: clock.warnAt,
    warnedDueAt: clock.warnedDueAt,
    clock,
  });

  async function apply(
    client: PoolClient,
    subjectId: string,
    input: ClockInput<F>,
    context: FoldContext,
    cause: { correlationId: string; causationId: string },
  ): Promise<void> {
    const stored = await lockTrack<M>(client, kind, subjectId);
    const state: ClockState<M> = { memory: stored ?? table.memory.initial, clocks: (await lockSubjectClocks<unknown>(client, kind, subjectId)).map(read) };
    let outputs: ClockOutput[];
    try {
      outputs = decide(table, input, state, options(context));
    } catch (error) {
      // A due instant in a year with no published calendar: nothing is guessed; the clock waits for none.
      if (!(error instanceof CalendarError)) throw error;
      context.log.warn(`no ${kind} clock for ${subjectId} (${input.type}): ${error.message}`);
      return;
    }
    await recordClockFacts(context.store, outputs, cause);
    const next = evolve(table, state, input, outputs);
    for (const clock of new Map(outputs.map((each) => [each.clock.clockId, each.clock])).values()) await saveClock(client, row(clock));
    if (JSON.stringify(next.memory) !== JSON.stringify(state.memory)) await saveTrack(client, kind, subjectId, next.memory);
  }

  return {
    kind,
    categories: source.categories,

    async onFact(client, event, context) {
      const fact = source.toFact(event);
      if (fact === undefined) return;
      await apply(client, source.subjectOf(fact), { type: 'Fact', fact }, context, {
        correlationId: event.metadata.correlationId,
        causationId: event.metadata.eventId,
      });
    },

    async onCalendar(client, amendment, context) {
      const { event, ...input } = amendment;
      const subjects = new Set((await lockOpenClocks<unknown>(client, kind)).map((stored) => read(stored).subject.id));
      for (const subjectId of subjects)
        await apply(client, subjectId, input, context, { correlationId: event.metadata.correlationId, causationId: event.metadata.eventId });
    },

    scheduled(stored, now) {
      const clock = read(stored);
      // Warnings count no working days at this step (the warning instant is kept with the clock), so no calendar is needed.
      const facts = decide(
        table,
        { type: 'TimePassed', now },
        { memory: table.memory.initial, clocks: [clock] },
        { calendar: undefined as never, warningWorkingDays: 1 },
      );
      const after = facts.at(-1)?.clock ?? clock;
      return { facts, row: row(after), breach: after.breached && !clock.breached };
    },

    async stoppedInStore(store, stored, calendar) {
      const clock = read(stored);
      const history = (await store.readStream(source.sourceStream(clock))).map(source.toFact).filter((fact): fact is F => fact !== undefined);
      return stoppedByHistory(table, clock, history, { calendar, warningWorkingDays: 1 });
    },

    cause(stored) {
      const clock = read(stored);
      return { correlationId: clock.clockId, causationId: clock.originEventId ?? clock.clockId };
    },
  };
}
