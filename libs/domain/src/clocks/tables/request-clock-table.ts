// R2–R6 as a table: a clock per rule and holder the request reaches (libs/domain/src/deadlines/README.md has
// the reasons for each choice). Facts in `deadline-<requestId>`.
import type { ClockRule, RequestEvent } from '@od/contracts';
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

/** What each decision of a holder does to that holder's running clocks. */
const STOPS: Partial<Record<RequestEvent['type'], { readonly met: readonly ClockRule[]; readonly superseded: readonly ClockRule[] }>> = {
  RequestAccepted: { met: ['R2'], superseded: ['R3'] },
  RequestRedirected: { met: ['R2'], superseded: ['R3', 'R4', 'R5', 'R6'] },
  RequestReturned: { met: ['R2', 'R3'], superseded: ['R4', 'R5', 'R6'] },
  RequestAnswered: { met: ['R2', 'R4'], superseded: ['R3', 'R5', 'R6'] },
  RequestRefused: { met: ['R2', 'R6'], superseded: ['R3', 'R4', 'R5'] },
  ExtensionNoticeSent: { met: ['R5'], superseded: [] },
};

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

export const requestClockTable: ClockTable<RequestFact, Record<string, never>> = {
  kind: 'request',
  rules: {
    R2: { breachesWhenUnmet: true, warns: 'working-days' },
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
  memory: { initial: {}, evolve: (memory) => memory },

  starts(fact, _memory, clocks): ClockStart[] {
    const subject = subjectOf(fact);
    switch (fact.type) {
      case 'RequestSubmitted':
      case 'RequestReceived': {
        // R2, R3, R6 on each holder's receipt (the first at submission, each next one on a redirect).
        const at = actInstant(fact);
        return (['R2', 'R3', 'R6'] as const).map((rule) => ({ rule, subject, originEventId: fact.eventId, startedAt: at, count: counted(rule, at) }));
      }
      case 'RequestAccepted': {
        // R4: 15 calendar days from the holder's receipt, started by the acceptance.
        const receipt = currentReceipt(clocks, fact);
        return receipt
          ? [{ rule: 'R4', subject, originEventId: receipt.originEventId, startedAt: fact.data.acceptedAt, count: counted('R4', receipt.receivedAt) }]
          : [];
      }
      case 'DeadlineExtended':
        // R5: the user is told of the extension within 3 working days.
        return [{ rule: 'R5', subject, originEventId: fact.eventId, startedAt: fact.data.extendedAt, count: counted('R5', fact.data.extendedAt) }];
      default:
        return [];
    }
  },

  stops(fact, clock) {
    const stops = STOPS[fact.type];
    if (!stops || !isHolders(clock, fact)) return undefined;
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
