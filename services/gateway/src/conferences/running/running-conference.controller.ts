import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import { CurrentUser } from '../../identity/current-user';
import { CommandIdDto } from '../../requests/command-id.dto';
import { AnnouncementDto, AnswerDto, QuestionDto } from '../conference.dto';
import { sendConferenceCommand } from '../send-conference-command';
import { announceConference, answerConferenceQuestion, askConferenceQuestion, closeConference } from '@od/contracts';

/** C3: the announcement; C4: questions while open, staff answers, closing once every question is answered. */
@Controller('api/conferences/:conferenceId')
export class RunningConferenceController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Post('announcement')
  @HttpCode(201)
  announce(
    @Param('conferenceId', UuidParamPipe) conferenceId: string,
    @Body() { commandId, url, publishedAt }: AnnouncementDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return sendConferenceCommand(this.bus, this.config.subjectRoot, announceConference, user, {
      commandId,
      conferenceId,
      data: { url, ...(publishedAt !== undefined ? { publishedAt } : {}) },
    });
  }

  @Post('questions')
  @HttpCode(201)
  ask(@Param('conferenceId', UuidParamPipe) conferenceId: string, @Body() { commandId, text }: QuestionDto, @CurrentUser() user: AuthenticatedUser) {
    return sendConferenceCommand(this.bus, this.config.subjectRoot, askConferenceQuestion, user, { commandId, conferenceId, data: { text } });
  }

  @Post('questions/:questionId/answer')
  @HttpCode(201)
  answer(
    @Param('conferenceId', UuidParamPipe) conferenceId: string,
    @Param('questionId', UuidParamPipe) questionId: string,
    @Body() { commandId, text }: AnswerDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return sendConferenceCommand(this.bus, this.config.subjectRoot, answerConferenceQuestion, user, { commandId, conferenceId, data: { questionId, text } });
  }

  @Post('closing')
  @HttpCode(201)
  close(@Param('conferenceId', UuidParamPipe) conferenceId: string, @Body() { commandId }: CommandIdDto, @CurrentUser() user: AuthenticatedUser) {
    return sendConferenceCommand(this.bus, this.config.subjectRoot, closeConference, user, { commandId, conferenceId, data: {} });
  }
}
