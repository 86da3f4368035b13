import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { commandSubject, type SubmitRequestMessage, type SubmitRequestReply } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, callerOf, type AuthenticatedUser } from '@od/platform';
import { askBus } from '../../http/bus-request';
import { rejectionToHttp } from '../../http/rejection-status';
import { CurrentUser } from '../../identity/current-user';
import { BUS } from '../../bus';
import { SubmitRequestDto } from './submit-request.dto';

@Controller('api/requests')
export class SubmitRequestController {
  private readonly subject: string;

  constructor(@Inject(BUS) private readonly bus: ClientProxy, @Inject(PLATFORM_CONFIG) config: PlatformConfig) {
    this.subject = commandSubject(config.subjectRoot, 'intake', 'submit-request');
  }

  @Post()
  @HttpCode(201)
  async submit(@Body() body: SubmitRequestDto, @CurrentUser() user: AuthenticatedUser) {
    const { commandId, ...data } = body;
    const message: SubmitRequestMessage = {
      commandId,
      correlationId: commandId,
      caller: callerOf(user),
      data,
    };
    const reply = await askBus<SubmitRequestReply>(this.bus, this.subject, message);
    if (!reply.ok) throw rejectionToHttp(reply, user.locale);
    return { requestId: reply.requestId, position: reply.position };
  }
}
