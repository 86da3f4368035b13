// The C3 clocks of a survey as the deadlines service keeps them: `deriveSurveyClocks` (libs/domain/src/surveys)
// says which clocks a survey's facts give; this adds what time does to them (a warning instant, a breach) and
// turns the difference between the clocks kept and the clocks derived into the facts to record
// (SurveyDeadlineStarted / Stopped / Breached{metLate} / Recomputed). Pure: facts, calendar and `now` are inputs.
import type { WorkingCalendar } from '@od/calendar';
import { surveyDeadlineStream, type SurveyDeadlineEvent } from '@od/contracts';
import { deriveSurveyClocks, type SurveyClock, type SurveyFact } from '../surveys/survey-clocks';
import { uuidV5 } from '../shared/deterministic-id';
import { ID_NAMESPACE_REGISTRY } from '../shared/id-namespaces';
import { warningInstant } from './deadline-clock';

export interface SurveyDeadlineClock extends SurveyClock {
  /** The fact that started the obligation: the approval (clock 1) or the announcement before it (repeats). */
  readonly originEventId?: string;
  readonly warnAt: string;
  /** The due instant a warning was issued for; once per due instant. */
  readonly warnedDueAt?: string;
  readonly breached: boolean;
}

export interface SurveyDeadlineOptions {
  readonly calendar: WorkingCalendar;
  /** Warn this many working days before the due instant (1: at the start of the last working day). */
  readonly warningWorkingDays: number;
}

/** A fact for `surveydeadline-<surveyId>`, with its deterministic id, holder and instant. */
export interface SurveyClockFactToRecord {
  readonly streamId: string;
  readonly eventId: string;
  readonly holderId: string;
  readonly occurredAt: string;
  readonly event: SurveyDeadlineEvent;
}

/** Fixed forever: re-derived facts must keep their ids so the store records each once. */
export const SURVEY_DEADLINE_ID_NAMESPACE = ID_NAMESPACE_REGISTRY.surveyClockFact;

/** `started`, `stopped`, `breached` (once per clock), `warned/<dueAt>` (once per due instant), `recomputed/<cause>`. */
export function surveyClockEventId(clockId: string, what: string): string {
  return uuidV5(`${clockId}/${what}`, SURVEY_DEADLINE_ID_NAMESPACE);
}

export function isSurveyClockRunning(clock: SurveyClock): boolean {
  return clock.met === undefined && clock.cancelledAt === undefined;
}

function clockData(clock: SurveyDeadlineClock) {
  return { holderId: clock.holderId, rule: clock.rule, clockId: clock.clockId, surveyId: clock.surveyId, sequence: clock.sequence, dueAt: clock.dueAt };
}

function record(clock: SurveyDeadlineClock, what: string, occurredAt: string, event: SurveyDeadlineEvent): SurveyClockFactToRecord {
  return { streamId: surveyDeadlineStream(clock.surveyId), eventId: surveyClockEventId(clock.clockId, what), holderId: clock.holderId, occurredAt, event };
}

export function surveyBreachFact(clock: SurveyDeadlineClock, metLate: boolean): SurveyClockFactToRecord {
  return record(clock, 'breached', clock.dueAt, { type: 'SurveyDeadlineBreached', schemaVersion: 1, data: { ...clockData(clock), breachedAt: clock.dueAt, metLate } });
}

/** Which fact started each derived clock: the approval for clock 1, the announcement that met clock k for k+1. */
function originOf(derived: SurveyClock, all: readonly SurveyClock[], facts: readonly SurveyFact[]): string | undefined {
  if (derived.sequence === 1) return [...facts].reverse().find((fact) => fact.type === 'SurveyApproved')?.eventId;
  return all.find((clock) => clock.sequence === derived.sequence - 1)?.met?.byEventId;
}

export interface SurveyClockChanges {
  readonly facts: readonly SurveyClockFactToRecord[];
  readonly changed: readonly SurveyDeadlineClock[];
}

/**
 * The survey's facts so far (stream order, with their ids) against the clocks kept for it: a clock derived
 * for the first time starts; a kept running clock now met or cancelled stops (met at or after its due
 * instant also records the breach `metLate`, once per clock); a kept running clock whose due instant moved
 * (a calendar amendment: `recomputed` names why) records the move and gets a new warning instant.
 * The same facts again give the same facts with the same ids.
 */
export function surveyClocksOnFacts(
  kept: readonly SurveyDeadlineClock[],
  facts: readonly SurveyFact[],
  options: SurveyDeadlineOptions,
  recomputed?: { readonly reason: string; readonly key: string; readonly at: string },
): SurveyClockChanges {
  const derived = deriveSurveyClocks(facts, options.calendar);
  const out: SurveyClockFactToRecord[] = [];
  const changed: SurveyDeadlineClock[] = [];
  for (const next of derived) {
    const known = kept.find((clock) => clock.clockId === next.clockId);
    if (!known) {
      const warnAt = warningInstant(next.dueAt, next.startedAt, options.warningWorkingDays, options.calendar);
      const originEventId = originOf(next, derived, facts);
      // Kept as running; whether it is already met or cancelled is recorded as its stop, just below.
      const { met: _met, cancelledAt: _cancelledAt, ...running } = next;
      const clock: SurveyDeadlineClock = { ...running, ...(originEventId ? { originEventId } : {}), warnAt, breached: false };
      out.push(
        record(clock, 'started', clock.startedAt, {
          type: 'SurveyDeadlineStarted',
          schemaVersion: 1,
          data: { ...clockData(clock), startedAt: clock.startedAt, warnAt, explanation: clock.explanation },
        }),
      );
      const stopped = stopIfDone(clock, next, out);
      changed.push(stopped);
      continue;
    }
    if (!isSurveyClockRunning(known)) continue;
    let clock = known;
    if (next.dueAt !== known.dueAt && recomputed && !known.breached) {
      clock = { ...known, dueAt: next.dueAt, dueDate: next.dueDate, explanation: next.explanation, warnAt: warningInstant(next.dueAt, known.startedAt, options.warningWorkingDays, options.calendar) };
      out.push(
        record(known, `recomputed/${recomputed.key}`, recomputed.at, {
          type: 'SurveyDeadlineRecomputed',
          schemaVersion: 1,
          data: { ...clockData(clock), previousDueAt: known.dueAt, reason: recomputed.reason, explanation: clock.explanation, recomputedAt: recomputed.at },
        }),
      );
    }
    const stopped = stopIfDone(clock, { ...next, dueAt: clock.dueAt }, out);
    if (stopped !== known) changed.push(stopped);
  }
  return { facts: out, changed };
}

/** A derived clock met or cancelled: the kept clock stops, with the breach if the announcement came late. */
function stopIfDone(clock: SurveyDeadlineClock, derived: SurveyClock, out: SurveyClockFactToRecord[]): SurveyDeadlineClock {
  if (derived.met) {
    const late = Date.parse(derived.met.at) >= Date.parse(clock.dueAt);
    const met = { at: derived.met.at, late, ...(derived.met.byEventId ? { byEventId: derived.met.byEventId } : {}) };
    out.push(
      record(clock, 'stopped', met.at, {
        type: 'SurveyDeadlineStopped',
        schemaVersion: 1,
        data: { ...clockData(clock), stoppedAt: met.at, outcome: 'met', late, ...(met.byEventId ? { byEventId: met.byEventId } : {}) },
      }),
    );
    const stopped: SurveyDeadlineClock = { ...clock, met };
    // Announced after the due instant: the announcement stands, the breach is recorded (once per clock).
    if (late && !clock.breached) {
      out.push(surveyBreachFact(clock, true));
      return { ...stopped, breached: true };
    }
    return stopped;
  }
  if (derived.cancelledAt) {
    out.push(
      record(clock, 'stopped', derived.cancelledAt, {
        type: 'SurveyDeadlineStopped',
        schemaVersion: 1,
        data: { ...clockData(clock), stoppedAt: derived.cancelledAt, outcome: 'superseded', late: false },
      }),
    );
    return { ...clock, cancelledAt: derived.cancelledAt };
  }
  return clock;
}

/** What the passing of time does to one clock: a warning once per due instant, a breach once per clock. */
export function surveyScheduledFacts(clock: SurveyDeadlineClock, now: Date): { facts: SurveyClockFactToRecord[]; clock: SurveyDeadlineClock } {
  if (!isSurveyClockRunning(clock) || clock.breached) return { facts: [], clock };
  const at = now.getTime();
  if (at >= Date.parse(clock.dueAt)) return { facts: [surveyBreachFact(clock, false)], clock: { ...clock, breached: true } };
  if (at >= Date.parse(clock.warnAt) && clock.warnedDueAt !== clock.dueAt) {
    const warnedAt = now.toISOString();
    const fact = record(clock, `warned/${clock.dueAt}`, warnedAt, { type: 'SurveyDeadlineWarningIssued', schemaVersion: 1, data: { ...clockData(clock), warnedAt } });
    return { facts: [fact], clock: { ...clock, warnedDueAt: clock.dueAt } };
  }
  return { facts: [], clock };
}
