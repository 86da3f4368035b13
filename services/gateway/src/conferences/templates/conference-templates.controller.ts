import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import { CurrentUser } from '../../identity/current-user';
import { CommandIdDto } from '../../requests/command-id.dto';
import { ConferenceTemplateDto, ReasonDto } from '../conference.dto';
import { sendConferenceCommand, templateOf } from '../send-conference-command';
import { approveConference, fillConferenceTemplate, returnConferenceTemplate, reviseConferenceTemplate, submitConferenceTemplate } from '@od/contracts';

/** C8, C2, C4: the agency fills and revises its Annex 1 template; C1: sends it to the operator, who approves or returns it. */
@Controller('api/conferences')
export class ConferenceTemplatesController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Post()
  @HttpCode(201)
  fill(@Body() body: ConferenceTemplateDto, @CurrentUser() user: AuthenticatedUser) {
    return sendConferenceCommand(this.bus, this.config.subjectRoot, fillConferenceTemplate, user, {
      commandId: body.commandId,
      data: { template: templateOf(body) },
    });
  }

  @Post(':conferenceId/revision')
  @HttpCode(201)
  revise(@Param('conferenceId', UuidParamPipe) conferenceId: string, @Body() body: ConferenceTemplateDto, @CurrentUser() user: AuthenticatedUser) {
    return sendConferenceCommand(this.bus, this.config.subjectRoot, reviseConferenceTemplate, user, {
      commandId: body.commandId,
      conferenceId,
      data: { template: templateOf(body) },
    });
  }

  @Post(':conferenceId/submission')
  @HttpCode(201)
  submit(@Param('conferenceId', UuidParamPipe) conferenceId: string, @Body() { commandId }: CommandIdDto, @CurrentUser() user: AuthenticatedUser) {
    return sendConferenceCommand(this.bus, this.config.subjectRoot, submitConferenceTemplate, user, { commandId, conferenceId, data: {} });
  }

  @Post(':conferenceId/approval')
  @HttpCode(201)
  approve(@Param('conferenceId', UuidParamPipe) conferenceId: string, @Body() { commandId }: CommandIdDto, @CurrentUser() user: AuthenticatedUser) {
    return sendConferenceCommand(this.bus, this.config.subjectRoot, approveConference, user, { commandId, conferenceId, data: {} });
  }

  @Post(':conferenceId/return')
  @HttpCode(201)
  return(@Param('conferenceId', UuidParamPipe) conferenceId: string, @Body() { commandId, reason }: ReasonDto, @CurrentUser() user: AuthenticatedUser) {
    return sendConferenceCommand(this.bus, this.config.subjectRoot, returnConferenceTemplate, user, { commandId, conferenceId, data: { reason } });
  }
}
