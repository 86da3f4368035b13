import { Controller, Get, Inject, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { agencyConferences, publicConferences, waitingConferenceTemplates } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { send } from '../../http/bus-request';
import { CurrentUser } from '../../identity/current-user';
import { ReadYourWriteQuery } from '../../requests/reading/read-your-write.query';

/**
 * Public: upcoming and open conferences with their questions and answers (never who asked). The agency:
 * its own conferences and their state. The operator: templates waiting for approval (C1).
 */
@Controller('api')
export class ConferenceReadingController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get('conferences')
  publicConferences(@Query() query: ReadYourWriteQuery) {
    const message = { asOf: new Date().toISOString(), atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    return send(this.bus, this.config.subjectRoot, publicConferences, message, (query.waitMs ?? 0) + 5_000);
  }

  @Get('agency/conferences')
  agencyConferences(@Query() query: ReadYourWriteQuery, @CurrentUser() user: AuthenticatedUser) {
    const message = { holderId: user.holderId as string, asOf: new Date().toISOString(), atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    return send(this.bus, this.config.subjectRoot, agencyConferences, message, (query.waitMs ?? 0) + 5_000);
  }

  @Get('operator/conference-templates')
  waitingTemplates(@Query() query: ReadYourWriteQuery) {
    return send(
      this.bus,
      this.config.subjectRoot,
      waitingConferenceTemplates,
      { atLeastPosition: query.atLeastPosition, waitMs: query.waitMs },
      (query.waitMs ?? 0) + 5_000,
    );
  }
}
