import { Controller, Get, Inject, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { querySubject, type AgencyConferencesQuery, type PublicConferencesQuery, type WaitingTemplatesQuery } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig, type AuthenticatedUser } from '@od/platform';
import { BUS } from '../../bus';
import { askBus } from '../../http/bus-request';
import { CurrentUser } from '../../identity/current-user';
import { ReadYourWriteQuery } from '../../requests/reading/read-your-write.query';

/**
 * Public: upcoming and open conferences with their questions and answers (never who asked). The agency:
 * its own conferences and their state. The operator: templates waiting for approval (C1).
 */
@Controller('api')
export class ConferenceReadingController {
  constructor(@Inject(BUS) private readonly bus: ClientProxy, @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig) {}

  private ask(query: string, message: unknown, waitMs?: number) {
    return askBus<unknown>(this.bus, querySubject(this.config.subjectRoot, 'projections', query), message, (waitMs ?? 0) + 5_000);
  }

  @Get('conferences')
  publicConferences(@Query() query: ReadYourWriteQuery) {
    const message: PublicConferencesQuery = { asOf: new Date().toISOString(), atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    return this.ask('public-conferences', message, query.waitMs);
  }

  @Get('agency/conferences')
  agencyConferences(@Query() query: ReadYourWriteQuery, @CurrentUser() user: AuthenticatedUser) {
    const message: AgencyConferencesQuery = { holderId: user.holderId as string, asOf: new Date().toISOString(), atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    return this.ask('agency-conferences', message, query.waitMs);
  }

  @Get('operator/conference-templates')
  waitingTemplates(@Query() query: ReadYourWriteQuery) {
    const message: WaitingTemplatesQuery = { atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    return this.ask('waiting-conference-templates', message, query.waitMs);
  }
}
