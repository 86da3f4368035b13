import { Body, Controller, ForbiddenException, HttpCode, Inject, Post } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { CurrentUser } from '../../identity/current-user';
import { AwpAccessTargetDto } from '../awp-access-target.dto';
import { sendAwpCommand } from '../send-awp-command';
import { applyForAwpAccess } from '@od/contracts';

/** C7: an agency applies for an employee's AWP access (or the operator records a paper application). */
@Controller('api/awp-access/applications')
export class ApplyForAwpAccessController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Post()
  @HttpCode(201)
  async apply(@Body() body: AwpAccessTargetDto, @CurrentUser() user: AuthenticatedUser) {
    if (user.role === 'staff' && user.holderId !== body.holderId) {
      throw new ForbiddenException({ error: 'other_holder', message: 'Staff may apply only for employees of their own holder' });
    }
    const { commandId, ...target } = body;
    return sendAwpCommand(this.bus, this.config.subjectRoot, applyForAwpAccess, commandId, user, target);
  }
}
