import { Body, Controller, ForbiddenException, HttpCode, Inject, Post } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { CurrentUser } from '../../identity/current-user';
import { DenyAwpAccessDto as RevokeAwpAccessDto } from '../deciding/operator-decisions.dto';
import { sendAwpCommand } from '../send-awp-command';
import { revokeAwpAccess } from '@od/contracts';

/** C7: the operator, or the holder's own administrator or first head, revokes an employee's access. */
@Controller('api/awp-access/revocations')
export class RevokeAwpAccessController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Post()
  @HttpCode(201)
  revoke(@Body() { commandId, ...data }: RevokeAwpAccessDto, @CurrentUser() user: AuthenticatedUser) {
    if (user.role === 'staff' && user.holderId !== data.holderId) {
      throw new ForbiddenException({ error: 'other_holder', message: 'Staff may revoke access only at their own holder' });
    }
    return sendAwpCommand(this.bus, this.config.subjectRoot, revokeAwpAccess, commandId, user, data);
  }
}
