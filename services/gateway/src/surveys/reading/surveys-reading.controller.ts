import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { agencySurveys, operatorSurveyTemplates, publicSurveys, surveyResults, type QueryDescriptor } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { send } from '../../http/bus-request';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import { CurrentUser } from '../../identity/current-user';
import { ReadYourWriteQuery } from '../../requests/reading/read-your-write.query';

/** Surveys as the public, the agency and the operator see them (read models in services/projections). */
@Controller('api')
export class SurveysReadingController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  private ask<Query extends { readonly waitMs?: number }, Reply>(descriptor: QueryDescriptor<Query, Reply>, message: Query): Promise<Reply> {
    return send(this.bus, this.config.subjectRoot, descriptor, message, (message.waitMs ?? 0) + 5_000);
  }

  /** Published surveys with their questions; results per option where the survey shows them (live, or once closed). */
  @Get('surveys')
  list(@Query() query: ReadYourWriteQuery) {
    return this.ask(publicSurveys, { atLeastPosition: query.atLeastPosition, waitMs: query.waitMs });
  }

  @Get('surveys/:surveyId/results')
  async results(@Param('surveyId', UuidParamPipe) surveyId: string, @Query() query: ReadYourWriteQuery) {
    const reply = await this.ask(surveyResults, { surveyId, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs });
    if (!reply.found)
      throw new NotFoundException({ error: 'survey_not_found', message: `No published survey ${surveyId} (read model at ${reply.projectionPosition})` });
    if (!reply.visible) {
      return {
        survey: reply.survey,
        results: null,
        message: 'The results of this survey are shown once it is closed',
        projectionPosition: reply.projectionPosition,
      };
    }
    return { survey: reply.survey, results: reply.results, projectionPosition: reply.projectionPosition };
  }

  /** The staff member's own agency's surveys in every state, with their ballot counts. */
  @Get('agency/surveys')
  agency(@Query() query: ReadYourWriteQuery, @CurrentUser() user: AuthenticatedUser) {
    return this.ask(agencySurveys, { holderId: user.holderId as string, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs });
  }

  /** C1: the templates waiting for the operator's approval, oldest submission first. */
  @Get('operator/survey-templates')
  operatorQueue(@Query() query: ReadYourWriteQuery) {
    return this.ask(operatorSurveyTemplates, { atLeastPosition: query.atLeastPosition, waitMs: query.waitMs });
  }
}
