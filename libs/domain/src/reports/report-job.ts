import type { AnnualReportRequested, ReportEvent } from '@od/contracts';

/** Where a report job stands, folded from its `report-<id>` stream. */
export type ReportJobState =
  | { readonly status: 'none' }
  | { readonly status: 'requested'; readonly request: AnnualReportRequested['data'] }
  | { readonly status: 'published'; readonly request: AnnualReportRequested['data']; readonly sha256: string }
  | { readonly status: 'failed'; readonly request: AnnualReportRequested['data']; readonly reason: string };

export const initialReportJobState: ReportJobState = { status: 'none' };

export function evolveReportJob(state: ReportJobState, event: ReportEvent): ReportJobState {
  switch (event.type) {
    case 'AnnualReportRequested':
      return { status: 'requested', request: event.data };
    case 'AnnualReportPublished':
      return state.status === 'none' ? state : { status: 'published', request: state.request, sha256: event.data.sha256 };
    case 'AnnualReportFailed':
      return state.status === 'none' ? state : { status: 'failed', request: state.request, reason: event.data.reason };
  }
}
