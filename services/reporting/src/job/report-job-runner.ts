import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@od/event-store';
import { CLOCK, EVENT_STORE, PLATFORM_CONFIG, type Clock, type PlatformConfig } from '@od/platform';
import { codeVersionOf } from '@od/reporting';
import { PinoLogger } from 'nestjs-pino';
import { Pool } from 'pg';
import { REPORTING_POOL } from '../reporting.providers';
import { ReportJobsTable } from './report-jobs-table';
import { runReportJob } from './run-report-job';

/**
 * The code version stated in every report: the platform's package version (the manifest in the working
 * directory, as `npm run report` reads it, so the command line rebuilds the same bytes), with the build's commit
 * where it says (`OD_CODE_VERSION`).
 */
function platformCodeVersion(): string {
  const manifest = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { version: string };
  return codeVersionOf(manifest.version, process.env.OD_CODE_VERSION);
}
/** A job left by an error (the database away) is tried again after this long. */
const RETRY_MS = 5_000;

/**
 * Runs the jobs the follower noted, one at a time, outside the follower's transaction (a replay may take
 * minutes). Woken when the follower moves on, at start (a job a restart interrupted) and after an error.
 */
@Injectable()
export class ReportJobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private running: Promise<void> = Promise.resolve();
  private again = false;
  private busy = false;
  private stopped = false;
  private retry?: NodeJS.Timeout;
  private readonly codeVersion = platformCodeVersion();

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REPORTING_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('ReportJobRunner');
  }

  onApplicationBootstrap(): void {
    this.wake();
  }

  /** Runs every job to run now, or once more after the run in hand if one is going. */
  wake(): void {
    if (this.stopped) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    this.running = this.runAll().finally(() => {
      this.busy = false;
      if (this.again && !this.stopped) {
        this.again = false;
        this.wake();
      }
    });
  }

  private async runAll(): Promise<void> {
    const jobs = new ReportJobsTable(this.pool);
    const parts = {
      store: this.store,
      jobs,
      databaseUrl: this.config.databaseUrl,
      codeVersion: this.codeVersion,
      now: () => this.clock.now(),
    };
    try {
      for (const reportId of await jobs.toRun()) {
        if (this.stopped) return;
        const outcome = await runReportJob(parts, reportId);
        this.logger.info({ reportId, outcome }, 'report job');
      }
    } catch (error) {
      this.logger.error({ err: error }, 'report job interrupted; trying again');
      clearTimeout(this.retry);
      this.retry = setTimeout(() => this.wake(), RETRY_MS);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.running;
  }
}
