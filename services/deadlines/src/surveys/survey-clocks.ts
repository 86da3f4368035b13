import { CalendarError } from '@od/calendar';
import { SURVEY_CATEGORY, surveyStream, type SurveyEvent } from '@od/contracts';
import { deriveSurveyClocks, isSurveyClockRunning, surveyClocksOnFacts, surveyScheduledFacts, type SurveyDeadlineClock, type SurveyFact } from '@od/domain';
import type { RecordedEvent } from '@od/event-store';
import type { PoolClient } from 'pg';
import type { CalendarAmendment, ClockKind, FoldContext } from '../clocks/clock-kind';
import { clockRow, lockOpenClocks, lockSubjectClocks, lockTrack, saveClock, saveTrack } from '../clocks/clock-table';
import { recordClockFacts } from '../recording/record-facts';

const KIND = 'survey';
const SURVEY_TYPES = new Set<SurveyEvent['type']>(['SurveyDrafted', 'SurveySubmitted', 'SurveyApproved', 'SurveyReturned', 'SurveyAnnounced', 'SurveyClosed']);

/** The survey's facts folded so far, in stream order: what `deriveSurveyClocks` needs, and no more. */
interface SurveyTrack {
  readonly facts: readonly SurveyFact[];
}

/**
 * The fact as the track keeps it: type, data and id (not the store's positions). A draft carries the whole
 * Annex 2 template; the clocks read only who, and when it opens and closes.
 */
function kept(event: RecordedEvent): SurveyFact {
  const fact = event as unknown as SurveyEvent;
  const data = fact.type === 'SurveyDrafted' ? { surveyId: fact.data.surveyId, holderId: fact.data.holderId, opensAt: fact.data.opensAt, closesAt: fact.data.closesAt } : fact.data;
  return { type: fact.type, schemaVersion: fact.schemaVersion, data, eventId: event.metadata.eventId } as SurveyFact;
}

async function rederive(
  client: PoolClient,
  surveyId: string,
  facts: readonly SurveyFact[],
  context: FoldContext,
  cause: { correlationId: string; causationId: string },
  recomputed?: CalendarAmendment,
): Promise<void> {
  const kept = await lockSubjectClocks<SurveyDeadlineClock>(client, KIND, surveyId);
  let changes: ReturnType<typeof surveyClocksOnFacts>;
  try {
    changes = surveyClocksOnFacts(kept, facts, { calendar: context.calendar, warningWorkingDays: context.warningWorkingDays }, recomputed);
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    context.log.warn(`no C3 clock for survey ${surveyId}: ${error.message}`);
    return;
  }
  await recordClockFacts(context.store, changes.facts, cause);
  for (const clock of changes.changed) await saveClock(client, surveyClocks.row(clock));
}

/**
 * C3 for surveys (libs/domain/src/surveys/survey-clocks.ts, libs/domain/src/deadlines/survey-deadlines.ts): the
 * clocks are derived from the survey's whole history, so each fact re-derives them and the difference with
 * the clocks kept is recorded in `surveydeadline-<surveyId>`. Ballots (another category) are not followed.
 */
export const surveyClocks: ClockKind<SurveyDeadlineClock> = {
  kind: KIND,
  categories: [SURVEY_CATEGORY],

  async onFact(client, event, context) {
    if (!SURVEY_TYPES.has(event.type as SurveyEvent['type'])) return;
    const fact = kept(event);
    const surveyId = fact.data.surveyId;
    const track = (await lockTrack<SurveyTrack>(client, KIND, surveyId)) ?? { facts: [] };
    if (track.facts.some((known) => known.eventId === fact.eventId)) return;
    const facts = [...track.facts, fact];
    await saveTrack(client, KIND, surveyId, { facts } satisfies SurveyTrack);
    await rederive(client, surveyId, facts, context, { correlationId: event.metadata.correlationId, causationId: event.metadata.eventId });
  },

  async onCalendar(client, amendment, context) {
    const surveys = new Set((await lockOpenClocks<SurveyDeadlineClock>(client, KIND)).map((clock) => clock.surveyId));
    const cause = { correlationId: amendment.event.metadata.correlationId, causationId: amendment.event.metadata.eventId };
    for (const surveyId of surveys) {
      const track = await lockTrack<SurveyTrack>(client, KIND, surveyId);
      if (track) await rederive(client, surveyId, track.facts, context, cause, amendment);
    }
  },

  row: (clock) => clockRow(clock, { kind: KIND, subjectId: clock.surveyId, running: isSurveyClockRunning(clock), breachesWhenUnmet: true }),

  scheduled: surveyScheduledFacts,

  async stoppedInStore(store, clock, calendar) {
    const facts = (await store.readStream(surveyStream(clock.surveyId))).map((fact) => ({ ...(fact as unknown as SurveyEvent), eventId: fact.metadata.eventId }));
    const now = deriveSurveyClocks(facts, calendar).find((derived) => derived.clockId === clock.clockId);
    return now !== undefined && !isSurveyClockRunning(now);
  },

  cause: (clock) => ({ correlationId: clock.clockId, causationId: clock.originEventId ?? clock.clockId }),
};
