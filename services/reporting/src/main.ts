import 'reflect-metadata';
import { httpPortSetting, readPlatformConfig, startNatsService, StoreBackedServiceModule } from '@od/platform';

/**
 * Reporting: the annual access-to-information report (B2, DESIGN §2b) as a job. It follows the
 * `AnnualReportRequested` facts, replays the event store into the report and records `AnnualReportPublished`.
 */
const config = readPlatformConfig();
await startNatsService(StoreBackedServiceModule.register({ name: 'reporting', config, handlers: [] }), {
  name: 'reporting',
  config,
  httpPort: httpPortSetting('reporting', 3112),
});
