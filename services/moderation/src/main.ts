import 'reflect-metadata';
import { httpPortSetting, readPlatformConfig, startNatsService, StoreBackedServiceModule } from '@od/platform';
import { ModerateRequestHandler } from './requests/moderating/moderate-request.handler';

/** Moderation: the holder's administrator accepts, redirects (R2) or returns (R3) each received request. */
const config = readPlatformConfig();
await startNatsService(StoreBackedServiceModule.register({ name: 'moderation', config, handlers: [ModerateRequestHandler], seedHolders: true }), {
  name: 'moderation',
  config,
  httpPort: httpPortSetting('moderation', 3108),
});
