// The ids of clocks and of their facts, per kind. Each namespace is fixed forever: a fact derived again (a
// redelivery, a restart after a crash) must get the id it got the first time, so that the store records it
// once. The values are those the three families used before the clocks were one engine (the registry holds them).
import type { ClockRule } from '@od/contracts';
import { uuidV5 } from '../shared/deterministic-id';
import { ID_NAMESPACE_REGISTRY } from '../shared/id-namespaces';

/** Request clocks R2–R6. */
export const DEADLINE_ID_NAMESPACE = ID_NAMESPACE_REGISTRY.requestClock;
/** Conference clocks C3, C4 and topic-application clocks C5. */
export const CONFERENCE_DEADLINE_ID_NAMESPACE = ID_NAMESPACE_REGISTRY.conferenceClock;
/** Survey C3 clocks: the clocks' own ids (by survey and sequence). */
export const SURVEY_CLOCK_ID_NAMESPACE = ID_NAMESPACE_REGISTRY.surveyClock;
/** Survey C3 clocks: the ids of their facts. */
export const SURVEY_DEADLINE_ID_NAMESPACE = ID_NAMESPACE_REGISTRY.surveyClockFact;

export function clockIdFor(requestId: string, rule: ClockRule, holderId: string, originEventId: string): string {
  return uuidV5(`${requestId}/${rule}/${holderId}/${originEventId}`, DEADLINE_ID_NAMESPACE);
}

/** `started`, `stopped`, `breached` (once per clock), `warned/<dueAt>` (once per due instant), `recomputed/<cause>`. */
export function clockEventId(clockId: string, what: string): string {
  return uuidV5(`${clockId}/${what}`, DEADLINE_ID_NAMESPACE);
}

export function conferenceClockId(subjectId: string, rule: ClockRule, originEventId: string, questionId?: string): string {
  return uuidV5(`${subjectId}/${rule}/${questionId ?? '-'}/${originEventId}`, CONFERENCE_DEADLINE_ID_NAMESPACE);
}

export function conferenceClockEventId(clockId: string, what: string): string {
  return uuidV5(`${clockId}/${what}`, CONFERENCE_DEADLINE_ID_NAMESPACE);
}

export function surveyClockId(surveyId: string, sequence: number): string {
  return uuidV5(`${surveyId}/C3/${sequence}`, SURVEY_CLOCK_ID_NAMESPACE);
}

export function surveyClockEventId(clockId: string, what: string): string {
  return uuidV5(`${clockId}/${what}`, SURVEY_DEADLINE_ID_NAMESPACE);
}
