import type { BallotCast, SurveyEvent } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import { SurveyOptionTallyEntity, SurveyViewEntity } from './survey-view.entity';

const surveyEventTypes = new Set<string>(['SurveyDrafted', 'SurveySubmitted', 'SurveyApproved', 'SurveyReturned', 'SurveyAnnounced', 'SurveyClosed']);

/** The survey's row after one of its facts (null for a fact about a survey the view never saw drafted). */
export function evolveSurveyView(view: SurveyViewEntity | null, event: RecordedEvent<SurveyEvent>): SurveyViewEntity | null {
  const at = new Date(event.metadata.occurredAt);
  if (event.type === 'SurveyDrafted') {
    const data = event.data;
    return Object.assign(new SurveyViewEntity(), {
      surveyId: data.surveyId,
      holderId: data.holderId,
      category: data.category,
      name: data.name,
      launchDate: data.launchDate,
      closingDate: data.closingDate,
      opensAt: new Date(data.opensAt),
      closesAt: new Date(data.closesAt),
      status: 'drafted',
      resultsVisibility: data.resultsVisibility,
      questions: data.questions as unknown[],
      returnReason: null,
      submittedAt: null,
      lastAnnouncedAt: null,
      lastPublishedAt: null,
      announcements: 0,
      ballots: view?.ballots ?? 0,
      updatedAt: at,
    });
  }
  if (!view) return null;
  const next = Object.assign(new SurveyViewEntity(), view, { updatedAt: at });
  switch (event.type) {
    case 'SurveySubmitted':
      return Object.assign(next, {
        status: 'submitted',
        submittedAt: new Date(event.data.submittedAt),
        launchDate: event.data.launchDate,
        closingDate: event.data.closingDate,
        opensAt: new Date(event.data.opensAt),
        closesAt: new Date(event.data.closesAt),
        returnReason: null,
      });
    case 'SurveyApproved':
      return Object.assign(next, { status: 'approved' });
    case 'SurveyReturned':
      return Object.assign(next, { status: 'returned', returnReason: event.data.reason });
    case 'SurveyAnnounced':
      return Object.assign(next, {
        announcements: view.announcements + 1,
        lastAnnouncedAt: new Date(event.data.announcedAt),
        lastPublishedAt: event.data.publishedAt ? new Date(event.data.publishedAt) : null,
      });
    case 'SurveyClosed':
      return Object.assign(next, { status: 'closed' });
    default:
      return next;
  }
}

export async function projectSurveyView(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (event.type === 'BallotCast') return projectBallot(manager, event as RecordedEvent<BallotCast>);
  if (!surveyEventTypes.has(event.type)) return;
  const surveyEvent = event as RecordedEvent<SurveyEvent>;
  const repository = manager.getRepository(SurveyViewEntity);
  const current = await repository.findOneBy({ surveyId: surveyEvent.data.surveyId });
  const next = evolveSurveyView(current, surveyEvent);
  if (!next) return;
  await repository.save(next);
  if (surveyEvent.type === 'SurveyDrafted') {
    const rows = surveyEvent.data.questions.flatMap((question) =>
      question.options.map((option, ordinal) => ({
        surveyId: surveyEvent.data.surveyId,
        optionId: option.optionId,
        questionId: question.questionId,
        ordinal,
        count: 0,
      })),
    );
    await manager.createQueryBuilder().insert().into(SurveyOptionTallyEntity).values(rows).orIgnore().execute();
  }
}

/**
 * A ballot adds one to each option it chose and to the survey's ballot count: two statements whatever the
 * number of questions, so the projection's cost per ballot does not grow as the survey fills.
 */
async function projectBallot(manager: EntityManager, event: RecordedEvent<BallotCast>): Promise<void> {
  const { surveyId, answers } = event.data;
  const optionIds = answers.flatMap((answer) => answer.optionIds);
  await manager.query('UPDATE read_models.survey_option_tallies SET count = count + 1 WHERE survey_id = $1 AND option_id = ANY($2::text[])', [
    surveyId,
    optionIds,
  ]);
  await manager.query('UPDATE read_models.survey_views SET ballots = ballots + 1 WHERE survey_id = $1', [surveyId]);
}
