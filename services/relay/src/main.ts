import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import { httpHost, privateLoggerOptions } from '@od/platform';
import { pino } from 'pino';
import { readRelayConfig } from './relay-config';
import { RelayModule } from './relay.module';
import { RelayProcess } from './relay-process';

/** Longest an orderly shutdown may take before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 20_000;

async function main(): Promise<void> {
  const config = readRelayConfig();
  const logger = pino(privateLoggerOptions('relay', config.logLevel));
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

  const app = await NestFactory.create(RelayModule.forRoot(config, logger), { bufferLogs: true });
  app.useLogger(app.get(NestPinoLogger));
  await app.listen(config.httpPort, httpHost('relay'));
  logger.info({ port: config.httpPort, relayName: config.relayName, streamName: config.eventsStreamName }, 'relay started');

  const relay = app.get(RelayProcess);
  let exiting = false;
  const exit = async (code: number): Promise<void> => {
    if (exiting) return;
    exiting = true;
    setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(code || 1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    await app.close().catch((error: unknown) => logger.error({ err: error }, 'shutdown failed'));
    logger.flush();
    process.exit(code);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'stopping');
      void exit(0);
    });
  }
  relay.done.then(
    () => {
      if (!exiting) {
        logger.error('relay stopped without being asked to');
        void exit(1);
      }
    },
    (error: unknown) => {
      logger.fatal({ err: error }, 'relay failed; exiting');
      void exit(1);
    },
  );
}

main().catch((error: unknown) => {
  // Startup failed (PostgreSQL or NATS unreachable, migration or stream config refused).
  console.error(error);
  process.exit(1);
});
