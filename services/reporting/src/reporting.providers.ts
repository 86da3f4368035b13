import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { PLATFORM_CONFIG, type PlatformConfig } from '@od/platform';
import { Pool } from 'pg';
import { migrateReporting } from './database/migrate-reporting';

export const REPORTING_POOL = Symbol('REPORTING_POOL');

/** Closes the service's own pool with the app. */
@Injectable()
export class PoolCloser implements OnApplicationShutdown {
  constructor(@Inject(REPORTING_POOL) private readonly pool: Pool) {}
  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

export const reportingProviders: Provider[] = [
  {
    provide: REPORTING_POOL,
    inject: [PLATFORM_CONFIG],
    useFactory: async (config: PlatformConfig) => {
      const pool = new Pool({ connectionString: config.databaseUrl, max: 4, application_name: 'od-reporting' });
      // An idle connection the server ends is discarded by the pool; without a listener its 'error' would end the process.
      pool.on('error', () => undefined);
      await migrateReporting(pool);
      return pool;
    },
  },
  PoolCloser,
];
