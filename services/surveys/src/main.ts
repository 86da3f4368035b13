import 'reflect-metadata';
import { httpPortSetting, readPlatformConfig, startNatsService, StoreBackedServiceModule } from '@od/platform';
import { ballotsRoutes } from './ballots/ballots-routes';
import { PublishedSurveys } from './ballots/published-surveys';
import { surveysRoutes } from './surveys/surveys-routes';

/**
 * Surveys (C1, C2, C3, C6, C8): agencies prepare, the operator publishes, users vote, one ballot each.
 * The clock is the system's unless `OD_CLOCK_OFFSET_MS` shifts it (development and tests only).
 */
const config = readPlatformConfig();
await startNatsService(
  StoreBackedServiceModule.register({
    name: 'surveys',
    config,
    commands: {
      tables: [surveysRoutes, ballotsRoutes],
      dependencies: { inject: [PublishedSurveys], useFactory: (surveys: PublishedSurveys) => ({ surveys }) },
    },
    providers: [PublishedSurveys],
  }),
  { name: 'surveys', config, httpPort: httpPortSetting('surveys', 3111) },
);
