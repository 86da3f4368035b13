import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { holderBlog } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig } from '@od/platform';
import { BUS } from '../bus';
import { send } from '../http/bus-request';
import { ReadYourWriteQuery } from '../requests/reading/read-your-write.query';
import { HolderIdParamPipe } from './holder-id.pipe';

/** A holder's public blog feed: accepted requests and their answers, never who asked. No token needed. */
@Controller('api/holders')
export class HolderBlogController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get(':holderId/blog')
  async blog(@Param('holderId', HolderIdParamPipe) holderId: string, @Query() query: ReadYourWriteQuery) {
    const message = { holderId, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    return send(this.bus, this.config.subjectRoot, holderBlog, message, (query.waitMs ?? 0) + 5_000);
  }
}
