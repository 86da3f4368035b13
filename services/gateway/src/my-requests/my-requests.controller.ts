import { Controller, Get, Inject, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { myRequests } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, actorOf, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../bus';
import { send } from '../http/bus-request';
import { CurrentUser } from '../identity/current-user';
import { ReadYourWriteQuery } from '../requests/reading/read-your-write.query';

/** The caller's own requests, newest first, each with its status and the due instants of its running clocks. */
@Controller('api/me/requests')
export class MyRequestsController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get()
  async list(@Query() query: ReadYourWriteQuery, @CurrentUser() user: AuthenticatedUser) {
    const message = { authorId: actorOf(user).id, asOf: new Date().toISOString(), atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    return send(this.bus, this.config.subjectRoot, myRequests, message, (query.waitMs ?? 0) + 5_000);
  }
}
