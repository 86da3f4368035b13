import { Controller, Get, Inject, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { MY_NOTICES_CURSOR, myNotices } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, actorOf, type AuthenticatedUser } from '@od/platform';
import { IsOptional } from 'class-validator';
import { BUS } from '../bus';
import { send } from '../http/bus-request';
import { cursorUnder, IsFilteredCursorOf, PeriodPageQuery, pageOf, underFilters } from '../http/page.query';
import { CurrentUser } from '../identity/current-user';

/** `?from=&to=` (of issue), `?limit=&cursor=`: a page of the caller's notices. */
export class MyNoticesQuery extends PeriodPageQuery {
  @IsOptional()
  @IsFilteredCursorOf(MY_NOTICES_CURSOR)
  override cursor?: string;
}

/**
 * Whose notices the caller reads: a citizen's by IIN and an organisation's by BIN (as facts name them), a staff
 * member's by IIN (as the AWP grants the notifications service follows know them).
 */
export function noticeRecipientOf(user: AuthenticatedUser): string {
  return user.role === 'staff' && user.iin ? user.iin : actorOf(user).id;
}

/**
 * The caller's in-app notices, newest first, each in the language of the request it tells of; a staff
 * notice (a clock of their holder warned or breached) in the caller's own language (`locale`).
 */
@Controller('api/me/notices')
export class MyNoticesController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get()
  async list(@Query() query: MyNoticesQuery, @CurrentUser() user: AuthenticatedUser) {
    const { limit, from, to } = pageOf(query);
    const filters = { from, to };
    const message = {
      userId: noticeRecipientOf(user),
      language: user.locale,
      atLeastPosition: query.atLeastPosition,
      waitMs: query.waitMs,
      limit,
      cursor: cursorUnder(query.cursor, filters),
      from,
      to,
    };
    return underFilters(await send(this.bus, this.config.subjectRoot, myNotices, message, (query.waitMs ?? 0) + 5_000), filters);
  }
}
