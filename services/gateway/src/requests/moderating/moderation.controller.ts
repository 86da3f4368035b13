import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import type { ClientProxy } from '@nestjs/microservices';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { CurrentUser } from '../../identity/current-user';
import { CommandIdDto } from '../command-id.dto';
import { sendRequestCommand } from '../send-request-command';
import { acceptRequest, redirectRequest, returnRequest } from '@od/contracts';
import { RedirectRequestDto, ReturnRequestDto } from './moderation.dto';

/** R2, R3: the holder's administrator accepts, redirects or returns a received request. */
@Controller('api/requests/:requestId')
export class ModerationController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Post('acceptance')
  @HttpCode(201)
  accept(@Param('requestId', UuidParamPipe) requestId: string, @Body() { commandId }: CommandIdDto, @CurrentUser() user: AuthenticatedUser) {
    return sendRequestCommand(this.bus, this.config.subjectRoot, acceptRequest, { requestId, commandId }, user, {});
  }

  @Post('redirection')
  @HttpCode(201)
  redirect(@Param('requestId', UuidParamPipe) requestId: string, @Body() { commandId, ...data }: RedirectRequestDto, @CurrentUser() user: AuthenticatedUser) {
    return sendRequestCommand(this.bus, this.config.subjectRoot, redirectRequest, { requestId, commandId }, user, data);
  }

  @Post('return')
  @HttpCode(201)
  return(@Param('requestId', UuidParamPipe) requestId: string, @Body() { commandId, ...data }: ReturnRequestDto, @CurrentUser() user: AuthenticatedUser) {
    return sendRequestCommand(this.bus, this.config.subjectRoot, returnRequest, { requestId, commandId }, user, data);
  }
}
