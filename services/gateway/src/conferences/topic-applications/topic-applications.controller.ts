import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import {
  acceptTopicApplication,
  AGENCY_TOPIC_APPLICATIONS_CURSOR,
  agencyTopicApplications,
  MY_TOPIC_APPLICATIONS_CURSOR,
  applyForConferenceTopic,
  myTopicApplications,
  refuseTopicApplication,
  REQUEST_LANGUAGES,
  TOPIC_APPLICATION_STATUSES,
  type RequestLanguage,
  type TopicApplicationStatus,
} from '@od/contracts';
import { TOPIC_APPLICATION_LIMITS } from '@od/domain';
import { actorOf, PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { BUS } from '../../bus';
import { commaList } from '../../clocks/clock-status.query';
import { send } from '../../http/bus-request';
import { cursorUnder, IsFilteredCursorOf, PeriodPageQuery, pageOf, underFilters } from '../../http/page.query';
import { HolderIdParamPipe } from '../../holders/holder-id.pipe';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import { CurrentUser } from '../../identity/current-user';
import { CommandIdDto } from '../../requests/command-id.dto';
import { ReasonDto } from '../conference.dto';
import { sendConferenceCommand } from '../send-conference-command';
import { IsSafeText } from '../../http/is-safe-text';
import { says } from '../../http/validation-messages/field-messages';

export class TopicApplicationDto extends CommandIdDto {
  @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(TOPIC_APPLICATION_LIMITS.topicMaxLength) topic!: string;
  @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(TOPIC_APPLICATION_LIMITS.textMaxLength) text!: string;
  @IsIn(REQUEST_LANGUAGES) language!: RequestLanguage;
}

/** `?status=` (submitted, accepted, refused, comma-separated; those still to decide when absent), `?from=&to=` (of sending), `?limit=&cursor=`. */
export class AgencyTopicApplicationsQueryDto extends PeriodPageQuery {
  @IsOptional()
  @IsFilteredCursorOf(AGENCY_TOPIC_APPLICATIONS_CURSOR)
  override cursor?: string;

  @IsOptional()
  @commaList
  @IsIn(TOPIC_APPLICATION_STATUSES, { each: true })
  status?: TopicApplicationStatus[];
}

/** `?status=` (every one when absent), `?from=&to=` (of sending), `?holderId=`, `?limit=&cursor=`. */
export class MyTopicApplicationsQueryDto extends PeriodPageQuery {
  @IsOptional()
  @IsFilteredCursorOf(MY_TOPIC_APPLICATIONS_CURSOR)
  override cursor?: string;

  @IsOptional()
  @commaList
  @IsIn(TOPIC_APPLICATION_STATUSES, { each: true })
  status?: TopicApplicationStatus[];

  @IsOptional()
  @Matches(/^[a-z0-9-]{1,80}$/, says('matches.holderId'))
  holderId?: string;
}

/** C5: "Creating the topic of an Internet conference": a user applies to a holder; its administrator accepts or refuses with a reason. */
@Controller('api')
export class TopicApplicationsController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Post('holders/:holderId/topic-applications')
  @HttpCode(201)
  apply(
    @Param('holderId', HolderIdParamPipe) holderId: string,
    @Body() { commandId, topic, text, language }: TopicApplicationDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return sendConferenceCommand(this.bus, this.config.subjectRoot, applyForConferenceTopic, user, { commandId, data: { holderId, topic, text, language } });
  }

  @Post('topic-applications/:applicationId/acceptance')
  @HttpCode(201)
  accept(@Param('applicationId', UuidParamPipe) applicationId: string, @Body() { commandId }: CommandIdDto, @CurrentUser() user: AuthenticatedUser) {
    return sendConferenceCommand(this.bus, this.config.subjectRoot, acceptTopicApplication, user, { commandId, applicationId, data: {} });
  }

  @Post('topic-applications/:applicationId/refusal')
  @HttpCode(201)
  refuse(@Param('applicationId', UuidParamPipe) applicationId: string, @Body() { commandId, reason }: ReasonDto, @CurrentUser() user: AuthenticatedUser) {
    return sendConferenceCommand(this.bus, this.config.subjectRoot, refuseTopicApplication, user, { commandId, applicationId, data: { reason } });
  }

  /** C5: the holder's administrator lists the applications to decide, due first (`?status=` for decided ones). */
  @Get('agency/topic-applications')
  async agencyList(@Query() query: AgencyTopicApplicationsQueryDto, @CurrentUser() user: AuthenticatedUser) {
    const { limit, from, to } = pageOf(query);
    const filters = { status: query.status, from, to };
    const message = {
      holderId: user.holderId as string,
      statuses: query.status,
      limit,
      cursor: cursorUnder(query.cursor, filters),
      from,
      to,
      atLeastPosition: query.atLeastPosition,
      waitMs: query.waitMs,
    };
    return underFilters(await send(this.bus, this.config.subjectRoot, agencyTopicApplications, message, (query.waitMs ?? 0) + 5_000), filters);
  }

  /** C5: the applicant's own applications, newest first, with the decision and a refusal's reason. */
  @Get('me/topic-applications')
  async mine(@Query() query: MyTopicApplicationsQueryDto, @CurrentUser() user: AuthenticatedUser) {
    const { limit, from, to } = pageOf(query);
    const filters = { status: query.status, from, to, holderId: query.holderId };
    const message = {
      applicantId: actorOf(user).id,
      statuses: query.status,
      holderId: query.holderId,
      limit,
      cursor: cursorUnder(query.cursor, filters),
      from,
      to,
      atLeastPosition: query.atLeastPosition,
      waitMs: query.waitMs,
    };
    return underFilters(await send(this.bus, this.config.subjectRoot, myTopicApplications, message, (query.waitMs ?? 0) + 5_000), filters);
  }
}
