import 'reflect-metadata';
import { httpPortSetting, readPlatformConfig, startNatsService, StoreBackedServiceModule } from '@od/platform';
import { requestsRoutes } from './requests/requests-routes';
import { holderSeeding } from '@od/domain';

/** Moderation: the holder's administrator accepts, redirects (R2) or returns (R3) each received request. */
const config = readPlatformConfig();
await startNatsService(StoreBackedServiceModule.register({ name: 'moderation', config, commands: { tables: [requestsRoutes] }, seedHolders: holderSeeding }), {
  name: 'moderation',
  config,
  httpPort: httpPortSetting('moderation', 3108),
});
