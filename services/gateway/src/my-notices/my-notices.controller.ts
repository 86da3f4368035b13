import { Controller, Get, Inject, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { myNotices } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, actorOf, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../bus';
import { send } from '../http/bus-request';
import { CurrentUser } from '../identity/current-user';
import { ReadYourWriteQuery } from '../requests/reading/read-your-write.query';

/** The caller's in-app notices, newest first, each in the language of the request it tells of. */
@Controller('api/me/notices')
export class MyNoticesController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get()
  async list(@Query() query: ReadYourWriteQuery, @CurrentUser() user: AuthenticatedUser) {
    const message = { userId: actorOf(user).id, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    return send(this.bus, this.config.subjectRoot, myNotices, message, (query.waitMs ?? 0) + 5_000);
  }
}
