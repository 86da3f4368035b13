// R2–R6 as a table: a clock per rule and holder the request reaches (libs/domain/src/deadlines/README.md has
// the reasons for each choice). Facts in `deadline-<requestId>`.
import type { ClockRule, Order145TextId, RequestEvent } from '@od/contracts';
import { order145Text, order145TextInForceAt } from '../../legal-basis/order-145-texts.data';
import type { Clock } from '../clock';
import { clockEventId, clockIdFor } from '../clock-ids';
import type { ClockStart, ClockTable } from '../clock-table';

/** A recorded request fact: the event and its id (which makes the clocks' ids deterministic). */
export type RequestFact = RequestEvent & { readonly eventId: string };

/** How many days each rule counts, and how. */
export const REQUEST_RULE_COUNTS = {
  R2: { kind: 'working-days', days: 3 },
  R3: { kind: 'working-days', days: 1 },
  R4: { kind: 'calendar-days', days: 15 },
  R5: { kind: 'working-days', days: 3 },
  R6: { kind: 'working-days', days: 5 },
} as const;

/** What each decision of a holder does to that holder's running clocks (R2 as the 2021 text reads it: accept or redirect). */
const STOPS: Partial<Record<RequestEvent['type'], { readonly met: readonly ClockRule[]; readonly superseded: readonly ClockRule[] }>> = {
  RequestAccepted: { met: ['R2'], superseded: ['R3'] },
  RequestRedirected: { met: ['R2'], superseded: ['R3', 'R4', 'R5', 'R6'] },
  RequestReturned: { met: ['R2', 'R3'], superseded: ['R4', 'R5', 'R6'] },
  RequestAnswered: { met: ['R2', 'R4'], superseded: ['R3', 'R5', 'R6'] },
  RequestRefused: { met: ['R2', 'R6'], superseded: ['R3', 'R4', 'R5'] },
  ExtensionNoticeSent: { met: ['R5'], superseded: [] },
};

/**
 * R2 as amended in 2023: the 3-working-day term is for redirecting only. A redirect meets it (late after the
 * due instant: a breach); any other decision ends it with nothing owed, and its due instant passing is no breach.
 */
const STOPS_OF_R2_FOR_REDIRECTION_ONLY: Partial<Record<RequestEvent['type'], 'met' | 'superseded'>> = {
  RequestRedirected: 'met',
  RequestAccepted: 'superseded',
  RequestReturned: 'superseded',
  RequestAnswered: 'superseded',
  RequestRefused: 'superseded',
};

/** The text of Order 145 governing a clock's request: kept with the clock, or (clocks started before it was kept) the one in force at the receipt counted from. */
export function legalBasisOfClock(clock: Clock): Order145TextId {
  return clock.legalBasis ?? order145TextInForceAt(receiptOf(clock)).id;
}

const r2IsForRedirectionOnly = (clock: Clock) => order145Text(legalBasisOfClock(clock)).r2Term === 'redirection-only';

/** What the request table remembers between facts: the text of Order 145 that governs the request. */
export interface RequestClockMemory {
  readonly legalBasis?: Order145TextId;
}

/** The instant a request fact happened, as its own data says. */
export function actInstant(fact: RequestEvent): string {
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

const subjectOf = (fact: RequestFact) => ({ kind: 'request', id: fact.data.requestId, holderId: fact.data.holderId }) as const;
const isHolders = (clock: Clock, fact: RequestFact) => clock.subject.id === fact.data.requestId && clock.subject.holderId === fact.data.holderId;
const counted = (rule: keyof typeof REQUEST_RULE_COUNTS, from: string) => ({ ...REQUEST_RULE_COUNTS[rule], from });

/** The holder's receipt the request is under now: its latest R2 clock (R2 counts from the receipt). */
function currentReceipt(clocks: readonly Clock[], fact: RequestFact): { originEventId: string; receivedAt: string } | undefined {
  const latest = clocks
    .filter((clock) => clock.rule === 'R2' && isHolders(clock, fact) && clock.count.kind === 'working-days')
    .reduce<Clock | undefined>((best, clock) => (!best || Date.parse(receiptOf(clock)) > Date.parse(receiptOf(best)) ? clock : best), undefined);
  return latest?.originEventId === undefined ? undefined : { originEventId: latest.originEventId, receivedAt: receiptOf(latest) };
}

const receiptOf = (clock: Clock) => (clock.count.kind === 'working-days' ? clock.count.from : clock.startedAt);

/** The governing text for a fact's clocks: remembered from the submission, else (subjects folded before it was remembered) the first receipt's. */
function legalBasisFor(fact: RequestFact, memory: RequestClockMemory, clocks: readonly Clock[]): Order145TextId {
  if (fact.type === 'RequestSubmitted') return fact.data.legalBasis ?? order145TextInForceAt(fact.data.submittedAt).id;
  if (memory.legalBasis) return memory.legalBasis;
  const firstReceipt = clocks
    .filter((clock) => clock.subject.id === fact.data.requestId && clock.rule === 'R2')
    .map(receiptOf)
    .sort()[0];
  return order145TextInForceAt(firstReceipt ?? actInstant(fact)).id;
}

export const requestClockTable: ClockTable<RequestFact, RequestClockMemory> = {
  kind: 'request',
  rules: {
    // Under the 2021 text the term is to accept or redirect, and passing it undecided is a breach; under the
    // 2023 text it is owed only if the request is redirected (like R3 and R6 below).
    R2: { breachesWhenUnmet: (clock) => !r2IsForRedirectionOnly(clock), warns: 'working-days' },
    // R3 and R6 are owed only if the holder returns / refuses: passing their due instant undecided is no breach.
    R3: { breachesWhenUnmet: false, warns: 'working-days' },
    R4: { breachesWhenUnmet: true, warns: 'working-days' },
    R5: { breachesWhenUnmet: true, warns: 'working-days' },
    R6: { breachesWhenUnmet: false, warns: 'working-days' },
  },
  ids: {
    clockId: (start) => clockIdFor(start.subject.id, start.rule, start.subject.holderId, start.originEventId),
    eventId: clockEventId,
  },
  factId: (fact) => fact.eventId,
  memory: {
    initial: {},
    evolve: (memory, fact) =>
      fact.type === 'RequestSubmitted' ? { legalBasis: fact.data.legalBasis ?? order145TextInForceAt(fact.data.submittedAt).id } : memory,
  },

  starts(fact, memory, clocks): ClockStart[] {
    const subject = subjectOf(fact);
    const legalBasis = legalBasisFor(fact, memory, clocks);
    switch (fact.type) {
      case 'RequestSubmitted':
      case 'RequestReceived': {
        // R2, R3, R6 on each holder's receipt (the first at submission, each next one on a redirect).
        const at = actInstant(fact);
        return (['R2', 'R3', 'R6'] as const).map((rule) => ({
          rule,
          subject,
          originEventId: fact.eventId,
          startedAt: at,
          count: counted(rule, at),
          legalBasis,
        }));
      }
      case 'RequestAccepted': {
        // R4: 15 calendar days from the holder's receipt, started by the acceptance.
        const receipt = currentReceipt(clocks, fact);
        return receipt
          ? [
              {
                rule: 'R4',
                subject,
                originEventId: receipt.originEventId,
                startedAt: fact.data.acceptedAt,
                count: counted('R4', receipt.receivedAt),
                legalBasis,
              },
            ]
          : [];
      }
      case 'DeadlineExtended':
        // R5: the user is told of the extension within 3 working days.
        return [{ rule: 'R5', subject, originEventId: fact.eventId, startedAt: fact.data.extendedAt, count: counted('R5', fact.data.extendedAt), legalBasis }];
      default:
        return [];
    }
  },

  stops(fact, clock) {
    if (!isHolders(clock, fact)) return undefined;
    if (clock.rule === 'R2' && r2IsForRedirectionOnly(clock)) {
      const outcome = STOPS_OF_R2_FOR_REDIRECTION_ONLY[fact.type];
      return outcome ? { outcome, at: actInstant(fact) } : undefined;
    }
    const stops = STOPS[fact.type];
    if (!stops) return undefined;
    if (stops.met.includes(clock.rule)) return { outcome: 'met', at: actInstant(fact) };
    if (stops.superseded.includes(clock.rule)) return { outcome: 'superseded', at: actInstant(fact) };
    return undefined;
  },

  recounts(fact, clock) {
    // R5: the answer term moves by the extension's days, counted again from the receipt.
    if (fact.type !== 'DeadlineExtended' || clock.rule !== 'R4' || !isHolders(clock, fact) || clock.count.kind !== 'calendar-days') return undefined;
    return {
      count: { ...clock.count, days: REQUEST_RULE_COUNTS.R4.days + fact.data.days },
      reason: 'R5 extension',
      key: `extension/${fact.eventId}`,
      at: fact.data.extendedAt,
    };
  },
};
