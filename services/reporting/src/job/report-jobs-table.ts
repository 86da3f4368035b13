import type { Pool, PoolClient } from 'pg';
import type { ReportOutput } from './report-outputs';

export type StoredJobStatus = 'requested' | 'running' | 'published' | 'failed';

export interface StoredJob {
  readonly reportId: string;
  readonly status: StoredJobStatus;
  readonly factsRead: number;
  readonly totalFacts: number | null;
}

/** The service's own tables: the jobs it saw requested with their progress, and the published outputs. */
export class ReportJobsTable {
  constructor(private readonly db: Pool | PoolClient) {}

  /** Seen in the stream: to be run (again after a redelivery: nothing changes). */
  async noteRequested(reportId: string): Promise<void> {
    await this.db.query(`INSERT INTO reporting.report_jobs (report_id, status) VALUES ($1, 'requested') ON CONFLICT (report_id) DO NOTHING`, [reportId]);
  }

  async toRun(): Promise<string[]> {
    const { rows } = await this.db.query<{ report_id: string }>(
      `SELECT report_id FROM reporting.report_jobs WHERE status IN ('requested', 'running') ORDER BY requested_at, report_id`,
    );
    return rows.map((row) => row.report_id);
  }

  async job(reportId: string): Promise<StoredJob | null> {
    const { rows } = await this.db.query<{ report_id: string; status: StoredJobStatus; facts_read: string; total_facts: string | null }>(
      `SELECT report_id, status, facts_read::text, total_facts::text FROM reporting.report_jobs WHERE report_id = $1`,
      [reportId],
    );
    if (rows.length === 0) return null;
    const [row] = rows;
    return {
      reportId: row.report_id,
      status: row.status,
      factsRead: Number(row.facts_read),
      totalFacts: row.total_facts === null ? null : Number(row.total_facts),
    };
  }

  async progress(reportId: string, factsRead: number, totalFacts: number): Promise<void> {
    await this.db.query(
      `UPDATE reporting.report_jobs SET status = 'running', facts_read = $2, total_facts = $3, updated_at = now() WHERE report_id = $1 AND status IN ('requested', 'running')`,
      [reportId, factsRead, totalFacts],
    );
  }

  async finished(reportId: string, status: 'published' | 'failed'): Promise<void> {
    await this.db.query(`UPDATE reporting.report_jobs SET status = $2, updated_at = now() WHERE report_id = $1`, [reportId, status]);
  }

  /** Written before the fact that publishes them; a rerun writes the same bytes. */
  async storeOutputs(reportId: string, outputs: readonly ReportOutput[]): Promise<void> {
    for (const output of outputs) {
      await this.db.query(
        `INSERT INTO reporting.report_outputs (report_id, name, content_type, body) VALUES ($1, $2, $3, $4)
         ON CONFLICT (report_id, name) DO UPDATE SET content_type = EXCLUDED.content_type, body = EXCLUDED.body`,
        [reportId, output.name, output.contentType, output.body],
      );
    }
  }

  async output(reportId: string, name: string): Promise<{ readonly contentType: string; readonly body: string } | null> {
    const { rows } = await this.db.query<{ content_type: string; body: string }>(
      `SELECT content_type, body FROM reporting.report_outputs WHERE report_id = $1 AND name = $2`,
      [reportId, name],
    );
    return rows.length === 0 ? null : { contentType: rows[0].content_type, body: rows[0].body };
  }
}
