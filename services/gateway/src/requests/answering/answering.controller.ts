import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import type { ClientProxy } from '@nestjs/microservices';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { CurrentUser } from '../../identity/current-user';
import { sendRequestCommand } from '../send-request-command';
import { answerRequest, draftAnswer, extendDeadline, refuseRequest } from '@od/contracts';
import { AnswerRequestDto, DraftAnswerDto, ExtendDeadlineDto, RefuseRequestDto } from './answering.dto';

/** R4–R6: drafting and giving the answer, extending the term, a reasoned refusal. */
@Controller('api/requests/:requestId')
export class AnsweringController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Post('drafts')
  @HttpCode(201)
  draft(@Param('requestId', UuidParamPipe) requestId: string, @Body() { commandId, text }: DraftAnswerDto, @CurrentUser() user: AuthenticatedUser) {
    return sendRequestCommand(this.bus, this.config.subjectRoot, draftAnswer, { requestId, commandId }, user, { text });
  }

  @Post('answer')
  @HttpCode(201)
  answer(@Param('requestId', UuidParamPipe) requestId: string, @Body() { commandId, ...data }: AnswerRequestDto, @CurrentUser() user: AuthenticatedUser) {
    return sendRequestCommand(this.bus, this.config.subjectRoot, answerRequest, { requestId, commandId }, user, data);
  }

  @Post('extension')
  @HttpCode(201)
  extend(@Param('requestId', UuidParamPipe) requestId: string, @Body() { commandId, ...data }: ExtendDeadlineDto, @CurrentUser() user: AuthenticatedUser) {
    return sendRequestCommand(this.bus, this.config.subjectRoot, extendDeadline, { requestId, commandId }, user, data);
  }

  @Post('refusal')
  @HttpCode(201)
  refuse(@Param('requestId', UuidParamPipe) requestId: string, @Body() { commandId, ...data }: RefuseRequestDto, @CurrentUser() user: AuthenticatedUser) {
    return sendRequestCommand(this.bus, this.config.subjectRoot, refuseRequest, { requestId, commandId }, user, data);
  }
}
