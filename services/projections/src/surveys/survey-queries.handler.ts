import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  agencySurveys,
  operatorSurveyTemplates,
  publicSurveys,
  surveyResults as surveyResultsQuery,
  PUBLIC_SURVEY_STATUSES,
  SURVEY_STATUSES,
  type SurveyListFilter,
  type AgencySurveysQuery,
  type AgencySurveysReply,
  type OperatorSurveyTemplatesQuery,
  type OperatorSurveyTemplatesReply,
  type PublicSurveysQuery,
  type PublicSurveysReply,
  type SurveyResults,
  type SurveyResultsQuery,
  type SurveyResultsReply,
  type SurveyView,
} from '@od/contracts';
import { Answers } from '@od/platform';
import { In, type FindOptionsWhere } from 'typeorm';
import { findPage, period, type KeyPart } from '../querying/keyset';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { SurveyOptionTallyEntity, SurveyViewEntity } from './survey-view.entity';

const PUBLISHED: readonly string[] = PUBLIC_SURVEY_STATUSES;

export function toSurveyView(row: SurveyViewEntity): SurveyView {
  return {
    surveyId: row.surveyId,
    holderId: row.holderId,
    category: row.category,
    name: row.name,
    launchDate: row.launchDate,
    closingDate: row.closingDate,
    opensAt: row.opensAt.toISOString(),
    closesAt: row.closesAt.toISOString(),
    status: row.status as SurveyView['status'],
    resultsVisibility: row.resultsVisibility as SurveyView['resultsVisibility'],
    questions: row.questions as SurveyView['questions'],
    returnReason: row.returnReason,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    lastAnnouncedAt: row.lastAnnouncedAt?.toISOString() ?? null,
    lastPublishedAt: row.lastPublishedAt?.toISOString() ?? null,
    announcements: row.announcements,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Results are public while a `live` survey runs, and for every survey once it is closed. */
export function resultsVisible(row: SurveyViewEntity): boolean {
  return row.status === 'closed' || (row.status === 'approved' && row.resultsVisibility === 'live');
}

/** Counts per option in question order, each with its share of the ballots (0 when none were cast). */
export function surveyResults(row: SurveyViewEntity, tallies: readonly SurveyOptionTallyEntity[]): SurveyResults {
  const questions = (row.questions as SurveyView['questions']).map((question) => ({
    questionId: question.questionId,
    options: question.options.map((option) => {
      const count = tallies.find((tally) => tally.optionId === option.optionId)?.count ?? 0;
      return { optionId: option.optionId, count, share: row.ballots === 0 ? 0 : Math.round((count / row.ballots) * 10_000) / 10_000 };
    }),
  }));
  return { ballots: row.ballots, questions };
}

/** Public and the agency's own: latest opening first. */
const LATEST_OPENING_FIRST: readonly KeyPart<SurveyViewEntity>[] = [
  { column: 'opensAt', direction: 'DESC', kind: 'instant' },
  { column: 'surveyId', direction: 'ASC', kind: 'text' },
];

/** The operator's queue: oldest submission first. */
const OLDEST_SUBMISSION_FIRST: readonly KeyPart<SurveyViewEntity>[] = [
  { column: 'submittedAt', direction: 'ASC', kind: 'instant' },
  { column: 'surveyId', direction: 'ASC', kind: 'text' },
];

/** The list's filters: its statuses, a holder, a period of the opening. */
function filtered(query: SurveyListFilter, statuses: readonly string[]): FindOptionsWhere<SurveyViewEntity> {
  const opensAt = period(query.from, query.to);
  return { status: In([...statuses]), ...(query.holderId ? { holderId: query.holderId } : {}), ...(opensAt ? { opensAt } : {}) };
}

@Controller()
export class SurveyQueriesHandler extends ReadModelQueries {
  private async tallies(surveyIds: string[]): Promise<SurveyOptionTallyEntity[]> {
    return surveyIds.length === 0 ? [] : this.dataSource.getRepository(SurveyOptionTallyEntity).findBy({ surveyId: In(surveyIds) });
  }

  /** Published surveys (approved and closed, or those of `statuses`), latest opening first, each with its results where shown. */
  @Answers(publicSurveys)
  async publicSurveys(@Payload() query: PublicSurveysQuery): Promise<PublicSurveysReply> {
    await awaitPosition(this.watch, query);
    const statuses = query.statuses && query.statuses.length > 0 ? query.statuses.filter((status) => PUBLISHED.includes(status)) : PUBLISHED;
    const page = await findPage(this.dataSource.getRepository(SurveyViewEntity), {
      where: filtered(query, statuses),
      key: LATEST_OPENING_FIRST,
      page: query,
      count: true,
    });
    const tallies = await this.tallies(page.items.filter(resultsVisible).map((row) => row.surveyId));
    return {
      ...page,
      projectionPosition: this.watch.position,
      items: page.items.map((row) => ({
        ...toSurveyView(row),
        results: resultsVisible(row)
          ? surveyResults(
              row,
              tallies.filter((tally) => tally.surveyId === row.surveyId),
            )
          : null,
      })),
    };
  }

  @Answers(surveyResultsQuery)
  async results(@Payload() query: SurveyResultsQuery): Promise<SurveyResultsReply> {
    await awaitPosition(this.watch, query);
    const row = await this.dataSource.getRepository(SurveyViewEntity).findOneBy({ surveyId: query.surveyId });
    if (!row || !PUBLISHED.includes(row.status)) return { found: false, projectionPosition: this.watch.position };
    if (!resultsVisible(row)) return { found: true, visible: false, survey: toSurveyView(row), projectionPosition: this.watch.position };
    return {
      found: true,
      visible: true,
      survey: toSurveyView(row),
      results: surveyResults(row, await this.tallies([row.surveyId])),
      projectionPosition: this.watch.position,
    };
  }

  /** The holder's own surveys in every state (or those of `statuses`), latest opening first, with their ballot counts. */
  @Answers(agencySurveys)
  async agencySurveys(@Payload() query: AgencySurveysQuery): Promise<AgencySurveysReply> {
    await awaitPosition(this.watch, query);
    const statuses = query.statuses && query.statuses.length > 0 ? query.statuses : SURVEY_STATUSES;
    const page = await findPage(this.dataSource.getRepository(SurveyViewEntity), {
      where: filtered({ ...query, holderId: query.holderId }, statuses),
      key: LATEST_OPENING_FIRST,
      page: query,
      count: true,
    });
    return { ...page, projectionPosition: this.watch.position, items: page.items.map((row) => ({ ...toSurveyView(row), ballots: row.ballots })) };
  }

  /** C1: the operator's queue, oldest submission first. */
  @Answers(operatorSurveyTemplates)
  async operatorTemplates(@Payload() query: OperatorSurveyTemplatesQuery): Promise<OperatorSurveyTemplatesReply> {
    await awaitPosition(this.watch, query);
    const page = await findPage(this.dataSource.getRepository(SurveyViewEntity), {
      where: filtered(query, ['submitted']),
      key: OLDEST_SUBMISSION_FIRST,
      page: query,
      count: true,
    });
    return { ...page, projectionPosition: this.watch.position, items: page.items.map(toSurveyView) };
  }
}
