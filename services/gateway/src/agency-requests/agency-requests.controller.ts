import { Controller, Get, Inject, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { AGENCY_QUEUE_CURSOR, requestsByHolder } from '@od/contracts';
import { REQUEST_STATUSES } from '@od/domain';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { IsIn, IsOptional } from 'class-validator';
import { BUS } from '../bus';
import { commaList } from '../clocks/clock-status.query';
import { send } from '../http/bus-request';
import { CurrentUser } from '../identity/current-user';
import { cursorUnder, IsFilteredCursorOf, PeriodPageQuery, pageOf, underFilters } from '../http/page.query';

/** `?from=&to=` bound submission, `?limit=&cursor=` page; `?status=` takes the domain's words (`received` is every request awaiting moderation, redirected or not). */
export class AgencyQueueQuery extends PeriodPageQuery {
  @IsOptional()
  @IsFilteredCursorOf(AGENCY_QUEUE_CURSOR)
  override cursor?: string;

  @IsOptional()
  @commaList
  @IsIn(REQUEST_STATUSES, { each: true })
  status?: string[];
}

/**
 * The requests at the staff member's own holder — never another holder's — the nearest due instant of a
 * running clock first, each marked `overdue` when that instant has passed; `?status=` filters.
 */
@Controller('api/agency/requests')
export class AgencyRequestsController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get()
  async list(@Query() query: AgencyQueueQuery, @CurrentUser() user: AuthenticatedUser) {
    const { limit, from, to } = pageOf(query);
    const filters = { status: query.status, from, to };
    const message = {
      holderId: user.holderId as string,
      statuses: query.status,
      asOf: new Date().toISOString(),
      atLeastPosition: query.atLeastPosition,
      waitMs: query.waitMs,
      limit,
      cursor: cursorUnder(query.cursor, filters),
      from,
      to,
    };
    return underFilters(await send(this.bus, this.config.subjectRoot, requestsByHolder, message, (query.waitMs ?? 0) + 5_000), filters);
  }
}
