import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { PlatformConfig } from '@od/platform';
import { Logger } from 'nestjs-pino';
import { GatewayModule } from './gateway.module';
import { validationPipe } from './http/validation';

/** The public HTTP API: validates input, identifies the caller, asks the services over NATS. */
export async function startGateway(config: PlatformConfig, options: { httpPort: number }) {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.register(config), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: process.env.GATEWAY_BODY_LIMIT ?? '64kb' });
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  await app.listen(options.httpPort, '0.0.0.0');
  return app;
}
