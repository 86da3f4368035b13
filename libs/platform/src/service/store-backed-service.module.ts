import { Inject, Module, type DynamicModule, type OnApplicationShutdown, type Provider, type Type } from '@nestjs/common';
import type { EventStore } from '@od/event-store';
import { CLOCK, clockFromEnvironment, type Clock } from '../clock/clock';
import { platformConfigModule } from '../config/config.module';
import type { PlatformConfig } from '../config/platform-config';
import { platformConfigProvider } from '../config/platform-config.provider';
import { EVENT_STORE, eventStoreProvider } from '../event-store/event-store.provider';
import { healthModule } from '../health/health.module';
import { NATS_PROBE, natsProbe, type NatsProbe } from '../health/probes';
import { loggerModule } from '../logging/logger.module';
import { ensureSeededHolders, type HolderSeeding, type HolderToSeed } from '../holders/holder-registry';
import { bindAnswers } from './answers';
import { COMMAND_DEPENDENCIES, commandRoutesController, type ServiceCommands } from '../command-handling/command-routes.controller';

const HOLDERS_SEEDED = Symbol('HOLDERS_SEEDED');

export interface StoreBackedServiceOptions {
  readonly name: string;
  readonly config: PlatformConfig;
  /** The service's NATS handlers for queries (`@Answers(descriptor)` methods, bound at start-up). */
  readonly handlers?: Type[];
  /** The commands it decides: its routing tables, each row registered on its subject at start-up. */
  readonly commands?: ServiceCommands<any>;
  /** What the handlers need beyond the shared parts. */
  readonly providers?: Provider[];
  /** Register the seeded holders at start-up (idempotent), for services that look holders up: `holderSeeding` from @od/domain. */
  readonly seedHolders?: HolderSeeding<any, any>;
  /** Default: the system clock, shifted by `OD_CLOCK_OFFSET_MS` where that is set (development and tests only). */
  readonly clock?: Clock;
}

/**
 * What every service that decides commands shares: config, logs, the event store, the clock, and
 * `/health` for PostgreSQL and NATS. The service brings only its handlers.
 */
@Module({})
export class StoreBackedServiceModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(NATS_PROBE) private readonly nats: NatsProbe,
  ) {}

  static register(options: StoreBackedServiceOptions): DynamicModule {
    const shared = [
      platformConfigProvider(options.config),
      eventStoreProvider,
      { provide: CLOCK, useValue: options.clock ?? clockFromEnvironment() },
      { provide: NATS_PROBE, useFactory: () => natsProbe(options.config.natsUrl, options.name) },
    ];
    return {
      module: StoreBackedServiceModule,
      global: true,
      imports: [
        platformConfigModule(),
        loggerModule(options.name, options.config.logLevel),
        healthModule({
          inject: [EVENT_STORE, NATS_PROBE],
          useFactory: (store: EventStore, nats: NatsProbe) => [{ key: 'event-store', probe: () => store.readStream('health-probe', { maxCount: 1 }) }, nats],
        }),
      ],
      controllers: [
        ...bindAnswers(options.config.subjectRoot, options.handlers ?? []),
        ...(options.commands ? [commandRoutesController(options.config.subjectRoot, options.commands.tables)] : []),
      ],
      providers: [
        ...shared,
        options.commands?.dependencies
          ? { provide: COMMAND_DEPENDENCIES, inject: options.commands.dependencies.inject, useFactory: options.commands.dependencies.useFactory }
          : { provide: COMMAND_DEPENDENCIES, useValue: {} },
        ...(options.providers ?? []),
        ...(options.seedHolders
          ? [
              {
                provide: HOLDERS_SEEDED,
                inject: [EVENT_STORE, CLOCK],
                useFactory: (store: EventStore, clock: Clock) =>
                  ensureSeededHolders(store, clock.now(), options.seedHolders as HolderSeeding<HolderToSeed, unknown>),
              },
            ]
          : []),
      ],
      exports: shared,
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.store.close(), this.nats.close()]);
  }
}
