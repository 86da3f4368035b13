import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { PLATFORM_CONFIG, type PlatformConfig } from '@od/platform';
import { Pool } from 'pg';
import { migrateNotifications } from './authors/migrate-notifications';

export const NOTIFICATIONS_POOL = Symbol('NOTIFICATIONS_POOL');

/** Closes the service's own pool with the app. */
@Injectable()
export class PoolCloser implements OnApplicationShutdown {
  constructor(@Inject(NOTIFICATIONS_POOL) private readonly pool: Pool) {}
  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

export const notificationsProviders: Provider[] = [
  {
    provide: NOTIFICATIONS_POOL,
    inject: [PLATFORM_CONFIG],
    useFactory: async (config: PlatformConfig) => {
      const pool = new Pool({ connectionString: config.databaseUrl, max: 4, application_name: 'od-notifications' });
      // An idle connection the server ends (restart, dropped database) is discarded by the pool; without a
      // listener its 'error' would end the process.
      pool.on('error', () => undefined);
      await migrateNotifications(pool);
      return pool;
    },
  },
  PoolCloser,
];
