import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { httpHost, type PlatformConfig } from '@od/platform';
import { Logger } from 'nestjs-pino';
import { GatewayModule } from './gateway.module';
import { cacheControl } from './http/cache-control';
import { RequestErrorsFilter } from './http/request-errors.filter';
import { requireJsonBody } from './http/json-only';
import { jsonShapePipe } from './http/json-shape.pipe';
import { validationPipe } from './http/validation';

/** The public HTTP API: validates input, identifies the caller, asks the services over NATS. */
export async function startGateway(config: PlatformConfig, options: { httpPort: number }) {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.register(config), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  // No X-Powered-By: it tells an attacker the framework for free.
  app.disable('x-powered-by');
  app.use(cacheControl);
  app.useBodyParser('json', { limit: process.env.GATEWAY_BODY_LIMIT ?? '64kb' });
  app.use(requireJsonBody);
  // 413 / 400 / 415 for bodies the parser refuses, 400 for undecodable URLs; everything else unchanged.
  app.useGlobalFilters(new RequestErrorsFilter(app.getHttpAdapter()));
  app.useGlobalPipes(jsonShapePipe, validationPipe);
  app.enableShutdownHooks();
  // Loopback unless configured: GATEWAY_HTTP_HOST=0.0.0.0 (or HTTP_HOST) to serve the network.
  await app.listen(options.httpPort, httpHost('gateway'));
  return app;
}
