import type { DomainEvent } from '../envelope';
import type { StaffRole } from '../identity/access-token-claims';

/**
 * The annual access-to-information report as a job (B2, DESIGN §2b): asked for, then published with the
 * SHA-256 of its JSON (anyone may rebuild it from the store by replay and compare) or failed. One stream per
 * report: `report-<reportId>`.
 */
export const REPORT_CATEGORY = 'report';

export function reportStream(reportId: string): string {
  return `${REPORT_CATEGORY}-${reportId}`;
}

/** Almaty dates, both inclusive (`YYYY-MM-DD`). */
export interface ReportPeriod {
  readonly from: string;
  readonly to: string;
}

/** Who asked: the ministry (every holder) or a holder's access-to-information officer (their own holder only). */
export interface ReportRequester {
  readonly role: 'ministry' | 'staff';
  /** The officer's holder; absent for the ministry. */
  readonly holderId?: string;
  readonly awpRole?: StaffRole;
}

export type AnnualReportRequested = DomainEvent<
  'AnnualReportRequested',
  {
    readonly reportId: string;
    readonly period: ReportPeriod;
    /** Facts recorded after this instant are left out (ISO 8601, UTC); the moment of the request unless asked. */
    readonly asOf: string;
    /** The holders reported on; empty: every holder. */
    readonly holderIds: readonly string[];
    readonly requestedBy: ReportRequester;
    readonly requestedAt: string;
  },
  1
>;

export type AnnualReportPublished = DomainEvent<
  'AnnualReportPublished',
  {
    readonly reportId: string;
    /** SHA-256 (hex) of the report's canonical JSON. */
    readonly sha256: string;
    readonly period: ReportPeriod;
    readonly asOf: string;
    /** The store position of the last fact replayed ('tx:seq'), or null when the store held none by the as-of. */
    readonly positionReached: string | null;
    readonly factsRead: number;
    readonly codeVersion: string;
    readonly publishedAt: string;
  },
  1
>;

export type AnnualReportFailed = DomainEvent<'AnnualReportFailed', { readonly reportId: string; readonly reason: string; readonly failedAt: string }, 1>;

/** Every fact of a `report-…` stream. */
export type ReportEvent = AnnualReportRequested | AnnualReportPublished | AnnualReportFailed;

export const REPORT_EVENT_TYPES: ReadonlySet<ReportEvent['type']> = new Set(['AnnualReportRequested', 'AnnualReportPublished', 'AnnualReportFailed']);
