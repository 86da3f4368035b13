import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import {
  querySubject,
  type AgencySurveysQuery,
  type AgencySurveysReply,
  type OperatorSurveyTemplatesReply,
  type PublicSurveysReply,
  type SurveyResultsQuery,
  type SurveyResultsReply,
} from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { askBus } from '../../http/bus-request';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import { CurrentUser } from '../../identity/current-user';
import { ReadYourWriteQuery } from '../../requests/reading/read-your-write.query';

/** Surveys as the public, the agency and the operator see them (read models in services/projections). */
@Controller('api')
export class SurveysReadingController {
  constructor(@Inject(BUS) private readonly bus: ClientProxy, @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig) {}

  private ask<Reply>(query: string, message: object, waitMs?: number): Promise<Reply> {
    return askBus<Reply>(this.bus, querySubject(this.config.subjectRoot, 'projections', query), message, (waitMs ?? 0) + 5_000);
  }

  /** Published surveys with their questions; results per option where the survey shows them (live, or once closed). */
  @Get('surveys')
  list(@Query() query: ReadYourWriteQuery) {
    return this.ask<PublicSurveysReply>('public-surveys', { atLeastPosition: query.atLeastPosition, waitMs: query.waitMs }, query.waitMs);
  }

  @Get('surveys/:surveyId/results')
  async results(@Param('surveyId', UuidParamPipe) surveyId: string, @Query() query: ReadYourWriteQuery) {
    const message: SurveyResultsQuery = { surveyId, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    const reply = await this.ask<SurveyResultsReply>('survey-results', message, query.waitMs);
    if (!reply.found) throw new NotFoundException({ error: 'survey_not_found', message: `No published survey ${surveyId} (read model at ${reply.projectionPosition})` });
    if (!reply.visible) {
      return { survey: reply.survey, results: null, message: 'The results of this survey are shown once it is closed', projectionPosition: reply.projectionPosition };
    }
    return { survey: reply.survey, results: reply.results, projectionPosition: reply.projectionPosition };
  }

  /** The staff member's own agency's surveys in every state, with their ballot counts. */
  @Get('agency/surveys')
  agency(@Query() query: ReadYourWriteQuery, @CurrentUser() user: AuthenticatedUser) {
    const message: AgencySurveysQuery = { holderId: user.holderId as string, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    return this.ask<AgencySurveysReply>('agency-surveys', message, query.waitMs);
  }

  /** C1: the templates waiting for the operator's approval, oldest submission first. */
  @Get('operator/survey-templates')
  operatorQueue(@Query() query: ReadYourWriteQuery) {
    return this.ask<OperatorSurveyTemplatesReply>('operator-survey-templates', { atLeastPosition: query.atLeastPosition, waitMs: query.waitMs }, query.waitMs);
  }
}
