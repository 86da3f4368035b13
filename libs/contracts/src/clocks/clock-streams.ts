import { CONFERENCE_DEADLINE_CATEGORY } from '../conferences/conference-deadline-events';
import { DEADLINE_CATEGORY } from '../deadlines/deadline-events';
import { SURVEY_DEADLINE_CATEGORY } from '../surveys/survey-deadline-events';
import type { ClockSubject, ClockSubjectKind } from './clock-events';

/**
 * Clock facts stay in one stream per subject, in the categories the clocks have always used: a clock's
 * facts written before the family was one and after it sit in one stream, in order, and a fact derived
 * again after the upgrade (a redelivery) has the id of the one stored before it, so the store returns it
 * instead of writing a second. A topic application's clocks share the conference category.
 */
export const CLOCK_STREAM_CATEGORIES: Readonly<Record<ClockSubjectKind, string>> = {
  request: DEADLINE_CATEGORY,
  conference: CONFERENCE_DEADLINE_CATEGORY,
  'topic-application': CONFERENCE_DEADLINE_CATEGORY,
  survey: SURVEY_DEADLINE_CATEGORY,
};

export function clockStream(subject: Pick<ClockSubject, 'kind' | 'id'>): string {
  return `${CLOCK_STREAM_CATEGORIES[subject.kind]}-${subject.id}`;
}
