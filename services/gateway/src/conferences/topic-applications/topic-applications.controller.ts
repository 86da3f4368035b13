import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { acceptTopicApplication, applyForConferenceTopic, refuseTopicApplication, REQUEST_LANGUAGES, type RequestLanguage } from '@od/contracts';
import { TOPIC_APPLICATION_LIMITS } from '@od/domain';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { BUS } from '../../bus';
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
}
