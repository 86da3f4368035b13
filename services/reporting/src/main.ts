import 'reflect-metadata';
import { httpPortSetting, readPlatformConfig, startNatsService, StoreBackedServiceModule } from '@od/platform';
import { ReportRequestsFollower } from './following/report-requests-follower';
import { ReportJobRunner } from './job/report-job-runner';
import { ReportQueriesHandler } from './reading/report-queries.handler';
import { reportingProviders } from './reporting.providers';
import { reportRoutes } from './requesting/report-routes';

/**
 * Reporting: the annual access-to-information report (B2, DESIGN §2b) as a job. It records the request
 * (`AnnualReportRequested`), follows those facts, replays the event store into the report, stores its outputs
 * and records `AnnualReportPublished` with the SHA-256 of its JSON; it answers each report's state and outputs.
 */
const config = readPlatformConfig();
await startNatsService(
  StoreBackedServiceModule.register({
    name: 'reporting',
    config,
    handlers: [ReportQueriesHandler],
    commands: { tables: [reportRoutes] },
    providers: [...reportingProviders, ReportJobRunner, ReportRequestsFollower],
  }),
  { name: 'reporting', config, httpPort: httpPortSetting('reporting', 3112) },
);
