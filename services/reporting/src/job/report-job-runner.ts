import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@od/event-store';
import { CLOCK, EVENT_STORE, PLATFORM_CONFIG, type Clock, type PlatformConfig } from '@od/platform';
import { codeVersionOf } from '@od/reporting';
import { PinoLogger } from 'nestjs-pino';
import { Pool } from 'pg';
import { REPORTING_POOL } from '../reporting.providers';
import { ReportJobsTable } from './report-jobs-table';
import { runReportJob } from './run-report-job';

/** The reporting code's version, stated in every report; the build's commit is added where it says (`OD_CODE_VERSION`). */
const REPORTING_VERSION = '0.1.0';
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
      codeVersion: codeVersionOf(REPORTING_VERSION, process.env.OD_CODE_VERSION),
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
