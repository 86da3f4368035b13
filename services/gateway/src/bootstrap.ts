import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { PlatformConfig } from '@od/platform';
import { Logger } from 'nestjs-pino';
import { GatewayModule } from './gateway.module';
import { RequestErrorsFilter } from './http/request-errors.filter';
import { requireJsonBody } from './http/json-only';
import { jsonShapePipe } from './http/json-shape.pipe';
import { validationPipe } from './http/validation';

/** The public HTTP API: validates input, identifies the caller, asks the services over NATS. */
export async function startGateway(config: PlatformConfig, options: { httpPort: number }) {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.register(config), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: process.env.GATEWAY_BODY_LIMIT ?? '64kb' });
  app.use(requireJsonBody);
  // 413 / 400 / 415 for bodies the parser refuses, 400 for undecodable URLs; everything else unchanged.
  app.useGlobalFilters(new RequestErrorsFilter(app.getHttpAdapter()));
  app.useGlobalPipes(jsonShapePipe, validationPipe);
  app.enableShutdownHooks();
  await app.listen(options.httpPort, '0.0.0.0');
  return app;
}
