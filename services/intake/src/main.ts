import 'reflect-metadata';
import { httpPortSetting, readPlatformConfig, startNatsService, StoreBackedServiceModule } from '@od/platform';
import { SubmitRequestHandler } from './requests/submitting/submit-request.handler';
import { signatureVerifierProvider } from './requests/submitting/signature-verifier.provider';

/** Intake: takes users' requests (R1) over NATS request/reply and appends them to the store. */
const config = readPlatformConfig();
await startNatsService(StoreBackedServiceModule.register({ name: 'intake', config, handlers: [SubmitRequestHandler], providers: [signatureVerifierProvider], seedHolders: true }), {
  name: 'intake',
  config,
  httpPort: httpPortSetting('intake', 3101),
});
