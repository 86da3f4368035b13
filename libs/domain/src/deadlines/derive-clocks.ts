// From a request's facts: which clocks start and stop, for whom, due when (rules R2–R6). Pure.
import type { DeadlineRule, RequestEvent } from '@od/contracts';
import {
  breachFact,
  clockEventId,
  clockFact,
  clockIdFor,
  countDeadline,
  explanationData,
  isRunning,
  RULE_COUNTS,
  warningInstant,
  type ClockFactToRecord,
  type DeadlineClock,
  type DeadlineOptions,
} from './deadline-clock';

/** A recorded request fact: the event and its id (which makes the clocks' ids deterministic). */
export type RequestFact = RequestEvent & { readonly eventId: string };

export interface ClockChanges {
  /** Facts to record, in order. */
  readonly facts: readonly ClockFactToRecord[];
  /** Every clock this fact started or changed, as it is now. */
  readonly clocks: readonly DeadlineClock[];
}

/** What each decision of a holder does to that holder's running clocks. See README.md for why. */
const STOPS: Partial<Record<RequestEvent['type'], { readonly met: readonly DeadlineRule[]; readonly superseded: readonly DeadlineRule[] }>> = {
  RequestAccepted: { met: ['R2'], superseded: ['R3'] },
  RequestRedirected: { met: ['R2'], superseded: ['R3', 'R4', 'R5', 'R6'] },
  RequestReturned: { met: ['R2', 'R3'], superseded: ['R4', 'R5', 'R6'] },
  RequestAnswered: { met: ['R2', 'R4'], superseded: ['R3', 'R5', 'R6'] },
  RequestRefused: { met: ['R2', 'R6'], superseded: ['R3', 'R4', 'R5'] },
  ExtensionNoticeSent: { met: ['R5'], superseded: [] },
};

/** The instant a request fact happened, as its own data says. */
export function actInstant(fact: RequestEvent): string | undefined {
  switch (fact.type) {
    case 'RequestSubmitted':
      return fact.data.submittedAt;
    case 'RequestReceived':
      return fact.data.receivedAt;
    case 'RequestAccepted':
      return fact.data.acceptedAt;
    case 'RequestRedirected':
      return fact.data.redirectedAt;
    case 'RequestReturned':
      return fact.data.returnedAt;
    case 'AnswerDrafted':
      return fact.data.draftedAt;
    case 'RequestAnswered':
      return fact.data.answeredAt;
    case 'DeadlineExtended':
      return fact.data.extendedAt;
    case 'ExtensionNoticeSent':
      return fact.data.sentAt;
    case 'RequestRefused':
      return fact.data.refusedAt;
    case 'AnswerRated':
      return fact.data.ratedAt;
    default: {
      const exhaustive: never = fact;
      return exhaustive;
    }
  }
}

/** How `fact` would stop `clock`, if it does: the same answer for the consumer and the scheduler's guard. */
export function stopBy(clock: DeadlineClock, fact: RequestFact): { outcome: 'met' | 'superseded'; late: boolean; at: string } | undefined {
  const stops = STOPS[fact.type];
  if (!stops || fact.data.holderId !== clock.holderId || fact.data.requestId !== clock.requestId) return undefined;
  const at = actInstant(fact) as string;
  if (stops.met.includes(clock.rule)) return { outcome: 'met', late: Date.parse(at) >= Date.parse(clock.dueAt), at };
  if (stops.superseded.includes(clock.rule)) return { outcome: 'superseded', late: false, at };
  return undefined;
}

function startClock(
  rule: DeadlineRule,
  base: { requestId: string; holderId: string; originEventId: string; receivedAt: string; startedAt: string; countFrom: string },
  options: DeadlineOptions,
): { clock: DeadlineClock; fact: ClockFactToRecord } {
  const { kind, days } = RULE_COUNTS[rule];
  const count = { kind, from: base.countFrom, days };
  const deadline = countDeadline(count, options.calendar);
  const clockId = clockIdFor(base.requestId, rule, base.holderId, base.originEventId);
  const explanation = explanationData(deadline);
  const clock: DeadlineClock = {
    clockId,
    requestId: base.requestId,
    holderId: base.holderId,
    rule,
    originEventId: base.originEventId,
    receivedAt: base.receivedAt,
    startedAt: base.startedAt,
    count,
    dueAt: deadline.dueAt,
    warnAt: warningInstant(deadline.dueAt, base.startedAt, options.warningWorkingDays, options.calendar),
    explanation,
    breached: false,
  };
  const fact: ClockFactToRecord = {
    eventId: clockEventId(clockId, 'started'),
    holderId: base.holderId,
    occurredAt: base.startedAt,
    event: {
      type: 'DeadlineStarted',
      schemaVersion: 1,
      data: { ...clockFact(clock), startedAt: clock.startedAt, warnAt: clock.warnAt, explanation },
    },
  };
  return { clock, fact };
}

function stopClock(clock: DeadlineClock, fact: RequestFact, stop: { outcome: 'met' | 'superseded'; late: boolean; at: string }): ClockChanges {
  const stopped: DeadlineClock = { ...clock, stop: { ...stop, byEventId: fact.eventId } };
  const facts: ClockFactToRecord[] = [
    {
      eventId: clockEventId(clock.clockId, 'stopped'),
      holderId: clock.holderId,
      occurredAt: stop.at,
      event: {
        type: 'DeadlineStopped',
        schemaVersion: 1,
        data: { ...clockFact(clock), stoppedAt: stop.at, outcome: stop.outcome, late: stop.late, byEventId: fact.eventId },
      },
    },
  ];
  // Met after the due instant: the act is still valid (a late answer is accepted), the breach is recorded.
  if (stop.late && !clock.breached) return { facts: [...facts, breachFact(clock, true)], clocks: [{ ...stopped, breached: true }] };
  return { facts, clocks: [stopped] };
}

/** The holder's receipt the request is under now: the latest R2 clock of that holder tells it. */
function currentReceipt(clocks: readonly DeadlineClock[], holderId: string): DeadlineClock | undefined {
  return clocks
    .filter((clock) => clock.rule === 'R2' && clock.holderId === holderId)
    .reduce<DeadlineClock | undefined>((latest, clock) => (!latest || Date.parse(clock.receivedAt) > Date.parse(latest.receivedAt) ? clock : latest), undefined);
}

/**
 * Given the clocks a request has (from its earlier facts) and its next fact: the clock facts to record and
 * the clocks as they are after it. Deriving again from the same facts gives the same ids and the same data.
 */
export function clocksOnRequestFact(clocks: readonly DeadlineClock[], fact: RequestFact, options: DeadlineOptions): ClockChanges {
  const facts: ClockFactToRecord[] = [];
  const changed = new Map<string, DeadlineClock>();
  const current = () => clocks.map((clock) => changed.get(clock.clockId) ?? clock);

  for (const clock of current()) {
    if (!isRunning(clock)) continue;
    const stop = stopBy(clock, fact);
    if (!stop) continue;
    const result = stopClock(clock, fact, stop);
    facts.push(...result.facts);
    result.clocks.forEach((next) => changed.set(next.clockId, next));
  }

  const start = (rule: DeadlineRule, base: Parameters<typeof startClock>[1]) => {
    const clockId = clockIdFor(base.requestId, rule, base.holderId, base.originEventId);
    if (clocks.some((clock) => clock.clockId === clockId)) return; // the same fact again: already started
    const started = startClock(rule, base, options);
    facts.push(started.fact);
    changed.set(clockId, started.clock);
  };

  switch (fact.type) {
    case 'RequestSubmitted':
    case 'RequestReceived': {
      // R2, R3, R6: receipt by a holder (the first at submission, each next one on a redirect).
      const at = fact.type === 'RequestSubmitted' ? fact.data.submittedAt : fact.data.receivedAt;
      const base = { requestId: fact.data.requestId, holderId: fact.data.holderId, originEventId: fact.eventId, receivedAt: at, startedAt: at, countFrom: at };
      for (const rule of ['R2', 'R3', 'R6'] as const) start(rule, base);
      break;
    }
    case 'RequestAccepted': {
      // R4: 15 calendar days from the holder's receipt, started by the acceptance.
      const receipt = currentReceipt(current(), fact.data.holderId);
      if (!receipt) break;
      start('R4', {
        requestId: fact.data.requestId,
        holderId: fact.data.holderId,
        originEventId: receipt.originEventId,
        receivedAt: receipt.receivedAt,
        startedAt: fact.data.acceptedAt,
        countFrom: receipt.receivedAt,
      });
      break;
    }
    case 'DeadlineExtended': {
      // R5: the answer term moves by `days`; the user must be told within 3 working days.
      for (const clock of current()) {
        if (clock.rule !== 'R4' || clock.holderId !== fact.data.holderId || !isRunning(clock) || clock.breached) continue;
        const count = { ...clock.count, days: RULE_COUNTS.R4.days + fact.data.days };
        const moved = recountClock({ ...clock, count }, options, 'R5 extension', `extension/${fact.eventId}`, fact.data.extendedAt);
        if (!moved) continue;
        facts.push(moved.fact);
        changed.set(clock.clockId, moved.clock);
      }
      start('R5', {
        requestId: fact.data.requestId,
        holderId: fact.data.holderId,
        originEventId: fact.eventId,
        receivedAt: currentReceipt(current(), fact.data.holderId)?.receivedAt ?? fact.data.extendedAt,
        startedAt: fact.data.extendedAt,
        countFrom: fact.data.extendedAt,
      });
      break;
    }
    default:
      break;
  }
  return { facts, clocks: [...changed.values()] };
}

/**
 * Counts a clock again (with its `count` and the given calendar); if the due instant moved, the clock as it
 * is now and the DeadlineRecomputed that records the old and new instants and why.
 */
export function recountClock(
  clock: DeadlineClock,
  options: DeadlineOptions,
  reason: string,
  cause: string,
  recomputedAt: string,
): { clock: DeadlineClock; fact: ClockFactToRecord } | undefined {
  const deadline = countDeadline(clock.count, options.calendar);
  const explanation = explanationData(deadline);
  if (deadline.dueAt === clock.dueAt) return undefined;
  const next: DeadlineClock = {
    ...clock,
    dueAt: deadline.dueAt,
    warnAt: warningInstant(deadline.dueAt, clock.startedAt, options.warningWorkingDays, options.calendar),
    explanation,
  };
  return {
    clock: next,
    fact: {
      eventId: clockEventId(clock.clockId, `recomputed/${cause}`),
      holderId: clock.holderId,
      occurredAt: recomputedAt,
      event: {
        type: 'DeadlineRecomputed',
        schemaVersion: 1,
        data: { ...clockFact(next), previousDueAt: clock.dueAt, reason, explanation, recomputedAt },
      },
    },
  };
}
