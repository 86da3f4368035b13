import { Controller, Get, Inject, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { holderClocks } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../bus';
import { send } from '../http/bus-request';
import { CurrentUser } from '../identity/current-user';
import { ClockStatusQuery } from './clock-status.query';

/**
 * Every deadline clock of the staff member's own holder — running, met, breached — with the overdue ones
 * marked: what the access-to-information officer watches (B4). Each with its explanation, who must act and
 * its last day in the caller's language (`locale`).
 */
@Controller('api/agency/clocks')
export class AgencyClocksController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get()
  async list(@Query() query: ClockStatusQuery, @CurrentUser() user: AuthenticatedUser) {
    const message = {
      holderId: user.holderId as string,
      statuses: query.status,
      asOf: new Date().toISOString(),
      atLeastPosition: query.atLeastPosition,
      waitMs: query.waitMs,
      language: user.locale,
    };
    return send(this.bus, this.config.subjectRoot, holderClocks, message, (query.waitMs ?? 0) + 5_000);
  }
}
