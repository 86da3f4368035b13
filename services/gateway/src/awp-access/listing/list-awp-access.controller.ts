import { Controller, ForbiddenException, Get, Inject, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { AWP_ACCESS_CURSOR, awpAccessList } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { IsOptional, Matches } from 'class-validator';
import { BUS } from '../../bus';
import { send } from '../../http/bus-request';
import { CurrentUser } from '../../identity/current-user';
import { cursorUnder, IsFilteredCursorOf, PageQuery, pageOf, underFilters } from '../../http/page.query';
import { says } from '../../http/validation-messages/field-messages';

/** `?holderId=` (the operator's and the ministry's filter), `?limit=&cursor=`. */
export class ListAwpAccessQuery extends PageQuery {
  @IsOptional()
  @IsFilteredCursorOf(AWP_ACCESS_CURSOR)
  override cursor?: string;

  @IsOptional()
  @Matches(/^[a-z0-9-]{1,80}$/, says('matches.holderId'))
  holderId?: string;
}

/** The operator and the ministry see every holder's AWP access; staff see their own holder's. */
@Controller('api/awp-access')
export class ListAwpAccessController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get()
  async list(@Query() query: ListAwpAccessQuery, @CurrentUser() user: AuthenticatedUser) {
    if (user.role === 'staff' && query.holderId !== undefined && query.holderId !== user.holderId) {
      throw new ForbiddenException({ error: 'other_holder', message: 'Staff see only their own holder' });
    }
    const { limit } = pageOf(query);
    const holderId = user.role === 'staff' ? user.holderId : query.holderId;
    const filters = { holderId };
    const message = { holderId, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs, limit, cursor: cursorUnder(query.cursor, filters) };
    return underFilters(await send(this.bus, this.config.subjectRoot, awpAccessList, message, (query.waitMs ?? 0) + 5_000), filters);
  }
}
