import { reportStream, type ReportEvent } from '@od/contracts';
import { decideReportJob, evolveReportJob, initialReportJobState, systemCommandId, type ReportJobCommand } from '@od/domain';
import type { EventStore, RecordedEvent } from '@od/event-store';
import { handleCommand, redactPersonalData } from '@od/platform';
import { readPostgresStoreHead, replayReport, ReportOptionsError } from '@od/reporting';
import { reportOutputs } from './report-outputs';
import type { ReportJobsTable } from './report-jobs-table';

export interface ReportJobParts {
  readonly store: EventStore;
  readonly jobs: ReportJobsTable;
  /** The event store's database: the replay reads up to the head it has when the job starts. */
  readonly databaseUrl: string;
  readonly codeVersion: string;
  readonly now: () => Date;
}

export type ReportJobOutcome = 'published' | 'failed' | 'done-before' | 'not-requested';

/** Progress is written at most this often: a row update per page of the replay would slow it for nobody's gain. */
const PROGRESS_EVERY_MS = 250;

/** The fact that ends a job: appended once, however often the job runs (a system command per report and outcome). */
async function record(parts: ReportJobParts, reportId: string, request: RecordedEvent<ReportEvent>, command: ReportJobCommand): Promise<void> {
  const streamId = reportStream(reportId);
  const outcome = await handleCommand(parts.store, {
    streamId,
    expected: 'existing',
    initialState: initialReportJobState,
    evolve: evolveReportJob,
    decide: (state) => decideReportJob(command, state),
    command: {
      commandId: systemCommandId(`report:${command.type}:${reportId}`),
      correlationId: request.metadata.correlationId,
      causationId: request.metadata.eventId,
      actor: { kind: 'system', id: 'reporting' },
      now: command.now,
      intent: { type: command.type, body: { reportId } },
    },
  });
  // Another instance finished it between our read and our append: its fact stands.
  if (!outcome.ok && outcome.rejection.code !== 'report_job_wrong_state') throw new Error(`${streamId}: ${outcome.rejection.message}`);
}

/**
 * Runs one report job: replays the store into the report as the request asked, stores its outputs, and records
 * `AnnualReportPublished` with the SHA-256 of its JSON. A job whose stream already ends (a redelivery, a restart
 * after the fact) does nothing; one interrupted before its fact runs again and writes the same bytes.
 */
export async function runReportJob(parts: ReportJobParts, reportId: string): Promise<ReportJobOutcome> {
  const history = (await parts.store.readStream(reportStream(reportId))) as RecordedEvent<ReportEvent>[];
  const state = history.reduce(evolveReportJob, initialReportJobState);
  if (state.status === 'none') return 'not-requested';
  if (state.status !== 'requested') {
    await parts.jobs.finished(reportId, state.status);
    return 'done-before';
  }
  const { period, asOf, holderIds } = state.request;
  try {
    const head = await readPostgresStoreHead(parts.databaseUrl);
    let lastWrite = 0;
    let pending: Promise<void> = parts.jobs.progress(reportId, 0, head.facts);
    const result = await replayReport(
      parts.store,
      { period, asOf, holderIds: holderIds.length === 0 ? undefined : holderIds, redact: redactPersonalData, codeVersion: parts.codeVersion, head },
      (progress) => {
        const at = Date.now();
        if (at - lastWrite < PROGRESS_EVERY_MS) return;
        lastWrite = at;
        pending = pending.then(() => parts.jobs.progress(reportId, progress.factsRead, progress.total));
      },
    );
    await pending;
    await parts.jobs.progress(reportId, result.factsRead, head.facts);
    const { sha256, outputs } = await reportOutputs(result.report);
    await parts.jobs.storeOutputs(reportId, outputs);
    const { positionReached, factsReplayed } = result.report.inputs;
    await record(parts, reportId, history[0], {
      type: 'PublishAnnualReport',
      sha256,
      positionReached,
      factsRead: factsReplayed,
      codeVersion: parts.codeVersion,
      now: parts.now(),
    });
    await parts.jobs.finished(reportId, 'published');
    return 'published';
  } catch (error) {
    // Only what asking again cannot mend is a failure; the store or the database being away is retried.
    if (!(error instanceof ReportOptionsError)) throw error;
    await record(parts, reportId, history[0], { type: 'FailAnnualReport', reason: error.message, now: parts.now() });
    await parts.jobs.finished(reportId, 'failed');
    return 'failed';
  }
}
