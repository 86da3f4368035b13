import { Controller, Get, Inject, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { holderClocks } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../bus';
import { send } from '../http/bus-request';
import { CurrentUser } from '../identity/current-user';
import { MinistryClocksQuery } from './clock-status.query';

/** The authorised body sees every holder's clocks (B4), or one holder's with `?holderId=`. */
@Controller('api/ministry/clocks')
export class MinistryClocksController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get()
  async list(@Query() query: MinistryClocksQuery, @CurrentUser() user: AuthenticatedUser) {
    const message = {
      holderId: query.holderId,
      statuses: query.status,
      asOf: new Date().toISOString(),
      atLeastPosition: query.atLeastPosition,
      waitMs: query.waitMs,
      language: user.locale,
    };
    return send(this.bus, this.config.subjectRoot, holderClocks, message, (query.waitMs ?? 0) + 5_000);
  }
}
