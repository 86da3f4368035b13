import 'reflect-metadata';
import { httpPortSetting, readPlatformConfig, startNatsService } from '@od/platform';
import { ProjectionsModule } from './projections.module';

/** Projections: folds the events stream into read models and answers queries on them over NATS. */
const config = readPlatformConfig();
await startNatsService(ProjectionsModule.register(config), { name: 'projections', config, httpPort: httpPortSetting('projections', 3102) });
