// The survey's C3 announcements: a table is not enough (a survey longer than a month is announced again at
// least every two weeks, each repeat counted from the announcement before it), so this kind gives the engine
// a hook instead: `deriveSurveyClocks` over the survey's whole history. Facts in `surveydeadline-<surveyId>`.
import { deriveSurveyClocks, type SurveyFact } from '../../surveys/survey-clocks';
import { surveyClockEventId } from '../clock-ids';
import type { ClockTable, DerivedClock } from '../clock-table';

/** What is remembered about a survey: its facts so far, in stream order (a draft without its template). */
export interface SurveyMemory {
  readonly facts: readonly SurveyFact[];
}

/** The fact as the memory keeps it: a draft carries the whole Annex 2 template; the clocks read only who, and when it opens and closes. */
export function rememberedSurveyFact(fact: SurveyFact): SurveyFact {
  if (fact.type !== 'SurveyDrafted') return fact;
  const { surveyId, holderId, opensAt, closesAt } = fact.data;
  return { ...fact, data: { surveyId, holderId, opensAt, closesAt } } as unknown as SurveyFact;
}

export const surveyClockTable: ClockTable<SurveyFact, SurveyMemory> = {
  kind: 'survey',
  rules: { C3: { breachesWhenUnmet: true, warns: 'working-days' } },
  ids: {
    // The hook names its clocks itself (`surveyClockId(surveyId, sequence)`).
    clockId: () => {
      throw new Error('survey clocks are derived by the hook, never started from a table row');
    },
    eventId: surveyClockEventId,
  },
  factId: (fact) => fact.eventId ?? '',
  memory: {
    initial: { facts: [] },
    evolve(memory, fact) {
      if (fact.eventId !== undefined && memory.facts.some((known) => known.eventId === fact.eventId)) return memory;
      return { facts: [...memory.facts, rememberedSurveyFact(fact)] };
    },
  },

  derive(memory, calendar): DerivedClock[] {
    const derived = deriveSurveyClocks(memory.facts, calendar);
    return derived.map((clock) => ({
      clockId: clock.clockId,
      rule: clock.rule,
      subject: { kind: 'survey', id: clock.surveyId, holderId: clock.holderId },
      sequence: clock.sequence,
      ...originOf(clock.sequence, derived, memory.facts),
      startedAt: clock.startedAt,
      count: { kind: clock.explanation.count.kind, from: clock.explanation.count.from, days: clock.explanation.count.days },
      dueAt: clock.dueAt,
      explanation: {
        rule: clock.explanation.count.kind,
        start: clock.explanation.count.from,
        days: clock.explanation.count.days,
        calendarVersions: clock.explanation.calendarVersions,
        countedDays: clock.explanation.countedDays,
        ...(clock.explanation.movedFrom ? { movedFrom: clock.explanation.movedFrom } : {}),
        text: clock.explanation.text,
      },
      ...(clock.met ? { met: { at: clock.met.at, ...(clock.met.byEventId ? { byEventId: clock.met.byEventId } : {}) } } : {}),
      ...(clock.cancelledAt ? { cancelledAt: clock.cancelledAt } : {}),
    }));
  },
};

/** Which fact started each clock: the approval for clock 1, the announcement that met clock k for k+1. */
function originOf(sequence: number, all: ReturnType<typeof deriveSurveyClocks>, facts: readonly SurveyFact[]): { originEventId?: string } {
  const id =
    sequence === 1
      ? [...facts].reverse().find((fact) => fact.type === 'SurveyApproved')?.eventId
      : all.find((clock) => clock.sequence === sequence - 1)?.met?.byEventId;
  return id === undefined ? {} : { originEventId: id };
}
