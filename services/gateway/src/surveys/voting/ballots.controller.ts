import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { castBallot } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, callerOf, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { send } from '../../http/bus-request';
import { rejectionToHttp } from '../../http/rejection-status';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import { CurrentUser } from '../../identity/current-user';
import { CastBallotDto } from '../survey.dto';

/** A verified citizen or organisation casts one ballot per survey while it is open; a second is a 409. */
@Controller('api/surveys/:surveyId/ballots')
export class BallotsController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Post()
  @HttpCode(201)
  async cast(@Param('surveyId', UuidParamPipe) surveyId: string, @Body() { commandId, answers }: CastBallotDto, @CurrentUser() user: AuthenticatedUser) {
    const reply = await send(this.bus, this.config.subjectRoot, castBallot, {
      commandId,
      correlationId: commandId,
      caller: callerOf(user),
      data: { surveyId, answers },
    });
    if (!reply.ok) throw rejectionToHttp(reply, user.locale);
    return { surveyId, position: reply.position };
  }
}
