import 'reflect-metadata';
import { readPlatformConfig, startNatsService, StoreBackedServiceModule } from '@od/platform';
import { ModerateRequestHandler } from './requests/moderating/moderate-request.handler';

/** Moderation: the holder's administrator accepts, redirects (R2) or returns (R3) each received request. */
const config = readPlatformConfig();
await startNatsService(StoreBackedServiceModule.register({ name: 'moderation', config, handlers: [ModerateRequestHandler], seedHolders: true }), {
  name: 'moderation',
  config,
  httpPort: Number(process.env.MODERATION_HTTP_PORT ?? 3108),
});
