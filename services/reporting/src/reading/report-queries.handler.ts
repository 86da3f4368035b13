import { Controller, Inject } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  reportOutput,
  reportState,
  reportStream,
  type ReportEvent,
  type ReportOutputQuery,
  type ReportOutputReply,
  type ReportStateQuery,
  type ReportStateReply,
} from '@od/contracts';
import { evolveReportJob, initialReportJobState } from '@od/domain';
import type { EventStore, RecordedEvent } from '@od/event-store';
import { Answers, EVENT_STORE } from '@od/platform';
import { Pool } from 'pg';
import { ReportJobsTable } from '../job/report-jobs-table';
import { REPORTING_POOL } from '../reporting.providers';

const REPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A report's state from its stream (the facts decide), with the replay's progress from the service's table. */
@Controller()
export class ReportQueriesHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REPORTING_POOL) private readonly pool: Pool,
  ) {}

  @Answers(reportState)
  async state(@Payload() query: ReportStateQuery): Promise<ReportStateReply> {
    if (!REPORT_ID.test(query.reportId)) return { found: false };
    const history = (await this.store.readStream(reportStream(query.reportId))) as RecordedEvent<ReportEvent>[];
    const state = history.reduce(evolveReportJob, initialReportJobState);
    if (state.status === 'none') return { found: false };
    const { reportId, period, asOf, holderIds, requestedBy } = state.request;
    const job = await new ReportJobsTable(this.pool).job(reportId);
    const published = history.find((fact) => fact.type === 'AnnualReportPublished');
    const running = state.status === 'requested' && job?.status === 'running';
    return {
      found: true,
      reportId,
      state: running ? 'running' : state.status,
      period,
      asOf,
      holderIds,
      requestedBy,
      progress: job && (running || state.status === 'published') ? { factsRead: job.factsRead, totalFacts: job.totalFacts } : null,
      sha256: state.status === 'published' ? state.sha256 : null,
      positionReached: published?.type === 'AnnualReportPublished' ? published.data.positionReached : null,
      failureReason: state.status === 'failed' ? state.reason : null,
    };
  }

  @Answers(reportOutput)
  async output(@Payload() query: ReportOutputQuery): Promise<ReportOutputReply> {
    if (!REPORT_ID.test(query.reportId)) return { found: false };
    const name = query.format === 'html' ? `report.${query.language ?? 'en'}.html` : `report.${query.format}`;
    const found = await new ReportJobsTable(this.pool).output(query.reportId, name);
    return found ? { found: true, ...found } : { found: false };
  }
}
