// The clocks of conferences (DESIGN §2 "every rule with a deadline has a clock"): C3 the announcement,
// C4 each question, C5 the decision on a topic application. Pure: the facts, the calendar and `now` are
// inputs; the deadlines service keeps the track per subject, records the facts and runs the scheduler.
import type { WorkingCalendar } from '@od/calendar';
import {
  conferenceDeadlineStream,
  type ConferenceDeadlineEvent,
  type ConferenceDeadlineExplanation,
  type ConferenceDeadlineRule,
  type ConferenceEvent,
  type TopicApplicationEvent,
} from '@od/contracts';
import { warningInstant } from '../deadlines/deadline-clock';
import { uuidV5 } from '../shared/deterministic-id';
import { ID_NAMESPACE_REGISTRY } from '../shared/id-namespaces';
import { announcementDue, topicDecisionDue } from './conference-timing';

/** A recorded conference or topic-application fact: the event and its id (which makes clock ids deterministic). */
export type ConferenceFact = (ConferenceEvent | TopicApplicationEvent) & { readonly eventId: string };

/** How a clock's due instant is counted, so that a calendar amendment can count it again. */
export type ConferenceClockCount =
  | { readonly kind: 'working-days'; readonly from: string; readonly days: number }
  | { readonly kind: 'working-days-before'; readonly start: string; readonly days: number }
  | { readonly kind: 'conference-end'; readonly endsAt: string };

export interface ConferenceClock {
  readonly clockId: string;
  readonly rule: ConferenceDeadlineRule;
  readonly holderId: string;
  /** The conference (C3, C4) or the topic application (C5). */
  readonly subjectId: string;
  readonly questionId?: string;
  readonly originEventId: string;
  readonly startedAt: string;
  readonly count: ConferenceClockCount;
  /** Exclusive: the obligation is met when its act happens strictly before this instant. */
  readonly dueAt: string;
  readonly warnAt: string;
  readonly explanation: ConferenceDeadlineExplanation;
  readonly stop?: { readonly outcome: 'met' | 'superseded'; readonly late: boolean; readonly at: string; readonly byEventId: string };
  readonly warnedDueAt?: string;
  readonly breached: boolean;
}

/** Everything the derivation needs to remember about one subject between facts; plain JSON, storable as is. */
export interface ConferenceClockTrack {
  /** The conference's current start and end (from its template); absent for a topic application. */
  readonly schedule?: { readonly startsAt: string; readonly endsAt: string };
  readonly clocks: readonly ConferenceClock[];
}

export const emptyConferenceClockTrack: ConferenceClockTrack = { clocks: [] };

export interface ConferenceClockOptions {
  readonly calendar: WorkingCalendar;
  /** C3 and C5 warn this many working days before the due instant (1: at the start of the last working day). */
  readonly warningWorkingDays: number;
  /** C4 warns this long before the conference ends (default 1 hour), never before the question was asked. */
  readonly questionWarningMs?: number;
}

export const DEFAULT_QUESTION_WARNING_MS = 3_600_000;

/** A fact for `conferencedeadline-<subjectId>`, with its deterministic id, holder and instant. */
export interface ConferenceClockFactToRecord {
  readonly streamId: string;
  readonly eventId: string;
  readonly holderId: string;
  readonly occurredAt: string;
  readonly event: ConferenceDeadlineEvent;
}

/** Fixed forever: re-derived facts must keep their ids so the store records each once. */
export const CONFERENCE_DEADLINE_ID_NAMESPACE = ID_NAMESPACE_REGISTRY.conferenceClock;

export function conferenceClockId(subjectId: string, rule: ConferenceDeadlineRule, originEventId: string, questionId?: string): string {
  return uuidV5(`${subjectId}/${rule}/${questionId ?? '-'}/${originEventId}`, CONFERENCE_DEADLINE_ID_NAMESPACE);
}

/** `started`, `stopped`, `breached` (once per clock), `warned/<dueAt>` (once per due instant), `recomputed/<cause>`. */
export function conferenceClockEventId(clockId: string, what: string): string {
  return uuidV5(`${clockId}/${what}`, CONFERENCE_DEADLINE_ID_NAMESPACE);
}

/** The due instant and its explanation, counted with the given calendar. */
export function countConferenceClock(count: ConferenceClockCount, calendar: WorkingCalendar): { dueAt: string; explanation: ConferenceDeadlineExplanation } {
  switch (count.kind) {
    case 'working-days': {
      const deadline = topicDecisionDue(count.from, calendar);
      const { start, days, calendarVersions, countedDays } = deadline.explanation;
      return { dueAt: deadline.dueAt, explanation: { rule: 'working-days', start, days, calendarVersions, countedDays } };
    }
    case 'working-days-before': {
      const due = announcementDue(count.start, calendar);
      return { dueAt: due.dueAt, explanation: due.explanation };
    }
    case 'conference-end':
      return { dueAt: count.endsAt, explanation: { rule: 'conference-end', start: count.endsAt, days: 0, calendarVersions: [] } };
    default: {
      const unknownCount: never = count;
      return unknownCount;
    }
  }
}

function warnAtFor(clock: Pick<ConferenceClock, 'rule' | 'dueAt' | 'startedAt'>, options: ConferenceClockOptions): string {
  if (clock.rule === 'C4') {
    const warn = Date.parse(clock.dueAt) - (options.questionWarningMs ?? DEFAULT_QUESTION_WARNING_MS);
    return new Date(Math.max(warn, Date.parse(clock.startedAt))).toISOString();
  }
  return warningInstant(clock.dueAt, clock.startedAt, options.warningWorkingDays, options.calendar);
}

function clockData(clock: ConferenceClock) {
  return {
    holderId: clock.holderId,
    rule: clock.rule,
    clockId: clock.clockId,
    subjectId: clock.subjectId,
    ...(clock.questionId === undefined ? {} : { questionId: clock.questionId }),
    dueAt: clock.dueAt,
  };
}

function record(clock: ConferenceClock, what: string, occurredAt: string, event: ConferenceDeadlineEvent): ConferenceClockFactToRecord {
  return { streamId: conferenceDeadlineStream(clock.subjectId), eventId: conferenceClockEventId(clock.clockId, what), holderId: clock.holderId, occurredAt, event };
}

/** The breach of a clock: one per clock, whoever records it first (the scheduler at the due instant, or a late act). */
export function conferenceBreachFact(clock: ConferenceClock, metLate: boolean): ConferenceClockFactToRecord {
  return record(clock, 'breached', clock.dueAt, { type: 'ConferenceDeadlineBreached', schemaVersion: 1, data: { ...clockData(clock), breachedAt: clock.dueAt, metLate } });
}

function start(
  base: { rule: ConferenceDeadlineRule; holderId: string; subjectId: string; questionId?: string; originEventId: string; startedAt: string; count: ConferenceClockCount },
  options: ConferenceClockOptions,
): { clock: ConferenceClock; fact: ConferenceClockFactToRecord } {
  const counted = countConferenceClock(base.count, options.calendar);
  const clockId = conferenceClockId(base.subjectId, base.rule, base.originEventId, base.questionId);
  const partial = { ...base, clockId, dueAt: counted.dueAt, explanation: counted.explanation, breached: false };
  const clock: ConferenceClock = { ...partial, warnAt: warnAtFor(partial, options) };
  const fact = record(clock, 'started', clock.startedAt, {
    type: 'ConferenceDeadlineStarted',
    schemaVersion: 1,
    data: { ...clockData(clock), startedAt: clock.startedAt, warnAt: clock.warnAt, explanation: clock.explanation },
  });
  return { clock, fact };
}

function stop(clock: ConferenceClock, outcome: 'met' | 'superseded', at: string, byEventId: string): { clock: ConferenceClock; facts: ConferenceClockFactToRecord[] } {
  const late = outcome === 'met' && Date.parse(at) >= Date.parse(clock.dueAt);
  const stopped: ConferenceClock = { ...clock, stop: { outcome, late, at, byEventId } };
  const facts = [
    record(clock, 'stopped', at, { type: 'ConferenceDeadlineStopped', schemaVersion: 1, data: { ...clockData(clock), stoppedAt: at, outcome, late, byEventId } }),
  ];
  // Met after the due instant: the act stands (a late answer is still an answer), the breach is recorded.
  if (late && !clock.breached) return { clock: { ...stopped, breached: true }, facts: [...facts, conferenceBreachFact(clock, true)] };
  return { clock: stopped, facts };
}

/** Which running clocks a fact stops, and how. */
function stopsOf(fact: ConferenceFact, clock: ConferenceClock): { outcome: 'met' | 'superseded'; at: string } | undefined {
  switch (fact.type) {
    case 'ConferenceAnnounced':
      // C3 is met at the moment the agency posted its announcement, not when it recorded it here.
      return clock.rule === 'C3' ? { outcome: 'met', at: fact.data.announcedAt } : undefined;
    case 'ConferenceQuestionAnswered':
      return clock.rule === 'C4' && clock.questionId === fact.data.questionId ? { outcome: 'met', at: fact.data.answeredAt } : undefined;
    case 'ConferenceClosed':
      return { outcome: 'superseded', at: fact.data.closedAt };
    case 'ConferenceTemplateReturned':
      // Sent back by the operator after approval cannot happen; a C3 clock only runs once approved.
      return undefined;
    case 'TopicApplicationAccepted':
      return clock.rule === 'C5' ? { outcome: 'met', at: fact.data.acceptedAt } : undefined;
    case 'TopicApplicationRefused':
      return clock.rule === 'C5' ? { outcome: 'met', at: fact.data.refusedAt } : undefined;
    default:
      return undefined;
  }
}

export interface ConferenceClockChanges {
  readonly track: ConferenceClockTrack;
  /** Facts to record, in order. */
  readonly facts: readonly ConferenceClockFactToRecord[];
  /** Every clock this fact started or changed, as it is now. */
  readonly changed: readonly ConferenceClock[];
}

/**
 * Given what is known about one conference (or topic application) and its next fact: the clock facts to
 * record and the track after it. The same facts again give the same facts with the same ids.
 *
 * - ConferenceApproved starts C3 (due: before the start of the working day that precedes the conference by
 *   one whole working day; `announcementDue`); ConferenceAnnounced meets it (late if posted at or after dueAt).
 * - ConferenceQuestionAsked starts one C4 clock per question, due at the conference's end;
 *   ConferenceQuestionAnswered meets it (late at or after the end).
 * - ConferenceClosed supersedes whatever still runs.
 * - TopicApplicationSubmitted starts C5 (`addWorkingDays(submittedAt, 5)`); acceptance or refusal meets it.
 */
export function conferenceClocksOnFact(track: ConferenceClockTrack, fact: ConferenceFact, options: ConferenceClockOptions): ConferenceClockChanges {
  const facts: ConferenceClockFactToRecord[] = [];
  const changed = new Map<string, ConferenceClock>();
  let schedule = track.schedule;

  for (const clock of track.clocks) {
    if (clock.stop) continue;
    const stopping = stopsOf(fact, clock);
    if (!stopping) continue;
    const result = stop(clock, stopping.outcome, stopping.at, fact.eventId);
    facts.push(...result.facts);
    changed.set(clock.clockId, result.clock);
  }

  const startOnce = (base: Parameters<typeof start>[0]) => {
    const clockId = conferenceClockId(base.subjectId, base.rule, base.originEventId, base.questionId);
    if (track.clocks.some((clock) => clock.clockId === clockId)) return; // the same fact again
    const started = start(base, options);
    facts.push(started.fact);
    changed.set(clockId, started.clock);
  };

  switch (fact.type) {
    case 'ConferenceTemplateFilled':
    case 'ConferenceTemplateRevised':
      schedule = { startsAt: fact.data.template.startsAt, endsAt: fact.data.template.endsAt };
      break;
    case 'ConferenceApproved':
      if (schedule) {
        startOnce({
          rule: 'C3',
          holderId: fact.data.holderId,
          subjectId: fact.data.conferenceId,
          originEventId: fact.eventId,
          startedAt: fact.data.approvedAt,
          count: { kind: 'working-days-before', start: schedule.startsAt, days: 1 },
        });
      }
      break;
    case 'ConferenceQuestionAsked':
      if (schedule) {
        startOnce({
          rule: 'C4',
          holderId: fact.data.holderId,
          subjectId: fact.data.conferenceId,
          questionId: fact.data.questionId,
          originEventId: fact.eventId,
          startedAt: fact.data.askedAt,
          count: { kind: 'conference-end', endsAt: schedule.endsAt },
        });
      }
      break;
    case 'TopicApplicationSubmitted':
      startOnce({
        rule: 'C5',
        holderId: fact.data.holderId,
        subjectId: fact.data.applicationId,
        originEventId: fact.eventId,
        startedAt: fact.data.submittedAt,
        count: { kind: 'working-days', from: fact.data.submittedAt, days: 5 },
      });
      break;
    default:
      break;
  }

  const clocks = [...track.clocks.map((clock) => changed.get(clock.clockId) ?? clock), ...[...changed.values()].filter((clock) => !track.clocks.some((known) => known.clockId === clock.clockId))];
  return { track: { ...(schedule ? { schedule } : {}), clocks }, facts, changed: [...changed.values()] };
}

/** Every clock fact one subject's whole history gives, in order: the same as feeding its facts one by one. */
export function deriveConferenceClocks(history: readonly ConferenceFact[], options: ConferenceClockOptions): { track: ConferenceClockTrack; facts: ConferenceClockFactToRecord[] } {
  let track = emptyConferenceClockTrack;
  const facts: ConferenceClockFactToRecord[] = [];
  for (const fact of history) {
    const next = conferenceClocksOnFact(track, fact, options);
    track = next.track;
    facts.push(...next.facts);
  }
  return { track, facts };
}

/**
 * What the passing of time does to one clock: a warning once its warning instant has come (once per due
 * instant), a breach once its due instant has passed unmet (once per clock). For C4 the breach is the
 * "end passed with this question unanswered" fact.
 */
export function conferenceScheduledFacts(clock: ConferenceClock, now: Date): { facts: ConferenceClockFactToRecord[]; clock: ConferenceClock } {
  if (clock.stop || clock.breached) return { facts: [], clock };
  const at = now.getTime();
  if (at >= Date.parse(clock.dueAt)) return { facts: [conferenceBreachFact(clock, false)], clock: { ...clock, breached: true } };
  if (at >= Date.parse(clock.warnAt) && clock.warnedDueAt !== clock.dueAt) {
    const warnedAt = now.toISOString();
    const fact = record(clock, `warned/${clock.dueAt}`, warnedAt, { type: 'ConferenceDeadlineWarningIssued', schemaVersion: 1, data: { ...clockData(clock), warnedAt } });
    return { facts: [fact], clock: { ...clock, warnedDueAt: clock.dueAt } };
  }
  return { facts: [], clock };
}

/**
 * A calendar amendment: a running, unbreached working-day clock (C3, C5) counted again with the calendar in
 * force; if its due instant moved, the fact that records it. C4 counts no working days and never moves.
 */
export function recomputeConferenceClock(
  clock: ConferenceClock,
  options: ConferenceClockOptions,
  cause: { readonly reason: string; readonly key: string; readonly at: string },
): { clock: ConferenceClock; fact: ConferenceClockFactToRecord } | undefined {
  if (clock.stop || clock.breached || clock.count.kind === 'conference-end') return undefined;
  const counted = countConferenceClock(clock.count, options.calendar);
  if (counted.dueAt === clock.dueAt) return undefined;
  const moved = { ...clock, dueAt: counted.dueAt, explanation: counted.explanation };
  const next: ConferenceClock = { ...moved, warnAt: warnAtFor(moved, options) };
  return {
    clock: next,
    fact: record(clock, `recomputed/${cause.key}`, cause.at, {
      type: 'ConferenceDeadlineRecomputed',
      schemaVersion: 1,
      data: { ...clockData(next), previousDueAt: clock.dueAt, reason: cause.reason, explanation: next.explanation, recomputedAt: cause.at },
    }),
  };
}
