import { command, query } from '../bus-descriptors';
import type { CommandMessage, CommandReply } from '../requests/request-messages';
import type { ReportPeriod, ReportRequester } from './report-events';

export interface RequestAnnualReportData {
  readonly period: ReportPeriod;
  /** Omitted: the moment the reporting service handles the request. */
  readonly asOf?: string;
  /** Omitted or empty: every holder (the ministry only). */
  readonly holderIds?: readonly string[];
}

/** The report's id is the command's: the same command id again answers the same report. */
export type RequestAnnualReportReply = CommandReply<{ readonly reportId: string; readonly position: string }>;

/** The ministry, or a holder's access-to-information officer for their own holder, asks for a report (B2, B4). */
export const requestAnnualReport = command<CommandMessage<RequestAnnualReportData>, RequestAnnualReportReply>('reporting', 'request-annual-report');

export type ReportJobState = 'requested' | 'running' | 'published' | 'failed';

export interface ReportStateQuery {
  readonly reportId: string;
}

export interface ReportStateView {
  readonly reportId: string;
  readonly state: ReportJobState;
  readonly period: ReportPeriod;
  readonly asOf: string;
  readonly holderIds: readonly string[];
  readonly requestedBy: ReportRequester;
  /** Facts replayed so far of the facts the store held by the as-of (while running and once published). */
  readonly progress: { readonly factsRead: number; readonly totalFacts: number | null } | null;
  readonly sha256: string | null;
  readonly positionReached: string | null;
  readonly failureReason: string | null;
}

export type ReportStateReply = { readonly found: false } | ({ readonly found: true } & ReportStateView);

export const reportState = query<ReportStateQuery, ReportStateReply>('reporting', 'report-state');

export type ReportFormat = 'json' | 'csv' | 'html';
export type ReportLanguage = 'kk' | 'ru' | 'en';

export interface ReportOutputQuery {
  readonly reportId: string;
  readonly format: ReportFormat;
  /** For `html` only. */
  readonly language?: ReportLanguage;
}

export type ReportOutputReply = { readonly found: false } | { readonly found: true; readonly contentType: string; readonly body: string };

/** One output of a published report, as stored by the reporting service. */
export const reportOutput = query<ReportOutputQuery, ReportOutputReply>('reporting', 'report-output');
