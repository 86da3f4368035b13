import { SURVEY_CATEGORY, surveyStream, type SurveyEvent } from '@od/contracts';
import { surveyClockTable, type SurveyFact, type SurveyMemory } from '@od/domain';
import { engineClockKind } from '../clocks/engine-clock-kind';

const SURVEY_TYPES = new Set<string>([
  'SurveyDrafted',
  'SurveySubmitted',
  'SurveyApproved',
  'SurveyReturned',
  'SurveyAnnounced',
  'SurveyClosed',
] satisfies SurveyEvent['type'][]);

/**
 * C3 for surveys (`surveyClockTable`: the hook derives the clocks from the survey's whole history, kept as
 * the memory in `deadlines.tracks`), facts in `surveydeadline-<surveyId>`. Ballots (another category) are not followed.
 */
export const surveyClocks = engineClockKind<SurveyFact, SurveyMemory>(surveyClockTable, {
  categories: [SURVEY_CATEGORY],
  toFact: (event) => {
    if (!SURVEY_TYPES.has(event.type)) return undefined;
    const fact = event as unknown as SurveyEvent;
    return { type: fact.type, schemaVersion: fact.schemaVersion, data: fact.data, eventId: event.metadata.eventId } as SurveyFact;
  },
  subjectOf: (fact) => fact.data.surveyId,
  sourceStream: (clock) => surveyStream(clock.subject.id),
});
