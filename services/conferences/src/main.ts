import 'reflect-metadata';
import { httpPortSetting, readPlatformConfig, startNatsService, StoreBackedServiceModule } from '@od/platform';
import { conferencesRoutes } from './conferences/conferences-routes';
import { topicApplicationsRoutes } from './topic-applications/topic-applications-routes';
import { holderSeeding } from '@od/domain';

/**
 * Conferences: the agency fills the Annex 1 template (C8, C2, C4), sends it to the operator (C1), who
 * publishes it or sends it back; the agency records its announcement (C3); users ask and staff answer while
 * it is open, and it closes once every question is answered (C4); topic applications (C5).
 * The clock is the system clock, shifted by OD_CLOCK_OFFSET_MS in development and tests only.
 */
const config = readPlatformConfig();
await startNatsService(
  StoreBackedServiceModule.register({
    name: 'conferences',
    config,
    commands: { tables: [conferencesRoutes, topicApplicationsRoutes] },
    seedHolders: holderSeeding,
  }),
  { name: 'conferences', config, httpPort: httpPortSetting('conferences', 3110) },
);
