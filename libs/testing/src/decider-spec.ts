/**
 * Given/when/then for deciders: given these past events, when this command, then these events or this
 * rejection.
 */
export interface Decider<Command, Event, State, Result> {
  decide(command: Command, state: State): Result;
  evolve(state: State, event: Event): State;
  initialState: State;
}

/** What a refusal pins: its stable code and the rule of DESIGN.md behind it (none: `undefined`), and its field where one is named. */
interface PinnedRejection {
  readonly code: string;
  readonly rule: string | undefined;
  readonly field?: string;
}

function rejectionOf(result: unknown): PinnedRejection & { readonly message?: unknown } {
  const decision = result as { ok?: unknown; rejection?: PinnedRejection & { message?: unknown } };
  if (decision?.ok !== false || typeof decision.rejection !== 'object') throw new Error(`expected a rejection, got ${JSON.stringify(result)}`);
  return decision.rejection;
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
            /**
             * Then the command is refused with this code and rule (`undefined` when no rule is the reason),
             * and with this field when given: what clients and the gateway's status mapping rely on. The
             * wording is free to change; it must only be there.
             */
            thenRejects(code: string, rule: string | undefined, { field }: { readonly field?: string } = {}) {
              const rejection = rejectionOf(result);
              expect({ code: rejection.code, rule: rejection.rule, ...(field !== undefined ? { field: rejection.field } : {}) }).toEqual({
                code,
                rule,
                ...(field !== undefined ? { field } : {}),
              });
              expect(rejection.message).toEqual(expect.stringMatching(/\S/));
            },
          };
        },
      };
    },
  };
}
