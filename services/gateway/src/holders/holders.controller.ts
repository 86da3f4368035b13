import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { HOLDERS_CURSOR, holderById, holders, type HolderKind } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig } from '@od/platform';
import { IsIn, IsOptional } from 'class-validator';
import { BUS } from '../bus';
import { send } from '../http/bus-request';
import { IsCursorOf, PageQuery, pageOf } from '../http/page.query';
import { ReadYourWriteQuery } from '../requests/reading/read-your-write.query';
import { HolderIdFormatPipe, holderNotFound } from './holder-id.pipe';

const HOLDER_KINDS: readonly HolderKind[] = ['state_body', 'quasi_public'];

/** `?kind=state_body|quasi_public&hasBlog=true|false&limit=&cursor=`. */
export class HoldersQuery extends PageQuery {
  @IsOptional()
  @IsCursorOf(HOLDERS_CURSOR)
  override cursor?: string;

  @IsOptional()
  @IsIn(HOLDER_KINDS)
  kind?: HolderKind;

  @IsOptional()
  @IsIn(['true', 'false'])
  hasBlog?: 'true' | 'false';
}

/** The holders registry, public: names, kind and state participation with its source, languages, and whether the first head has a blog now. */
@Controller('api/holders')
export class HoldersController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get()
  list(@Query() query: HoldersQuery) {
    const { limit, cursor } = pageOf(query);
    const hasBlog = query.hasBlog === undefined ? undefined : query.hasBlog === 'true';
    const message = { kind: query.kind, hasBlog, limit, cursor, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    return send(this.bus, this.config.subjectRoot, holders, message, (query.waitMs ?? 0) + 5_000);
  }

  @Get(':holderId')
  async one(@Param('holderId', HolderIdFormatPipe) holderId: string, @Query() query: ReadYourWriteQuery) {
    const message = { holderId, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    const { holder, projectionPosition } = await send(this.bus, this.config.subjectRoot, holderById, message, (query.waitMs ?? 0) + 5_000);
    if (!holder) throw holderNotFound(holderId);
    return { ...holder, projectionPosition };
  }
}
