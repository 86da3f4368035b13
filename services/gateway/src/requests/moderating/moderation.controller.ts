import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import type { ClientProxy } from '@nestjs/microservices';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { CurrentUser } from '../../identity/current-user';
import { CommandIdDto } from '../command-id.dto';
import { sendRequestAction } from '../send-request-action';
import { RedirectRequestDto, ReturnRequestDto } from './moderation.dto';

/** R2, R3: the holder's administrator accepts, redirects or returns a received request. */
@Controller('api/requests/:requestId')
export class ModerationController {
  constructor(@Inject(BUS) private readonly bus: ClientProxy, @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig) {}

  @Post('acceptance')
  @HttpCode(201)
  accept(@Param('requestId', UuidParamPipe) requestId: string, @Body() { commandId }: CommandIdDto, @CurrentUser() user: AuthenticatedUser) {
    return sendRequestAction(this.bus, this.config.subjectRoot, 'moderation', { requestId, commandId }, user, { action: 'accept' });
  }

  @Post('redirection')
  @HttpCode(201)
  redirect(@Param('requestId', UuidParamPipe) requestId: string, @Body() { commandId, ...data }: RedirectRequestDto, @CurrentUser() user: AuthenticatedUser) {
    return sendRequestAction(this.bus, this.config.subjectRoot, 'moderation', { requestId, commandId }, user, { action: 'redirect', ...data });
  }

  @Post('return')
  @HttpCode(201)
  return(@Param('requestId', UuidParamPipe) requestId: string, @Body() { commandId, ...data }: ReturnRequestDto, @CurrentUser() user: AuthenticatedUser) {
    return sendRequestAction(this.bus, this.config.subjectRoot, 'moderation', { requestId, commandId }, user, { action: 'return', ...data });
  }
}
