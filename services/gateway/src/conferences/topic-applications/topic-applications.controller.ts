import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import {
  acceptTopicApplication,
  agencyTopicApplications,
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
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { BUS } from '../../bus';
import { commaList } from '../../clocks/clock-status.query';
import { send } from '../../http/bus-request';
import { PageQuery } from '../../http/page.query';
import { HolderIdParamPipe } from '../../holders/holder-id.pipe';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import { CurrentUser } from '../../identity/current-user';
import { CommandIdDto } from '../../requests/command-id.dto';
import { ReasonDto } from '../conference.dto';
import { sendConferenceCommand } from '../send-conference-command';
import { IsSafeText } from '../../http/is-safe-text';

export class TopicApplicationDto extends CommandIdDto {
  @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(TOPIC_APPLICATION_LIMITS.topicMaxLength) topic!: string;
  @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(TOPIC_APPLICATION_LIMITS.textMaxLength) text!: string;
  @IsIn(REQUEST_LANGUAGES) language!: RequestLanguage;
}

/** `?status=` (submitted, accepted, refused, comma-separated; those still to decide when absent), `?limit=&cursor=`. */
export class AgencyTopicApplicationsQueryDto extends PageQuery {
  @IsOptional()
  @commaList
  @IsIn(TOPIC_APPLICATION_STATUSES, { each: true, message: `status must be one or more of ${TOPIC_APPLICATION_STATUSES.join(', ')}, separated by commas` })
  status?: TopicApplicationStatus[];
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
  agencyList(@Query() query: AgencyTopicApplicationsQueryDto, @CurrentUser() user: AuthenticatedUser) {
    const message = {
      holderId: user.holderId as string,
      statuses: query.status,
      limit: query.limit,
      cursor: query.cursor,
      atLeastPosition: query.atLeastPosition,
      waitMs: query.waitMs,
    };
    return send(this.bus, this.config.subjectRoot, agencyTopicApplications, message, (query.waitMs ?? 0) + 5_000);
  }

  /** C5: the applicant's own applications, newest first, with the decision and a refusal's reason. */
  @Get('me/topic-applications')
  mine(@Query() query: PageQuery, @CurrentUser() user: AuthenticatedUser) {
    const message = { applicantId: actorOf(user).id, limit: query.limit, cursor: query.cursor, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    return send(this.bus, this.config.subjectRoot, myTopicApplications, message, (query.waitMs ?? 0) + 5_000);
  }
}
