import type { ReportEvent } from '@od/contracts';
import { deciderSpec } from '@od/testing';
import { evolveReportJob, initialReportJobState } from './report-job';
import { decideReportJob, type ReportJobCommand } from './report-job-decide';

const now = new Date('2026-12-03T10:00:00Z');
const at = now.toISOString();
const reportId = '5b0b3c4e-8f6a-4c0e-9d0f-0a1b2c3d4e5f';
const period = { from: '2026-01-01', to: '2026-12-31' };
const ministry = { role: 'ministry' } as const;
const officer = { role: 'staff', holderId: 'kazatomprom', awpRole: 'information_officer' } as const;

const request = (overrides: Partial<Extract<ReportJobCommand, { type: 'RequestAnnualReport' }>> = {}): ReportJobCommand => ({
  type: 'RequestAnnualReport',
  reportId,
  period,
  holderIds: [],
  requestedBy: ministry,
  now,
  ...overrides,
});

const requested: ReportEvent = {
  type: 'AnnualReportRequested',
  schemaVersion: 1,
  data: { reportId, period, asOf: at, holderIds: [], requestedBy: ministry, requestedAt: at },
};
const publish: ReportJobCommand = { type: 'PublishAnnualReport', sha256: 'ab'.repeat(32), positionReached: '12:3', factsRead: 40, codeVersion: 'abc123', now };
const published: ReportEvent = {
  type: 'AnnualReportPublished',
  schemaVersion: 1,
  data: { reportId, sha256: 'ab'.repeat(32), period, asOf: at, positionReached: '12:3', factsRead: 40, codeVersion: 'abc123', publishedAt: at },
};
const failed: ReportEvent = { type: 'AnnualReportFailed', schemaVersion: 1, data: { reportId, reason: 'store unreachable', failedAt: at } };

const spec = deciderSpec({ decide: decideReportJob, evolve: evolveReportJob, initialState: initialReportJobState });

function refusedWith(command: ReportJobCommand, code: string, field?: string): void {
  const decision = decideReportJob(command, initialReportJobState);
  expect(decision.ok).toBe(false);
  if (decision.ok) return;
  expect(decision.rejection.code).toBe(code);
  expect(decision.rejection.field).toBe(field);
  expect(Object.keys(decision.rejection.messages ?? {})).toEqual(['kk', 'ru', 'en']);
}

describe('the annual report job (B2)', () => {
  it('given nothing, when the ministry asks without an as-of, then the request is recorded as of that moment', () => {
    spec
      .given()
      .when(request())
      .then({ ok: true, events: [requested] });
  });

  it('keeps an as-of in the past as UTC, and the holders sorted without repeats', () => {
    spec
      .given()
      .when(request({ asOf: '2026-12-01T05:00:00+05:00', holderIds: ['kazmunaygas', 'kazatomprom', 'kazmunaygas'] }))
      .then({
        ok: true,
        events: [{ ...requested, data: { ...requested.data, asOf: '2026-12-01T00:00:00.000Z', holderIds: ['kazatomprom', 'kazmunaygas'] } }],
      });
  });

  it('B4: an officer may ask for their own holder alone', () => {
    expect(decideReportJob(request({ requestedBy: officer, holderIds: ['kazatomprom'] }), initialReportJobState).ok).toBe(true);
    refusedWith(request({ requestedBy: officer, holderIds: ['kazmunaygas'] }), 'report_holders_not_allowed', 'holderIds');
    refusedWith(request({ requestedBy: officer, holderIds: [] }), 'report_holders_not_allowed', 'holderIds');
    refusedWith(request({ requestedBy: { ...officer, awpRole: 'responder' }, holderIds: ['kazatomprom'] }), 'report_holders_not_allowed', 'holderIds');
  });

  it('refuses a bad period naming the field: not a date, not a calendar date, the end before the start', () => {
    refusedWith(request({ period: { from: '2026-1-1', to: '2026-12-31' } }), 'period_invalid', 'from');
    refusedWith(request({ period: { from: '2026-01-01', to: '2026-02-30' } }), 'period_invalid', 'to');
    refusedWith(request({ period: { from: '2026-12-31', to: '2026-01-01' } }), 'period_invalid', 'to');
  });

  it('refuses an as-of that is not an instant with its offset, or is in the future', () => {
    refusedWith(request({ asOf: '2026-12-01' }), 'as_of_invalid', 'asOf');
    refusedWith(request({ asOf: '2026-12-03T10:00:01Z' }), 'as_of_invalid', 'asOf');
    expect(decideReportJob(request({ asOf: at }), initialReportJobState).ok).toBe(true);
  });

  it('a report is requested once', () => {
    spec.given(requested).when(request()).thenRejects('report_job_wrong_state', undefined);
  });

  it('given a request, when the replay is done, then the report is published with its hash, period and as-of', () => {
    spec
      .given(requested)
      .when(publish)
      .then({ ok: true, events: [published] });
  });

  it('given a request, when the replay fails, then the failure is recorded with its reason', () => {
    spec
      .given(requested)
      .when({ type: 'FailAnnualReport', reason: 'store unreachable', now })
      .then({ ok: true, events: [failed] });
  });

  it('nothing is published twice, nor after a failure, nor without a request', () => {
    spec.given(requested, published).when(publish).thenRejects('report_job_wrong_state', undefined);
    spec.given(requested, failed).when(publish).thenRejects('report_job_wrong_state', undefined);
    spec.given().when(publish).thenRejects('report_job_wrong_state', undefined);
  });

  it('folds the job to its state', () => {
    expect([requested, published].reduce(evolveReportJob, initialReportJobState)).toEqual({
      status: 'published',
      request: requested.data,
      sha256: 'ab'.repeat(32),
    });
    expect([requested, failed].reduce(evolveReportJob, initialReportJobState)).toMatchObject({ status: 'failed', reason: 'store unreachable' });
  });
});
