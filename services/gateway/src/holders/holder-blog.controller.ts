import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { HOLDER_BLOG_CURSOR, holderBlog } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig } from '@od/platform';
import { IsOptional } from 'class-validator';
import { BUS } from '../bus';
import { send } from '../http/bus-request';
import { cursorUnder, IsFilteredCursorOf, PeriodPageQuery, pageOf, underFilters } from '../http/page.query';
import { HolderIdParamPipe } from './holder-id.pipe';

/** `?from=&to=` (of acceptance), `?limit=&cursor=`: a page of the feed. */
export class HolderBlogQuery extends PeriodPageQuery {
  @IsOptional()
  @IsFilteredCursorOf(HOLDER_BLOG_CURSOR)
  override cursor?: string;
}

/** A holder's public blog feed: accepted requests and their answers, never who asked. No token needed. */
@Controller('api/holders')
export class HolderBlogController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get(':holderId/blog')
  async blog(@Param('holderId', HolderIdParamPipe) holderId: string, @Query() query: HolderBlogQuery) {
    const { limit, from, to } = pageOf(query);
    const filters = { from, to };
    const message = { holderId, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs, limit, cursor: cursorUnder(query.cursor, filters), from, to };
    return underFilters(await send(this.bus, this.config.subjectRoot, holderBlog, message, (query.waitMs ?? 0) + 5_000), filters);
  }
}
