import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { UuidParamPipe } from '../../http/uuid-param.pipe';
import type { ClientProxy } from '@nestjs/microservices';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { IsIn, IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { BUS } from '../../bus';
import { CurrentUser } from '../../identity/current-user';
import { CommandIdDto } from '../command-id.dto';
import { sendRequestCommand } from '../send-request-command';
import { rateAnswer } from '@od/contracts';
import { IsSafeText } from '../../http/is-safe-text';
import { says } from '../../http/validation-messages/field-messages';

/** R7: Like, or Dislike with a reason. */
export class RateAnswerDto extends CommandIdDto {
  @IsIn(['like', 'dislike'])
  rating!: 'like' | 'dislike';

  @ValidateIf((dto: RateAnswerDto) => dto.rating === 'dislike' || dto.reason !== undefined)
  @IsString()
  @IsSafeText()
  @IsNotEmpty(says('isNotEmpty.dislikeReason'))
  @MaxLength(2000)
  reason?: string;
}

@Controller('api/requests/:requestId/rating')
export class RatingController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Post()
  @HttpCode(201)
  rate(@Param('requestId', UuidParamPipe) requestId: string, @Body() { commandId, ...data }: RateAnswerDto, @CurrentUser() user: AuthenticatedUser) {
    return sendRequestCommand(this.bus, this.config.subjectRoot, rateAnswer, { requestId, commandId }, user, data);
  }
}
