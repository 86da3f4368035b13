import { NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import type { PlatformConfig } from '@od/platform';
import { Logger } from 'nestjs-pino';
import { ProjectionsModule } from './projections.module';

/** Projections: folds the events stream into read models and answers queries on them over NATS. */
export async function startProjections(config: PlatformConfig, options: { httpPort: number }) {
  const app = await NestFactory.create(ProjectionsModule.register(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.connectMicroservice<MicroserviceOptions>({ transport: Transport.NATS, options: { servers: [config.natsUrl], queue: 'projections', name: 'projections-queries' } });
  await app.startAllMicroservices();
  await app.listen(options.httpPort, '0.0.0.0');
  return app;
}
