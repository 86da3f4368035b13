import { Controller, Get, Inject, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { querySubject, type RequestsByHolderQuery, type RequestsByHolderReply } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig } from '@od/platform';
import { BUS } from '../bus';
import { askBus } from '../http/bus-request';
import type { AuthenticatedUser } from '../identity/authenticated-user';
import { CurrentUser } from '../identity/current-user';
import { ReadYourWriteQuery } from '../requests/reading/read-your-write.query';

/** The requests received by the staff member's own holder — never another holder's. */
@Controller('api/agency/requests')
export class AgencyRequestsController {
  constructor(@Inject(BUS) private readonly bus: ClientProxy, @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig) {}

  @Get()
  async list(@Query() query: ReadYourWriteQuery, @CurrentUser() user: AuthenticatedUser) {
    const message: RequestsByHolderQuery = { holderId: user.holderId as string, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    return askBus<RequestsByHolderReply>(this.bus, querySubject(this.config.subjectRoot, 'projections', 'requests-by-holder'), message, (query.waitMs ?? 0) + 5_000);
  }
}
