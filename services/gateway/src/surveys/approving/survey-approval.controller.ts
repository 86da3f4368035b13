import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import { CurrentUser } from '../../identity/current-user';
import { CommandIdDto } from '../../requests/command-id.dto';
import { sendSurveyCommand } from '../send-survey-command';
import { approveSurvey, returnSurvey } from '@od/contracts';
import { ReturnSurveyDto } from '../survey.dto';

/** C1: the operator publishes a submitted template or sends it back with a reason. */
@Controller('api/surveys/:surveyId')
export class SurveyApprovalController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Post('approval')
  @HttpCode(201)
  approve(@Param('surveyId', UuidParamPipe) surveyId: string, @Body() { commandId }: CommandIdDto, @CurrentUser() user: AuthenticatedUser) {
    return sendSurveyCommand(this.bus, this.config.subjectRoot, approveSurvey, user, { commandId, surveyId, data: {} });
  }

  @Post('return')
  @HttpCode(201)
  return(@Param('surveyId', UuidParamPipe) surveyId: string, @Body() { commandId, reason }: ReturnSurveyDto, @CurrentUser() user: AuthenticatedUser) {
    return sendSurveyCommand(this.bus, this.config.subjectRoot, returnSurvey, user, { commandId, surveyId, data: { reason } });
  }
}
