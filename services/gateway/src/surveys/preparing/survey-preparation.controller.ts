import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import { CurrentUser } from '../../identity/current-user';
import { CommandIdDto } from '../../requests/command-id.dto';
import { sendSurveyCommand } from '../send-survey-command';
import { announceSurvey, closeSurvey, draftSurvey, submitSurvey } from '@od/contracts';
import { AnnounceSurveyDto, DraftSurveyDto, SubmitSurveyDto } from '../survey.dto';

/** C8, C2, C1, C3, C6: the agency's administrator prepares, submits, announces and closes its surveys. */
@Controller('api/surveys')
export class SurveyPreparationController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Post()
  @HttpCode(201)
  draft(@Body() { commandId, ...template }: DraftSurveyDto, @CurrentUser() user: AuthenticatedUser) {
    return sendSurveyCommand(this.bus, this.config.subjectRoot, draftSurvey, user, { commandId, data: { template } });
  }

  @Post(':surveyId/submission')
  @HttpCode(201)
  submit(@Param('surveyId', UuidParamPipe) surveyId: string, @Body() { commandId, ...dates }: SubmitSurveyDto, @CurrentUser() user: AuthenticatedUser) {
    return sendSurveyCommand(this.bus, this.config.subjectRoot, submitSurvey, user, { commandId, surveyId, data: dates });
  }

  @Post(':surveyId/announcements')
  @HttpCode(201)
  announce(
    @Param('surveyId', UuidParamPipe) surveyId: string,
    @Body() { commandId, url, publishedAt }: AnnounceSurveyDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return sendSurveyCommand(this.bus, this.config.subjectRoot, announceSurvey, user, {
      commandId,
      surveyId,
      data: { url, ...(publishedAt !== undefined ? { publishedAt } : {}) },
    });
  }

  @Post(':surveyId/closing')
  @HttpCode(201)
  close(@Param('surveyId', UuidParamPipe) surveyId: string, @Body() { commandId }: CommandIdDto, @CurrentUser() user: AuthenticatedUser) {
    return sendSurveyCommand(this.bus, this.config.subjectRoot, closeSurvey, user, { commandId, surveyId, data: {} });
  }
}
