import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { requestHistory, type RequestViewDetails } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, actorOf, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../bus';
import { send } from '../http/bus-request';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { CurrentUser } from '../identity/current-user';
import { ReadYourWriteQuery } from '../requests/reading/read-your-write.query';

/** Holders that had the request: the current one and each one it was redirected from (R2). */
function holdersOf(request: RequestViewDetails): Set<string> {
  return new Set([request.holderId, ...request.redirects.flatMap((step) => [step.fromHolderId, step.toHolderId])]);
}

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
    const message = { requestId, asOf: new Date().toISOString(), atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    const reply = await send(this.bus, this.config.subjectRoot, requestHistory, message, (query.waitMs ?? 0) + 5_000);
    const request = reply.found ? reply.request : undefined;
    const mayRead = request !== undefined && (user.role === 'staff' ? holdersOf(request).has(user.holderId as string) : request.author.id === actorOf(user).id);
    // Someone else's request is reported exactly like a missing one: its existence is not public.
    if (!mayRead)
      throw new NotFoundException({
        error: 'request_not_found',
        message: `No request ${requestId} of yours is known (read model at ${reply.projectionPosition})`,
      });
    return reply;
  }
}
