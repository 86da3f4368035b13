import 'reflect-metadata';
import { httpPortSetting, readPlatformConfig, startNatsService, StoreBackedServiceModule } from '@od/platform';
import type { SignatureVerifier } from '@od/signatures';
import { requestsRoutes } from './requests/requests-routes';
import { SIGNATURE_VERIFIER, signatureVerifierProvider } from './requests/submitting/signature-verifier.provider';
import { holderSeeding } from '@od/domain';

/** Intake: takes users' requests (R1) over NATS request/reply and appends them to the store. */
const config = readPlatformConfig();
const commands = { tables: [requestsRoutes], dependencies: { inject: [SIGNATURE_VERIFIER], useFactory: (signatures: SignatureVerifier) => ({ signatures }) } };
await startNatsService(
  StoreBackedServiceModule.register({ name: 'intake', config, commands, providers: [signatureVerifierProvider], seedHolders: holderSeeding }),
  {
    name: 'intake',
    config,
    httpPort: httpPortSetting('intake', 3101),
  },
);
