import { Inject, Injectable, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { healthModule, loggerModule } from '@od/platform';
import type { Logger } from 'pino';
import type { RelayConfig } from './relay-config';
import { RelayProcess } from './relay-process';

@Injectable()
class RelayShutdown implements OnApplicationShutdown {
  constructor(@Inject(RelayProcess) private readonly relay: RelayProcess) {}

  /** Stops publishing and checkpoints the last acknowledged fact before the connections close. */
  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}

/**
 * The relay as a Nest application: only for `GET /health` (NATS and PostgreSQL answer) and an orderly
 * shutdown. The work itself is `RelayProcess`, which knows nothing of Nest.
 */
export class RelayModule {
  static forRoot(config: RelayConfig, logger: Logger): DynamicModule {
    const core: DynamicModule = {
      module: class RelayCoreModule {},
      global: true,
      providers: [{ provide: RelayProcess, useFactory: () => RelayProcess.start(config, logger) }, RelayShutdown],
      exports: [RelayProcess],
    };
    return {
      module: RelayModule,
      imports: [
        loggerModule('relay', config.logLevel),
        core,
        healthModule({
          inject: [RelayProcess],
          useFactory: (relay: RelayProcess) => [
            { key: 'nats', probe: relay.probes.nats },
            { key: 'postgres', probe: relay.probes.postgres },
          ],
        }),
      ],
    };
  }
}
