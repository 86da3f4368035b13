import { Controller, Get, Inject, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { MY_REQUESTS_CURSOR, myRequests } from '@od/contracts';
import { REQUEST_STATUSES } from '@od/domain';
import { PLATFORM_CONFIG, type PlatformConfig, actorOf, type AuthenticatedUser } from '@od/platform';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { BUS } from '../bus';
import { send } from '../http/bus-request';
import { CurrentUser } from '../identity/current-user';
import { commaList } from '../clocks/clock-status.query';
import { cursorUnder, IsFilteredCursorOf, PeriodPageQuery, pageOf, underFilters } from '../http/page.query';
import { says } from '../http/validation-messages/field-messages';

/** `?status=` (the domain's words, comma-separated), `?from=&to=` (of submission), `?holderId=` (the holder it is at now), `?limit=&cursor=`. */
export class MyRequestsQuery extends PeriodPageQuery {
  @IsOptional()
  @IsFilteredCursorOf(MY_REQUESTS_CURSOR)
  override cursor?: string;

  @IsOptional()
  @commaList
  @IsIn(REQUEST_STATUSES, { each: true })
  status?: string[];

  @IsOptional()
  @Matches(/^[a-z0-9-]{1,80}$/, says('matches.holderId'))
  holderId?: string;
}

/** The caller's own requests, newest first, a page at a time, each with its status and the due instants of its running clocks. */
@Controller('api/me/requests')
export class MyRequestsController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get()
  async list(@Query() query: MyRequestsQuery, @CurrentUser() user: AuthenticatedUser) {
    const { limit, from, to } = pageOf(query);
    const filters = { status: query.status, from, to, holderId: query.holderId };
    const message = {
      authorId: actorOf(user).id,
      asOf: new Date().toISOString(),
      atLeastPosition: query.atLeastPosition,
      waitMs: query.waitMs,
      language: user.locale,
      statuses: query.status,
      holderId: query.holderId,
      limit,
      cursor: cursorUnder(query.cursor, filters),
      from,
      to,
    };
    return underFilters(await send(this.bus, this.config.subjectRoot, myRequests, message, (query.waitMs ?? 0) + 5_000), filters);
  }
}
