import type { ConferenceDeadlineEvent, ConferenceDeadlineExplanation } from '../conferences/conference-deadline-events';
import type { DeadlineEvent, DeadlineExplanationData } from '../deadlines/deadline-events';
import type { SurveyDeadlineEvent, SurveyDeadlineExplanation } from '../surveys/survey-deadline-events';
import type { ClockEvent, ClockExplanation, ClockSubject } from './clock-events';

/** The clock facts stored before the family was one: read, never appended any more. */
export type LegacyClockEvent = DeadlineEvent | ConferenceDeadlineEvent | SurveyDeadlineEvent;

const STEPS = ['Started', 'WarningIssued', 'Breached', 'Stopped', 'Recomputed'] as const;
const LEGACY_PREFIXES = ['Deadline', 'ConferenceDeadline', 'SurveyDeadline'] as const;

export const LEGACY_CLOCK_EVENT_TYPES: ReadonlySet<string> = new Set(LEGACY_PREFIXES.flatMap((prefix) => STEPS.map((step) => `${prefix}${step}`)));

type AnyExplanation = DeadlineExplanationData | ConferenceDeadlineExplanation | SurveyDeadlineExplanation;

/** The explanation of each old family, as the one shape (`@od/calendar`'s `Deadline` explanation). */
export function upcastClockExplanation(explanation: AnyExplanation): ClockExplanation {
  if ('count' in explanation) {
    const { text, count, countedDays, movedFrom, calendarVersions } = explanation;
    return { rule: count.kind, start: count.from, days: count.days, calendarVersions, countedDays, ...(movedFrom ? { movedFrom } : {}), text };
  }
  const { start, days, calendarVersions } = explanation;
  const rule = explanation.rule === 'conference-end' ? 'instant' : explanation.rule;
  const countedDays = 'countedDays' in explanation ? explanation.countedDays : undefined;
  const movedFrom = 'movedFrom' in explanation ? explanation.movedFrom : undefined;
  return { rule, start, days, calendarVersions, ...(countedDays ? { countedDays } : {}), ...(movedFrom ? { movedFrom } : {}) };
}

function clockPart(event: LegacyClockEvent): {
  clockId: string;
  rule: ClockEvent['data']['rule'];
  subject: ClockSubject;
  questionId?: string;
  sequence?: number;
  dueAt: string;
} {
  const data = event.data as LegacyClockEvent['data'] & { requestId?: string; subjectId?: string; surveyId?: string; questionId?: string; sequence?: number };
  const { clockId, rule, holderId, dueAt } = data;
  if (event.type.startsWith('SurveyDeadline'))
    return { clockId, rule, subject: { kind: 'survey', id: data.surveyId as string, holderId }, sequence: data.sequence, dueAt };
  if (event.type.startsWith('ConferenceDeadline')) {
    const subject: ClockSubject = { kind: rule === 'C5' ? 'topic-application' : 'conference', id: data.subjectId as string, holderId };
    return { clockId, rule, subject, ...(data.questionId === undefined ? {} : { questionId: data.questionId }), dueAt };
  }
  return { clockId, rule, subject: { kind: 'request', id: data.requestId as string, holderId }, dueAt };
}

/**
 * A stored clock fact as the one family: a `ClockEvent` as is, an old `Deadline*` / `ConferenceDeadline*` /
 * `SurveyDeadline*` fact turned into it (the type's step, the subject from its request, conference, topic
 * application or survey, the explanation in the one shape), anything else `undefined`. Works on recorded
 * facts too: every other field (metadata, position, stream) is kept.
 */
export function upcastClockEvent<E extends { readonly type: string; readonly schemaVersion: number; readonly data: unknown }>(
  event: E,
): (Omit<E, 'type' | 'data' | 'schemaVersion'> & ClockEvent) | undefined {
  if ((CLOCK_TYPES as ReadonlySet<string>).has(event.type)) return event as unknown as Omit<E, 'type' | 'data' | 'schemaVersion'> & ClockEvent;
  if (!LEGACY_CLOCK_EVENT_TYPES.has(event.type)) return undefined;
  const legacy = event as unknown as LegacyClockEvent;
  const step = STEPS.find((candidate) => legacy.type.endsWith(candidate)) as (typeof STEPS)[number];
  const clock = clockPart(legacy);
  const data = legacy.data as unknown as Record<string, unknown>;
  let upcast: ClockEvent;
  switch (step) {
    case 'Started': {
      const { startedAt, warnAt, explanation } = data as { startedAt: string; warnAt: string; explanation: AnyExplanation };
      upcast = { type: 'ClockStarted', schemaVersion: 1, data: { ...clock, startedAt, warnAt, explanation: upcastClockExplanation(explanation) } };
      break;
    }
    case 'WarningIssued':
      upcast = { type: 'ClockWarningIssued', schemaVersion: 1, data: { ...clock, warnedAt: data.warnedAt as string } };
      break;
    case 'Breached':
      upcast = { type: 'ClockBreached', schemaVersion: 1, data: { ...clock, breachedAt: data.breachedAt as string, metLate: data.metLate as boolean } };
      break;
    case 'Stopped': {
      const { stoppedAt, outcome, late, byEventId } = data as { stoppedAt: string; outcome: 'met' | 'superseded'; late: boolean; byEventId?: string };
      upcast = { type: 'ClockStopped', schemaVersion: 1, data: { ...clock, stoppedAt, outcome, late, ...(byEventId === undefined ? {} : { byEventId }) } };
      break;
    }
    case 'Recomputed': {
      const { previousDueAt, reason, explanation, recomputedAt } = data as {
        previousDueAt: string;
        reason: string;
        explanation: AnyExplanation;
        recomputedAt: string;
      };
      upcast = {
        type: 'ClockRecomputed',
        schemaVersion: 1,
        data: { ...clock, previousDueAt, reason, explanation: upcastClockExplanation(explanation), recomputedAt },
      };
      break;
    }
  }
  return { ...event, ...upcast } as Omit<E, 'type' | 'data' | 'schemaVersion'> & ClockEvent;
}

const CLOCK_TYPES: ReadonlySet<string> = new Set<ClockEvent['type']>([
  'ClockStarted',
  'ClockWarningIssued',
  'ClockBreached',
  'ClockStopped',
  'ClockRecomputed',
]);
