import { NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import { systemClock, type Clock, type PlatformConfig } from '@od/platform';
import { Logger } from 'nestjs-pino';
import { IntakeModule } from './intake.module';

/** Intake: takes requests from users (over NATS request/reply) and appends them to the store. */
export async function startIntake(config: PlatformConfig, options: { httpPort: number; clock?: Clock }) {
  const app = await NestFactory.create(IntakeModule.register(config, options.clock ?? systemClock), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.connectMicroservice<MicroserviceOptions>({ transport: Transport.NATS, options: { servers: [config.natsUrl], queue: 'intake', name: 'intake' } });
  await app.startAllMicroservices();
  await app.listen(options.httpPort, '0.0.0.0');
  return app;
}
