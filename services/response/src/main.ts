import 'reflect-metadata';
import { httpPortSetting, readPlatformConfig, startNatsService, StoreBackedServiceModule } from '@od/platform';
import { requestsRoutes } from './requests/requests-routes';
import { holderSeeding } from '@od/domain';

/** Response: the holder answers (R4), extends once (R5), refuses with reasons (R6); the author rates (R7). */
const config = readPlatformConfig();
await startNatsService(StoreBackedServiceModule.register({ name: 'response', config, commands: { tables: [requestsRoutes] }, seedHolders: holderSeeding }), {
  name: 'response',
  config,
  httpPort: httpPortSetting('response', 3109),
});
