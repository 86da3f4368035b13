import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { CurrentUser } from '../../identity/current-user';
import { AwpAccessTargetDto } from '../awp-access-target.dto';
import { sendAwpCommand } from '../send-awp-command';
import { approveAwpAccess, denyAwpAccess, recordAwpTraining } from '@od/contracts';
import { DenyAwpAccessDto, RecordAwpTrainingDto } from './operator-decisions.dto';

/** C7: the operator approves or denies an application and records the employee's training. */
@Controller('api/awp-access')
export class OperatorDecisionsController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Post('approvals')
  @HttpCode(201)
  approve(@Body() { commandId, ...target }: AwpAccessTargetDto, @CurrentUser() user: AuthenticatedUser) {
    return sendAwpCommand(this.bus, this.config.subjectRoot, approveAwpAccess, commandId, user, target);
  }

  @Post('denials')
  @HttpCode(201)
  deny(@Body() { commandId, ...data }: DenyAwpAccessDto, @CurrentUser() user: AuthenticatedUser) {
    return sendAwpCommand(this.bus, this.config.subjectRoot, denyAwpAccess, commandId, user, data);
  }

  @Post('trainings')
  @HttpCode(201)
  recordTraining(@Body() { commandId, ...data }: RecordAwpTrainingDto, @CurrentUser() user: AuthenticatedUser) {
    return sendAwpCommand(this.bus, this.config.subjectRoot, recordAwpTraining, commandId, user, data);
  }
}
