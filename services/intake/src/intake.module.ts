import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@od/event-store';
import {
  CLOCK,
  EVENT_STORE,
  eventStoreProvider,
  healthModule,
  loggerModule, platformConfigModule,
  NATS_PROBE,
  natsProbe,
  type NatsProbe,
  platformConfigProvider,
  systemClock,
  type Clock,
  type PlatformConfig,
} from '@od/platform';
import { SubmitRequestHandler } from './requests/submitting/submit-request.handler';

@Module({})
export class IntakeModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(NATS_PROBE) private readonly nats: NatsProbe,
  ) {}

  static register(config: PlatformConfig, clock: Clock = systemClock): DynamicModule {
    const shared = [
      platformConfigProvider(config),
      eventStoreProvider,
      { provide: CLOCK, useValue: clock },
      { provide: NATS_PROBE, useFactory: () => natsProbe(config.natsUrl, 'intake') },
    ];
    return {
      module: IntakeModule,
      global: true,
      imports: [
        platformConfigModule(),
        loggerModule('intake', config.logLevel),
        healthModule({
          inject: [EVENT_STORE, NATS_PROBE],
          useFactory: (store: EventStore, nats: NatsProbe) => [{ key: 'event-store', probe: () => store.readStream('health-probe', { maxCount: 1 }) }, nats],
        }),
      ],
      controllers: [SubmitRequestHandler],
      providers: shared,
      exports: shared,
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.store.close(), this.nats.close()]);
  }
}
