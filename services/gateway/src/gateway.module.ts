import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { ClientsModule, Transport, type ClientProxy } from '@nestjs/microservices';
import {
  healthModule,
  loggerModule,
  platformConfigModule,
  NATS_PROBE,
  natsCredentials,
  natsProbe,
  platformConfigProvider,
  type NatsProbe,
  type PlatformConfig,
  readAuthConfig,
  createTokenVerifier,
} from '@od/platform';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard, TOKEN_VERIFIER } from './access/access.guard';
import { ActiveStaffRoles } from './access/active-staff-roles';
import { AgencyRequestsController } from './agency-requests/agency-requests.controller';
import { ApplyForAwpAccessController } from './awp-access/applying/apply-for-awp-access.controller';
import { OperatorDecisionsController } from './awp-access/deciding/operator-decisions.controller';
import { ListAwpAccessController } from './awp-access/listing/list-awp-access.controller';
import { RevokeAwpAccessController } from './awp-access/revoking/revoke-awp-access.controller';
import { BUS } from './bus';
import { MeController } from './me/me.controller';
import { rateLimitModule } from './http/rate-limit';
import { registeredHolders } from './identity/registered-holders';
import { GetRequestController } from './requests/reading/get-request.controller';
import { SubmitRequestController } from './requests/submitting/submit-request.controller';
import { AnsweringController } from './requests/answering/answering.controller';
import { ModerationController } from './requests/moderating/moderation.controller';
import { RatingController } from './requests/rating/rating.controller';
import { MyRequestsController } from './my-requests/my-requests.controller';
import { RequestHistoryController } from './request-history/request-history.controller';
import { AgencyClocksController } from './clocks/agency-clocks.controller';
import { MinistryClocksController } from './clocks/ministry-clocks.controller';
import { MinistryReportsController } from './reports/ministry-reports.controller';
import { HolderBlogController } from './holders/holder-blog.controller';
import { LegalGroundsController } from './reference/legal-grounds.controller';
import { LegalBasisController } from './reference/legal-basis.controller';
import { HoldersController } from './holders/holders.controller';
import { CalendarController } from './calendar/calendar.controller';
import { HolderStatisticsController } from './holders/holder-statistics.controller';
import { MyNoticesController } from './my-notices/my-notices.controller';
import { ConferenceTemplatesController } from './conferences/templates/conference-templates.controller';
import { RunningConferenceController } from './conferences/running/running-conference.controller';
import { TopicApplicationsController } from './conferences/topic-applications/topic-applications.controller';
import { ConferenceReadingController } from './conferences/reading/conference-reading.controller';
import { SurveyApprovalController } from './surveys/approving/survey-approval.controller';
import { SurveyPreparationController } from './surveys/preparing/survey-preparation.controller';
import { SurveysReadingController } from './surveys/reading/surveys-reading.controller';
import { BallotsController } from './surveys/voting/ballots.controller';

@Module({})
export class GatewayModule implements OnApplicationShutdown {
  constructor(@Inject(NATS_PROBE) private readonly nats: NatsProbe) {}

  static register(config: PlatformConfig): DynamicModule {
    const providers = [platformConfigProvider(config), { provide: NATS_PROBE, useFactory: () => natsProbe(config.natsUrl, 'gateway') }];
    const rateLimits = rateLimitModule();
    return {
      module: GatewayModule,
      global: true,
      imports: [
        platformConfigModule(),
        loggerModule('gateway', config.logLevel),
        ClientsModule.register([
          { name: BUS, transport: Transport.NATS, options: { servers: [config.natsUrl], name: 'gateway', ...natsCredentials('gateway') } },
        ]),
        healthModule({ inject: [NATS_PROBE], useFactory: (nats: NatsProbe) => [nats] }),
        ...rateLimits.imports,
      ],
      controllers: [
        MeController,
        SubmitRequestController,
        GetRequestController,
        ModerationController,
        AnsweringController,
        RatingController,
        AgencyRequestsController,
        ApplyForAwpAccessController,
        OperatorDecisionsController,
        RevokeAwpAccessController,
        ListAwpAccessController,
        MyRequestsController,
        RequestHistoryController,
        AgencyClocksController,
        MinistryClocksController,
        MinistryReportsController,
        HolderBlogController,
        LegalGroundsController,
        LegalBasisController,
        HoldersController,
        CalendarController,
        HolderStatisticsController,
        MyNoticesController,
        ConferenceTemplatesController,
        RunningConferenceController,
        TopicApplicationsController,
        ConferenceReadingController,
        SurveyPreparationController,
        SurveyApprovalController,
        BallotsController,
        SurveysReadingController,
      ],
      providers: [
        ...providers,
        {
          provide: TOKEN_VERIFIER,
          inject: [BUS],
          useFactory: (bus: ClientProxy) => createTokenVerifier(readAuthConfig(), undefined, registeredHolders(bus, config.subjectRoot)),
        },
        ActiveStaffRoles,
        ...rateLimits.providers,
        // Counts the rate limits itself, after verifying the token and before any lookup (see the guard).
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: providers,
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.nats.close();
  }
}
