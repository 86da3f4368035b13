import type { DynamicModule } from '@nestjs/common';
import { BaseExceptionFilter, NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import { Logger } from 'nestjs-pino';
import type { EventStore } from '@od/event-store';
import { httpHost } from '../config/http-host';
import { EVENT_STORE } from '../event-store/event-store.provider';
import { holderIsRegistered } from '../holders/holder-registry';
import { readAuthConfig } from '../identity/auth-config';
import { createCallerVerifier, type CallerVerifier } from '../identity/caller-verification';
import { createTokenVerifier } from '../identity/token-verifier';
import { VerifyCallersInterceptor } from '../identity/verify-callers.interceptor';
import type { PlatformConfig } from '../config/platform-config';
import { natsCredentials } from '../nats/nats-credentials';
import { ServiceFailureFilter } from './service-failure.filter';

/** Holders never leave the registry: one found is not looked up again. */
function rememberingFoundHolders(store: EventStore): (holderId: string) => Promise<boolean> {
  const found = new Set<string>();
  return async (holderId) => {
    if (found.has(holderId)) return true;
    const registered = await holderIsRegistered(store, holderId);
    if (registered) found.add(holderId);
    return registered;
  };
}

/** Commands are decided only for callers this service verifies itself, against its own store. */
function callerVerifierOf(app: { get(token: symbol, options: { strict: boolean }): unknown }): CallerVerifier {
  let store: EventStore;
  try {
    store = app.get(EVENT_STORE, { strict: false }) as EventStore;
  } catch {
    return async () => ({ ok: false, rejection: { code: 'caller_unverified', message: 'This service decides no commands' } });
  }
  return createCallerVerifier(createTokenVerifier(readAuthConfig(), undefined, rememberingFoundHolders(store)), store);
}

/**
 * Starts a service that answers on NATS (request/reply, one queue group per service so instances share
 * the load) and serves `/health` over HTTP.
 */
export async function startNatsService(module: DynamicModule, options: { name: string; config: PlatformConfig; httpPort: number }) {
  // abortOnError off: asking for a provider a service does not have (its event store) must throw here, not exit.
  const app = await NestFactory.create(module, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  // A handler that throws answers an explicit failure with a correlation id (500 or 503 at the gateway), never a
  // bare error. Set before connecting: the bus's handlers are built with the filters the app has then.
  app.useGlobalFilters(new ServiceFailureFilter(options.name, new BaseExceptionFilter(app.getHttpAdapter())));
  app.useGlobalInterceptors(new VerifyCallersInterceptor(callerVerifierOf(app)));
  app.connectMicroservice<MicroserviceOptions>(
    {
      transport: Transport.NATS,
      options: { servers: [options.config.natsUrl], queue: options.name, name: options.name, ...natsCredentials(options.name) },
    },
    { inheritAppConfig: true },
  );
  await app.startAllMicroservices();
  // Loopback unless HTTP_HOST / <SERVICE>_HTTP_HOST says otherwise: /health is for this machine's supervisor.
  await app.listen(options.httpPort, httpHost(options.name));
  return app;
}
