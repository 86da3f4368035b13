import 'reflect-metadata';
import { httpPortSetting, readPlatformConfig, startNatsService, StoreBackedServiceModule } from '@od/platform';
import { RespondToRequestHandler } from './requests/answering/respond-to-request.handler';

/** Response: the holder answers (R4), extends once (R5), refuses with reasons (R6); the author rates (R7). */
const config = readPlatformConfig();
await startNatsService(StoreBackedServiceModule.register({ name: 'response', config, handlers: [RespondToRequestHandler], seedHolders: true }), {
  name: 'response',
  config,
  httpPort: httpPortSetting('response', 3109),
});
