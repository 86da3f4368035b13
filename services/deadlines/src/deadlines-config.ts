import { followerSettings, httpPortSetting, integerSetting, readPlatformConfig, type PlatformConfig } from '@od/platform';

export interface DeadlinesConfig extends PlatformConfig {
  readonly httpPort: number;
  /** How often the scheduler looks for warnings and breaches due (DEADLINES_TICK_MS, default 5 s). */
  readonly tickMs: number;
  /** Working days before the due instant to warn (DEADLINES_WARNING_WORKING_DAYS, default 1). */
  readonly warningWorkingDays: number;
  readonly durableName: string;
  readonly batchSize: number;
}

export function readDeadlinesConfig(env: NodeJS.ProcessEnv = process.env): DeadlinesConfig {
  return {
    ...readPlatformConfig(env),
    httpPort: httpPortSetting('deadlines', 3106, env),
    tickMs: integerSetting(env, 'DEADLINES_TICK_MS', 5_000),
    warningWorkingDays: integerSetting(env, 'DEADLINES_WARNING_WORKING_DAYS', 1),
    ...followerSettings('DEADLINES', { durableName: 'deadlines', batchSize: 200 }, env),
  };
}
