// One engine for every clock (shaped like Emmett's Workflow): `decide(table, input, state, options)` turns an
// input message — a fact of the subject, a calendar amendment, the passing of time — into the clock facts to
// record; `evolve(state, output)` folds a recorded clock fact (or a subject fact into the kind's memory).
// Start, stop, recompute, warn, breach, each exactly once: every output has a deterministic id, and a clock
// already started, warned for its due instant, or breached produces nothing again. Pure.
import { clockStream, type CalendarYearPublished, type ClockEvent, type ClockExplanation } from '@od/contracts';
import {
  countClock,
  isRunning,
  workingDayWarning,
  warningBeforeDue,
  DEFAULT_WARNING_MS,
  type Clock,
  type ClockCount,
  type ClockOptions,
  type ClockStop,
} from './clock';
import type { ClockTable, DerivedClock } from './clock-table';

export type ClockInput<F> =
  | { readonly type: 'Fact'; readonly fact: F }
  /** `options.calendar` already holds the new version. */
  | { readonly type: 'CalendarAmended'; readonly reason: string; readonly key: string; readonly at: string }
  | { readonly type: 'TimePassed'; readonly now: Date };

/** A new version of a year's calendar, as the input that recounts every running clock. */
export function calendarAmended(fact: CalendarYearPublished, at: string): Extract<ClockInput<never>, { type: 'CalendarAmended' }> {
  return { type: 'CalendarAmended', reason: `calendar ${fact.data.year} version ${fact.data.version} published`, key: `calendar/${fact.data.version}`, at };
}

export interface ClockState<M> {
  readonly memory: M;
  readonly clocks: readonly Clock[];
}

/** A clock fact to record: its stream, deterministic id, holder (metadata) and instant. */
export interface ClockOutput {
  readonly streamId: string;
  readonly eventId: string;
  readonly holderId: string;
  readonly occurredAt: string;
  readonly event: ClockEvent;
  /** The clock as this fact leaves it (what `evolve` folds). */
  readonly clock: Clock;
}

export const initialClockState = <M>(table: ClockTable<unknown, M>): ClockState<M> => ({ memory: table.memory.initial, clocks: [] });

function clockPart(clock: Clock) {
  return {
    clockId: clock.clockId,
    rule: clock.rule,
    subject: clock.subject,
    ...(clock.questionId === undefined ? {} : { questionId: clock.questionId }),
    ...(clock.sequence === undefined ? {} : { sequence: clock.sequence }),
    ...(clock.legalBasis === undefined ? {} : { legalBasis: clock.legalBasis }),
    dueAt: clock.dueAt,
  };
}

function output(table: ClockTable<never, unknown>, before: Clock, after: Clock, what: string, occurredAt: string, event: ClockEvent): ClockOutput {
  return {
    streamId: clockStream(before.subject),
    eventId: table.ids.eventId(before.clockId, what),
    holderId: before.subject.holderId,
    occurredAt,
    event,
    clock: after,
  };
}

function warnAtFor(table: ClockTable<never, unknown>, clock: Pick<Clock, 'rule' | 'dueAt' | 'startedAt'>, options: ClockOptions): string {
  return table.rules[clock.rule]?.warns === 'before-due'
    ? warningBeforeDue(clock.dueAt, clock.startedAt, options.warningMs ?? DEFAULT_WARNING_MS)
    : workingDayWarning(clock.dueAt, clock.startedAt, options.warningWorkingDays, options.calendar);
}

export function breachesWhenUnmet(table: ClockTable<never, unknown>, clock: Clock): boolean {
  const breaches = table.rules[clock.rule]?.breachesWhenUnmet ?? true;
  return typeof breaches === 'function' ? breaches(clock) : breaches;
}

function started(
  table: ClockTable<never, unknown>,
  base: Omit<Clock, 'warnAt' | 'breached' | 'dueAt' | 'explanation'>,
  due: { dueAt: string; explanation: ClockExplanation },
  options: ClockOptions,
): ClockOutput {
  const partial = { ...base, ...due, breached: false };
  const clock: Clock = { ...partial, warnAt: warnAtFor(table, partial, options) };
  return output(table, clock, clock, 'started', clock.startedAt, {
    type: 'ClockStarted',
    schemaVersion: 1,
    data: { ...clockPart(clock), startedAt: clock.startedAt, warnAt: clock.warnAt, explanation: clock.explanation },
  });
}

function breach(table: ClockTable<never, unknown>, clock: Clock, metLate: boolean, after: Clock): ClockOutput {
  return output(table, clock, after, 'breached', clock.dueAt, {
    type: 'ClockBreached',
    schemaVersion: 1,
    data: { ...clockPart(clock), breachedAt: clock.dueAt, metLate },
  });
}

/** A stop, and the breach `metLate` when met at or after the due instant (once per clock: the act stands, the breach is recorded). */
function stopped(table: ClockTable<never, unknown>, clock: Clock, stopping: { outcome: 'met' | 'superseded'; at: string; byEventId?: string }): ClockOutput[] {
  const late = stopping.outcome === 'met' && Date.parse(stopping.at) >= Date.parse(clock.dueAt);
  const stop: ClockStop = { outcome: stopping.outcome, late, at: stopping.at, ...(stopping.byEventId === undefined ? {} : { byEventId: stopping.byEventId }) };
  const after: Clock = { ...clock, stop };
  const facts = [
    output(table, clock, after, 'stopped', stopping.at, {
      type: 'ClockStopped',
      schemaVersion: 1,
      data: {
        ...clockPart(clock),
        stoppedAt: stopping.at,
        outcome: stopping.outcome,
        late,
        ...(stopping.byEventId === undefined ? {} : { byEventId: stopping.byEventId }),
      },
    }),
  ];
  if (late && !clock.breached) facts.push(breach(table, clock, true, { ...after, breached: true }));
  return facts;
}

/** A running, unbreached clock counted again; the fact if its due instant moved (a new warning is then due). */
function recomputed(
  table: ClockTable<never, unknown>,
  clock: Clock,
  next: { count: ClockCount; dueAt: string; explanation: ClockExplanation },
  cause: { reason: string; key: string; at: string },
  options: ClockOptions,
): ClockOutput | undefined {
  if (next.dueAt === clock.dueAt) return undefined;
  const moved = { ...clock, count: next.count, dueAt: next.dueAt, explanation: next.explanation };
  const after: Clock = { ...moved, warnAt: warnAtFor(table, moved, options) };
  return output(table, clock, after, `recomputed/${cause.key}`, cause.at, {
    type: 'ClockRecomputed',
    schemaVersion: 1,
    data: { ...clockPart(after), previousDueAt: clock.dueAt, reason: cause.reason, explanation: after.explanation, recomputedAt: cause.at },
  });
}

/** What the passing of time does to one clock: a warning once per due instant, a breach once per clock (if its rule breaches when unmet). */
function timePassed(table: ClockTable<never, unknown>, clock: Clock, now: Date): ClockOutput[] {
  if (!isRunning(clock) || clock.breached) return [];
  const at = now.getTime();
  if (at >= Date.parse(clock.dueAt)) return breachesWhenUnmet(table, clock) ? [breach(table, clock, false, { ...clock, breached: true })] : [];
  if (at >= Date.parse(clock.warnAt) && clock.warnedDueAt !== clock.dueAt) {
    const warnedAt = now.toISOString();
    return [
      output(table, clock, { ...clock, warnedDueAt: clock.dueAt }, `warned/${clock.dueAt}`, warnedAt, {
        type: 'ClockWarningIssued',
        schemaVersion: 1,
        data: { ...clockPart(clock), warnedAt },
      }),
    ];
  }
  return [];
}

/** Folds the outputs one by one, so that each decision sees the clocks as the previous one left them. */
class Outputs {
  readonly list: ClockOutput[] = [];
  private clocks: Map<string, Clock>;
  constructor(clocks: readonly Clock[]) {
    this.clocks = new Map(clocks.map((clock) => [clock.clockId, clock]));
  }
  push(...outputs: (ClockOutput | undefined)[]): void {
    for (const each of outputs) {
      if (!each) continue;
      this.list.push(each);
      this.clocks.set(each.clock.clockId, each.clock);
    }
  }
  current(): Clock[] {
    return [...this.clocks.values()];
  }
  has(clockId: string): boolean {
    return this.clocks.has(clockId);
  }
}

/** The hook's clocks against the clocks kept: new → started (and stopped if already met or cancelled); kept and now met or cancelled → stopped; moved by a calendar → recomputed. */
function reconcile(
  table: ClockTable<never, unknown>,
  kept: Outputs,
  derived: readonly DerivedClock[],
  options: ClockOptions,
  cause?: { reason: string; key: string; at: string },
): void {
  for (const next of derived) {
    const known = kept.current().find((clock) => clock.clockId === next.clockId);
    let clock: Clock;
    if (!known) {
      const start = started(
        table,
        {
          clockId: next.clockId,
          rule: next.rule,
          subject: next.subject,
          ...(next.sequence === undefined ? {} : { sequence: next.sequence }),
          ...(next.originEventId === undefined ? {} : { originEventId: next.originEventId }),
          startedAt: next.startedAt,
          count: next.count,
        },
        { dueAt: next.dueAt, explanation: next.explanation },
        options,
      );
      kept.push(start);
      clock = start.clock;
    } else {
      if (!isRunning(known)) continue;
      clock = known;
      if (cause && !known.breached) {
        const moved = recomputed(table, known, next, cause, options);
        kept.push(moved);
        clock = moved?.clock ?? known;
      }
    }
    if (next.met) kept.push(...stopped(table, clock, { outcome: 'met', at: next.met.at, byEventId: next.met.byEventId }));
    else if (next.cancelledAt) kept.push(...stopped(table, clock, { outcome: 'superseded', at: next.cancelledAt }));
  }
}

/**
 * The clock facts an input gives, in order. The same input on the same state gives the same facts with the
 * same ids (the store records each once).
 * - A fact: running clocks it meets or supersedes stop (met late: + the breach `metLate`); running clocks
 *   it moves are recounted; the clocks it starts start (once: a clock already known is not started again).
 *   A kind with a `derive` hook instead records the difference between the clocks kept and those derived.
 * - A calendar amendment: every running, unbreached clock counted again; a move is `ClockRecomputed`.
 * - Time: a warning once its warning instant has come, a breach once its due instant has passed.
 */
export function decide<F, M>(table: ClockTable<F, M>, input: ClockInput<F>, state: ClockState<M>, options: ClockOptions): ClockOutput[] {
  const t = table as unknown as ClockTable<never, unknown>;
  const out = new Outputs(state.clocks);
  switch (input.type) {
    case 'TimePassed':
      for (const clock of state.clocks) out.push(...timePassed(t, clock, input.now));
      return out.list;
    case 'CalendarAmended':
      if (table.derive) {
        reconcile(t, out, table.derive(state.memory, options.calendar), options, input);
        return out.list;
      }
      for (const clock of state.clocks) {
        if (!isRunning(clock) || clock.breached) continue;
        out.push(recomputed(t, clock, { count: clock.count, ...countClock(clock.count, options.calendar) }, input, options));
      }
      return out.list;
    case 'Fact': {
      const { fact } = input;
      if (table.derive) {
        reconcile(t, out, table.derive(table.memory.evolve(state.memory, fact), options.calendar), options);
        return out.list;
      }
      const byEventId = table.factId(fact);
      for (const clock of out.current()) {
        if (!isRunning(clock)) continue;
        const stopping = table.stops?.(fact, clock);
        if (stopping) out.push(...stopped(t, clock, { ...stopping, byEventId }));
      }
      for (const clock of out.current()) {
        if (!isRunning(clock) || clock.breached) continue;
        const recount = table.recounts?.(fact, clock);
        if (recount) out.push(recomputed(t, clock, { count: recount.count, ...countClock(recount.count, options.calendar) }, recount, options));
      }
      for (const start of table.starts?.(fact, state.memory, out.current()) ?? []) {
        const clockId = table.ids.clockId(start);
        if (out.has(clockId)) continue; // the same fact again: already started
        const { count, ...base } = start;
        out.push(started(t, { ...base, clockId, count }, countClock(count, options.calendar), options));
      }
      return out.list;
    }
    default: {
      const unknownInput: never = input;
      return unknownInput;
    }
  }
}

/** The state after an input's outputs (and, for a fact, the kind's memory after it). */
export function evolve<F, M>(table: ClockTable<F, M>, state: ClockState<M>, input: ClockInput<F>, outputs: readonly ClockOutput[]): ClockState<M> {
  const clocks = new Map(state.clocks.map((clock) => [clock.clockId, clock]));
  for (const each of outputs) clocks.set(each.clock.clockId, each.clock);
  const memory = input.type === 'Fact' ? table.memory.evolve(state.memory, input.fact) : state.memory;
  return { memory, clocks: [...clocks.values()] };
}

/** Decide, then evolve: what the service does with one input. */
export function step<F, M>(
  table: ClockTable<F, M>,
  input: ClockInput<F>,
  state: ClockState<M>,
  options: ClockOptions,
): { outputs: ClockOutput[]; state: ClockState<M> } {
  const outputs = decide(table, input, state, options);
  return { outputs, state: evolve(table, state, input, outputs) };
}

/**
 * The scheduler's breach guard: does the subject's history in the store (the bus lags it) already hold a fact
 * that stops this clock? Facts before the clock's origin are not looked at (a redirect back to the same holder
 * starts new clocks; the old holder's earlier decisions do not stop them).
 */
export function stoppedByHistory<F, M>(table: ClockTable<F, M>, clock: Clock, history: readonly F[], options: ClockOptions): boolean {
  if (table.derive) {
    const memory = history.reduce(table.memory.evolve, table.memory.initial);
    const now = table.derive(memory, options.calendar).find((derived) => derived.clockId === clock.clockId);
    return now !== undefined && (now.met !== undefined || now.cancelledAt !== undefined);
  }
  const origin = history.findIndex((fact) => table.factId(fact) === clock.originEventId);
  return history.slice(origin + 1).some((fact) => table.stops?.(fact, clock) !== undefined);
}
