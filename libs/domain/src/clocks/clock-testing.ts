// Given/when/then for clock tables: given these subject facts, when time passes or a calendar is amended,
// then these clock facts. Used by the unit specs only.
import type { ClockEvent } from '@od/contracts';
import type { Clock, ClockOptions } from './clock';
import { decide, initialClockState, step, type ClockInput, type ClockOutput, type ClockState } from './clock-engine';
import type { ClockTable } from './clock-table';

export function givenClocks<F, M>(table: ClockTable<F, M>, options: ClockOptions, ...facts: F[]) {
  let state: ClockState<M> = initialClockState(table as ClockTable<unknown, M>);
  const recorded: ClockOutput[] = [];
  for (const fact of facts) {
    const next = step(table, { type: 'Fact', fact }, state, options);
    state = next.state;
    recorded.push(...next.outputs);
  }
  return {
    state,
    recorded,
    clocks: state.clocks,
    /** The events of one type, in the order recorded. */
    ofType: <T extends ClockEvent['type']>(type: T) =>
      recorded.filter((each) => each.event.type === type).map((each) => each.event as Extract<ClockEvent, { type: T }>),
    clock: (rule: string, holderId?: string) =>
      state.clocks.find((clock) => clock.rule === rule && (holderId === undefined || clock.subject.holderId === holderId)) as Clock,
    /** When this input comes: the facts it gives. */
    when: (input: ClockInput<F>, opts: ClockOptions = options) => decide(table, input, state, opts),
  };
}

/** When time passes for one clock: its facts, and the clock as they leave it. */
export function timePasses<F, M>(table: ClockTable<F, M>, clock: Clock, now: Date, options: ClockOptions): { facts: ClockOutput[]; clock: Clock } {
  const facts = decide(table, { type: 'TimePassed', now }, { memory: table.memory.initial, clocks: [clock] }, options);
  return { facts, clock: facts.at(-1)?.clock ?? clock };
}
