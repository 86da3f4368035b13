import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { commandSubject, type CastBallotMessage, type CastBallotReply } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, callerOf, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { askBus } from '../../http/bus-request';
import { rejectionToHttp } from '../../http/rejection-status';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import { CurrentUser } from '../../identity/current-user';
import { CastBallotDto } from '../survey.dto';

/** A verified citizen or organisation casts one ballot per survey while it is open; a second is a 409. */
@Controller('api/surveys/:surveyId/ballots')
export class BallotsController {
  private readonly subject: string;

  constructor(@Inject(BUS) private readonly bus: ClientProxy, @Inject(PLATFORM_CONFIG) config: PlatformConfig) {
    this.subject = commandSubject(config.subjectRoot, 'surveys', 'cast-ballot');
  }

  @Post()
  @HttpCode(201)
  async cast(@Param('surveyId', UuidParamPipe) surveyId: string, @Body() { commandId, answers }: CastBallotDto, @CurrentUser() user: AuthenticatedUser) {
    const message: CastBallotMessage = { commandId, correlationId: commandId, caller: callerOf(user), data: { surveyId, answers } };
    const reply = await askBus<CastBallotReply>(this.bus, this.subject, message);
    if (!reply.ok) throw rejectionToHttp(reply, user.locale);
    return { surveyId, position: reply.position };
  }
}
