import { Controller, Inject } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  agencySurveys,
  operatorSurveyTemplates,
  publicSurveys,
  surveyResults as surveyResultsQuery,
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
import { DataSource, In } from 'typeorm';
import { CheckpointWatch } from '../checkpoints/checkpoint-watch';
import { awaitPosition } from '../querying/read-your-write';
import { SurveyOptionTallyEntity, SurveyViewEntity } from './survey-view.entity';

const PUBLISHED = ['approved', 'closed'];

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

@Controller()
export class SurveyQueriesHandler {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CheckpointWatch) private readonly watch: CheckpointWatch,
  ) {}

  private async tallies(surveyIds: string[]): Promise<SurveyOptionTallyEntity[]> {
    return surveyIds.length === 0 ? [] : this.dataSource.getRepository(SurveyOptionTallyEntity).findBy({ surveyId: In(surveyIds) });
  }

  @Answers(publicSurveys)
  async publicSurveys(@Payload() query: PublicSurveysQuery): Promise<PublicSurveysReply> {
    await awaitPosition(this.watch, query);
    const rows = await this.dataSource
      .getRepository(SurveyViewEntity)
      .find({ where: { status: In(PUBLISHED) }, order: { launchDate: 'DESC', surveyId: 'ASC' }, take: 200 });
    const tallies = await this.tallies(rows.filter(resultsVisible).map((row) => row.surveyId));
    return {
      projectionPosition: this.watch.position,
      items: rows.map((row) => ({
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

  @Answers(agencySurveys)
  async agencySurveys(@Payload() query: AgencySurveysQuery): Promise<AgencySurveysReply> {
    await awaitPosition(this.watch, query);
    const rows = await this.dataSource
      .getRepository(SurveyViewEntity)
      .find({ where: { holderId: query.holderId }, order: { launchDate: 'DESC', surveyId: 'ASC' }, take: 500 });
    return { projectionPosition: this.watch.position, items: rows.map((row) => ({ ...toSurveyView(row), ballots: row.ballots })) };
  }

  @Answers(operatorSurveyTemplates)
  async operatorTemplates(@Payload() query: OperatorSurveyTemplatesQuery): Promise<OperatorSurveyTemplatesReply> {
    await awaitPosition(this.watch, query);
    const rows = await this.dataSource
      .getRepository(SurveyViewEntity)
      .find({ where: { status: 'submitted' }, order: { submittedAt: 'ASC', surveyId: 'ASC' }, take: 500 });
    return { projectionPosition: this.watch.position, items: rows.map(toSurveyView) };
  }
}
