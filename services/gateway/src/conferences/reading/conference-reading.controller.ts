import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import {
  AGENCY_CONFERENCES_CURSOR,
  agencyConferences,
  CONFERENCE_PHASES,
  CONFERENCE_STATUSES,
  CONFERENCE_TEMPLATES_CURSOR,
  MY_QUESTIONS_CURSOR,
  myConferenceQuestions,
  PUBLIC_CONFERENCES_CURSOR,
  publicConference,
  publicConferences,
  waitingConferenceTemplates,
  type ConferencePhase,
  type ConferenceStatus,
  type QueryDescriptor,
} from '@od/contracts';
import { actorOf, PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { BUS } from '../../bus';
import { commaList } from '../../clocks/clock-status.query';
import { send } from '../../http/bus-request';
import { cursorUnder, IsCursorOf, IsFilteredCursorOf, PageQuery, PeriodPageQuery, pageOf, underFilters } from '../../http/page.query';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import { CurrentUser } from '../../identity/current-user';
import { ReadYourWriteQuery } from '../../requests/reading/read-your-write.query';
import { says } from '../../http/validation-messages/field-messages';

/** `?holderId=`, `?from=&to=` (of the start), `?limit=&cursor=`: what every conference list takes. */
class ConferenceListQuery extends PeriodPageQuery {
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,80}$/, says('matches.holderId'))
  holderId?: string;
}

/** `?status=upcoming,open,ended` (upcoming and open when absent; `ended` is the archive). */
export class PublicConferencesQueryDto extends ConferenceListQuery {
  @IsOptional()
  @IsFilteredCursorOf(PUBLIC_CONFERENCES_CURSOR)
  override cursor?: string;

  @IsOptional()
  @commaList
  @IsIn(CONFERENCE_PHASES, { each: true })
  status?: ConferencePhase[];
}

/** `?status=draft,submitted,returned,published,closed` (every state when absent). */
export class AgencyConferencesQueryDto extends ConferenceListQuery {
  @IsOptional()
  @IsFilteredCursorOf(AGENCY_CONFERENCES_CURSOR)
  override cursor?: string;

  @IsOptional()
  @commaList
  @IsIn(CONFERENCE_STATUSES, { each: true })
  status?: ConferenceStatus[];
}

export class ConferenceTemplatesQueryDto extends ConferenceListQuery {
  @IsOptional()
  @IsFilteredCursorOf(CONFERENCE_TEMPLATES_CURSOR)
  override cursor?: string;
}

export class MyQuestionsQueryDto extends PageQuery {
  @IsOptional()
  @IsCursorOf(MY_QUESTIONS_CURSOR)
  override cursor?: string;
}

/**
 * Public: published conferences with their questions and answers (never who asked), the archive of ended
 * ones, and one by id. The agency: its own conferences and their state. The operator: templates waiting
 * for approval (C1). The asker: their own questions with the answers.
 */
@Controller('api')
export class ConferenceReadingController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  private ask<Q extends { readonly waitMs?: number }, Reply>(descriptor: QueryDescriptor<Q, Reply>, message: Q): Promise<Reply> {
    return send(this.bus, this.config.subjectRoot, descriptor, message, (message.waitMs ?? 0) + 5_000);
  }

  @Get('conferences')
  async publicConferences(@Query() query: PublicConferencesQueryDto) {
    const { limit, from, to } = pageOf(query);
    const filters = { status: query.status, holderId: query.holderId, from, to };
    const message = {
      asOf: new Date().toISOString(),
      phases: query.status,
      holderId: query.holderId,
      from,
      to,
      limit,
      cursor: cursorUnder(query.cursor, filters),
    };
    return underFilters(await this.ask(publicConferences, { ...message, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs }), filters);
  }

  /** One conference as the public sees it: unknown ids and conferences not yet published are one and the same 404. */
  @Get('conferences/:conferenceId')
  async publicConference(@Param('conferenceId', UuidParamPipe) conferenceId: string, @Query() query: ReadYourWriteQuery) {
    const reply = await this.ask(publicConference, {
      conferenceId,
      asOf: new Date().toISOString(),
      atLeastPosition: query.atLeastPosition,
      waitMs: query.waitMs,
    });
    if (!reply.found) throw new NotFoundException({ error: 'conference_not_found', message: `No published conference ${conferenceId}` });
    return { ...reply.conference, projectionPosition: reply.projectionPosition };
  }

  @Get('agency/conferences')
  async agencyConferences(@Query() query: AgencyConferencesQueryDto, @CurrentUser() user: AuthenticatedUser) {
    const { limit, from, to } = pageOf(query);
    const holderId = user.holderId as string;
    const filters = { status: query.status, from, to };
    const message = { holderId, asOf: new Date().toISOString(), statuses: query.status, from, to, limit, cursor: cursorUnder(query.cursor, filters) };
    return underFilters(await this.ask(agencyConferences, { ...message, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs }), filters);
  }

  @Get('operator/conference-templates')
  async waitingTemplates(@Query() query: ConferenceTemplatesQueryDto) {
    const { limit, from, to } = pageOf(query);
    const filters = { holderId: query.holderId, from, to };
    const message = { holderId: query.holderId, from, to, limit, cursor: cursorUnder(query.cursor, filters) };
    return underFilters(await this.ask(waitingConferenceTemplates, { ...message, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs }), filters);
  }

  /** The caller's own questions across conferences, newest first, each with its status and the answer once given. */
  @Get('me/questions')
  async myQuestions(@Query() query: MyQuestionsQueryDto, @CurrentUser() user: AuthenticatedUser) {
    const { limit, cursor } = pageOf(query);
    const message = { askerId: actorOf(user).id, asOf: new Date().toISOString(), limit, cursor };
    return this.ask(myConferenceQuestions, { ...message, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs });
  }
}
