import { Controller, Get, Inject, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { querySubject } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig } from '@od/platform';
import { BUS } from '../bus';
import { askBus } from '../http/bus-request';
import { MinistryClocksQuery } from './clock-status.query';

/** The authorised body sees every holder's clocks (B4), or one holder's with `?holderId=`. */
@Controller('api/ministry/clocks')
export class MinistryClocksController {
  constructor(@Inject(BUS) private readonly bus: ClientProxy, @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig) {}

  @Get()
  async list(@Query() query: MinistryClocksQuery) {
    const message = { holderId: query.holderId, statuses: query.status, asOf: new Date().toISOString(), atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    return askBus<unknown>(this.bus, querySubject(this.config.subjectRoot, 'projections', 'holder-clocks'), message, (query.waitMs ?? 0) + 5_000);
  }
}
