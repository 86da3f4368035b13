import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import {
  agencySurveys,
  operatorSurveyTemplates,
  PUBLIC_SURVEY_STATUSES,
  publicSurveys,
  SURVEY_STATUSES,
  SURVEY_TEMPLATES_CURSOR,
  surveyResults,
  SURVEYS_CURSOR,
  type QueryDescriptor,
  type SurveyStatus,
} from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { BUS } from '../../bus';
import { commaList } from '../../clocks/clock-status.query';
import { send } from '../../http/bus-request';
import { cursorUnder, IsFilteredCursorOf, PeriodPageQuery, pageOf, underFilters } from '../../http/page.query';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import { CurrentUser } from '../../identity/current-user';
import { ReadYourWriteQuery } from '../../requests/reading/read-your-write.query';
import { says } from '../../http/validation-messages/field-messages';

/** `?holderId=`, `?from=&to=` (of the opening), `?limit=&cursor=`: what every survey list takes. */
class SurveyListQuery extends PeriodPageQuery {
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,80}$/, says('matches.holderId'))
  holderId?: string;
}

/** `?status=approved,closed` (both when absent: closed ones are the archive). */
export class PublicSurveysQueryDto extends SurveyListQuery {
  @IsOptional()
  @IsFilteredCursorOf(SURVEYS_CURSOR)
  override cursor?: string;

  @IsOptional()
  @commaList
  @IsIn(PUBLIC_SURVEY_STATUSES, { each: true })
  status?: SurveyStatus[];
}

/** `?status=` any of the survey's states (every one when absent). */
export class AgencySurveysQueryDto extends SurveyListQuery {
  @IsOptional()
  @IsFilteredCursorOf(SURVEYS_CURSOR)
  override cursor?: string;

  @IsOptional()
  @commaList
  @IsIn(SURVEY_STATUSES, { each: true })
  status?: SurveyStatus[];
}

export class SurveyTemplatesQueryDto extends SurveyListQuery {
  @IsOptional()
  @IsFilteredCursorOf(SURVEY_TEMPLATES_CURSOR)
  override cursor?: string;
}

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

  /** Published surveys with their questions, latest opening first; results per option where the survey shows them (live, or once closed). */
  @Get('surveys')
  async list(@Query() query: PublicSurveysQueryDto) {
    const { limit, from, to } = pageOf(query);
    const filters = { status: query.status, holderId: query.holderId, from, to };
    const message = { statuses: query.status, holderId: query.holderId, from, to, limit, cursor: cursorUnder(query.cursor, filters) };
    return underFilters(await this.ask(publicSurveys, { ...message, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs }), filters);
  }

  /** One published (approved or closed) survey with its questions, and its results where shown; any other id is one and the same 404. */
  @Get('surveys/:surveyId')
  async one(@Param('surveyId', UuidParamPipe) surveyId: string, @Query() query: ReadYourWriteQuery) {
    const reply = await this.ask(surveyResults, { surveyId, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs });
    if (!reply.found) throw new NotFoundException({ error: 'survey_not_found', message: `No published survey ${surveyId}` });
    return { ...reply.survey, results: reply.visible ? reply.results : null, projectionPosition: reply.projectionPosition };
  }

  @Get('surveys/:surveyId/results')
  async results(@Param('surveyId', UuidParamPipe) surveyId: string, @Query() query: ReadYourWriteQuery) {
    const reply = await this.ask(surveyResults, { surveyId, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs });
    if (!reply.found) throw new NotFoundException({ error: 'survey_not_found', message: `No published survey ${surveyId}` });
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
  async agency(@Query() query: AgencySurveysQueryDto, @CurrentUser() user: AuthenticatedUser) {
    const { limit, from, to } = pageOf(query);
    const filters = { status: query.status, from, to };
    const message = { holderId: user.holderId as string, statuses: query.status, from, to, limit, cursor: cursorUnder(query.cursor, filters) };
    return underFilters(await this.ask(agencySurveys, { ...message, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs }), filters);
  }

  /** C1: the templates waiting for the operator's approval, oldest submission first. */
  @Get('operator/survey-templates')
  async operatorQueue(@Query() query: SurveyTemplatesQueryDto) {
    const { limit, from, to } = pageOf(query);
    const filters = { holderId: query.holderId, from, to };
    const message = { holderId: query.holderId, from, to, limit, cursor: cursorUnder(query.cursor, filters) };
    return underFilters(await this.ask(operatorSurveyTemplates, { ...message, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs }), filters);
  }
}
