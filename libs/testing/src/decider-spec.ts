/**
 * Given/when/then for deciders: given these past events, when this command, then these events or this
 * rejection.
 */
export interface Decider<Command, Event, State, Result> {
  decide(command: Command, state: State): Result;
  evolve(state: State, event: Event): State;
  initialState: State;
}

export function deciderSpec<Command, Event, State, Result>(decider: Decider<Command, Event, State, Result>) {
  return {
    given(...events: Event[]) {
      const state = events.reduce(decider.evolve, decider.initialState);
      return {
        when(command: Command) {
          const result = decider.decide(command, state);
          return {
            then(expected: Result) {
              expect(result).toEqual(expected);
            },
          };
        },
      };
    },
  };
}
