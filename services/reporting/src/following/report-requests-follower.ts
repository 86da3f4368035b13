import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import type { AnnualReportRequested } from '@od/contracts';
import {
  checkpointStore,
  connectNats,
  followerLog,
  followerSettings,
  pgTransaction,
  PLATFORM_CONFIG,
  startFollowing,
  type PlatformConfig,
  type RunningFollower,
} from '@od/platform';
import { PinoLogger } from 'nestjs-pino';
import { Pool } from 'pg';
import { ReportJobRunner } from '../job/report-job-runner';
import { ReportJobsTable } from '../job/report-jobs-table';
import { REPORTING_POOL } from '../reporting.providers';

/** How far the service has followed the events stream, in `reporting.checkpoints`. */
const reportingCheckpoint = checkpointStore({ schema: 'reporting', name: 'reporting' });

/**
 * Follows the events stream with the durable consumer `reporting` and notes each `AnnualReportRequested` as a
 * job, with the checkpoint in one transaction; the runner does the replay after the batch commits. A fact
 * delivered again notes nothing new.
 */
@Injectable()
export class ReportRequestsFollower implements OnApplicationBootstrap, OnApplicationShutdown {
  private following?: RunningFollower;
  private nc?: NatsConnection;

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(REPORTING_POOL) private readonly pool: Pool,
    private readonly runner: ReportJobRunner,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('ReportRequestsFollower');
  }

  async onApplicationBootstrap(): Promise<void> {
    this.nc = await connectNats(this.config.natsUrl, 'reporting');
    let noted = false;
    this.following = startFollowing(this.nc, this.config, {
      ...followerSettings('REPORTING', { durableName: 'reporting', batchSize: 500 }),
      checkpoint: reportingCheckpoint,
      transaction: pgTransaction(this.pool),
      foldBatch: async (client, facts) => {
        const jobs = new ReportJobsTable(client);
        for (const { event } of facts) {
          if (event.type !== 'AnnualReportRequested') continue;
          await jobs.noteRequested((event as unknown as { data: AnnualReportRequested['data'] }).data.reportId);
          noted = true;
        }
      },
      onAdvance: () => {
        if (!noted) return;
        noted = false;
        this.runner.wake();
      },
      log: followerLog(this.logger),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.following?.stop();
    await this.nc?.drain();
  }
}
