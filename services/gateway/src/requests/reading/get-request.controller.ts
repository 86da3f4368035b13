import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import type { ClientProxy } from '@nestjs/microservices';
import { requestById } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { send } from '../../http/bus-request';
import { CurrentUser } from '../../identity/current-user';
import { ReadYourWriteQuery } from './read-your-write.query';
import { legalGroundOf } from './legal-ground';
import { mayReadRequest, requestNotFound } from './request-readers';

@Controller('api/requests')
export class GetRequestController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get(':requestId')
  async get(@Param('requestId', UuidParamPipe) requestId: string, @Query() query: ReadYourWriteQuery, @CurrentUser() user: AuthenticatedUser) {
    const message = { requestId, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    const reply = await send(this.bus, this.config.subjectRoot, requestById, message, (query.waitMs ?? 0) + 5_000);
    if (!reply.found || !mayReadRequest(user, reply.request)) throw requestNotFound(requestId, reply.projectionPosition);
    // R3/R6: the user reads the Article 11 ground the holder named, in their language, beside the holder's words.
    const legalGround = legalGroundOf(reply.request, user.locale);
    return { ...reply.request, ...(legalGround ? { legalGround } : {}), projectionPosition: reply.projectionPosition };
  }
}
