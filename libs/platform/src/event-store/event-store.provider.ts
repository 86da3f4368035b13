import type { Provider } from '@nestjs/common';
import { createPostgresEventStore, migrateEventStore, type EventStore } from '@od/event-store';
import { PLATFORM_CONFIG } from '../config/platform-config.provider';
import type { PlatformConfig } from '../config/platform-config';

export const EVENT_STORE = Symbol('EVENT_STORE');

/** The store every service appends to and reads from; migrated before first use, closed with the app. */
export const eventStoreProvider: Provider = {
  provide: EVENT_STORE,
  inject: [PLATFORM_CONFIG],
  useFactory: async (config: PlatformConfig): Promise<EventStore> => {
    await migrateEventStore({ connectionString: config.databaseUrl });
    return createPostgresEventStore({ connectionString: config.databaseUrl, notifyOnAppend: config.eventStoreNotify });
  },
};
