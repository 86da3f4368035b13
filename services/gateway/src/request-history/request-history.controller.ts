import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { requestHistory } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../bus';
import { send } from '../http/bus-request';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { CurrentUser } from '../identity/current-user';
import { ReadYourWriteQuery } from '../requests/reading/read-your-write.query';
import { mayReadRequest, requestNotFound } from '../requests/reading/request-readers';

/**
 * A request's whole history (request and clock facts, with a short line in kk/ru/en) and its clocks:
 * for its author, or staff of a holder that had it (AWP access active, checked by the guard).
 */
@Controller('api/requests')
export class RequestHistoryController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get(':requestId/history')
  async history(@Param('requestId', UuidParamPipe) requestId: string, @Query() query: ReadYourWriteQuery, @CurrentUser() user: AuthenticatedUser) {
    const message = { requestId, asOf: new Date().toISOString(), atLeastPosition: query.atLeastPosition, waitMs: query.waitMs, language: user.locale };
    const reply = await send(this.bus, this.config.subjectRoot, requestHistory, message, (query.waitMs ?? 0) + 5_000);
    if (!reply.found || !mayReadRequest(user, reply.request)) throw requestNotFound(requestId, reply.projectionPosition);
    return reply;
  }
}
