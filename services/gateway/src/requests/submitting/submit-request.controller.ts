import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { submitRequest } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, callerOf, type AuthenticatedUser } from '@od/platform';
import { send } from '../../http/bus-request';
import { rejectionToHttp } from '../../http/rejection-status';
import { CurrentUser } from '../../identity/current-user';
import { BUS } from '../../bus';
import { SubmitRequestDto } from './submit-request.dto';

@Controller('api/requests')
export class SubmitRequestController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Post()
  @HttpCode(201)
  async submit(@Body() body: SubmitRequestDto, @CurrentUser() user: AuthenticatedUser) {
    const { commandId, ...data } = body;
    const reply = await send(this.bus, this.config.subjectRoot, submitRequest, { commandId, correlationId: commandId, caller: callerOf(user), data });
    if (!reply.ok) throw rejectionToHttp(reply, user.locale);
    return { requestId: reply.requestId, position: reply.position };
  }
}
