import { Controller, ForbiddenException, Get, Inject, Param, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { holderStatistics } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../bus';
import { send } from '../http/bus-request';
import { CurrentUser } from '../identity/current-user';
import { ReadYourWriteQuery } from '../requests/reading/read-your-write.query';
import { HolderIdParamPipe } from './holder-id.pipe';

/** A holder's numbers for the annual report (B2): the ministry and analysts for any holder, staff for their own. */
@Controller('api/holders')
export class HolderStatisticsController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get(':holderId/statistics')
  async statistics(@Param('holderId', HolderIdParamPipe) holderId: string, @Query() query: ReadYourWriteQuery, @CurrentUser() user: AuthenticatedUser) {
    if (user.role === 'staff' && user.holderId !== holderId)
      throw new ForbiddenException({ error: 'other_holder', message: 'Staff see only their own holder' });
    const message = { holderId, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    return send(this.bus, this.config.subjectRoot, holderStatistics, message, (query.waitMs ?? 0) + 5_000);
  }
}
