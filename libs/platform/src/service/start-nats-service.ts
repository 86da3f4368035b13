import type { DynamicModule } from '@nestjs/common';
import { BaseExceptionFilter, NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import { Logger } from 'nestjs-pino';
import { httpHost } from '../config/http-host';
import type { PlatformConfig } from '../config/platform-config';
import { natsCredentials } from '../nats/nats-credentials';
import { ServiceFailureFilter } from './service-failure.filter';

/**
 * Starts a service that answers on NATS (request/reply, one queue group per service so instances share
 * the load) and serves `/health` over HTTP.
 */
export async function startNatsService(module: DynamicModule, options: { name: string; config: PlatformConfig; httpPort: number }) {
  const app = await NestFactory.create(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  // A handler that throws answers an explicit failure with a correlation id (500 or 503 at the gateway), never a
  // bare error. Set before connecting: the bus's handlers are built with the filters the app has then.
  app.useGlobalFilters(new ServiceFailureFilter(options.name, new BaseExceptionFilter(app.getHttpAdapter())));
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
