import type { RequestView, RequestsByHolderQuery } from '../requests/request-messages';
import type { ClockView, ReaderLanguage } from './clock-reads';
import type { Page, PageRequest, PeriodFilter } from './paging';

/** Reads of the request read models (`<root>.queries.projections.*`), as the projections answer them. */

export interface RedirectStep {
  readonly fromHolderId: string;
  readonly toHolderId: string;
  readonly reason: string;
  readonly redirectedAt: string;
}

export interface RequestViewDetails extends RequestView {
  readonly receivedAt: string | null;
  readonly statusChangedAt: string | null;
  readonly redirects: readonly RedirectStep[];
  readonly acceptedAt: string | null;
  readonly answer: { readonly text: string; readonly answeredAt: string } | null;
  readonly reason: { readonly code: string | null; readonly text: string } | null;
  readonly extendedDays: number | null;
  readonly rating: { readonly rating: string; readonly reason: string | null } | null;
}

/** An author's requests, newest first (keyset on `[submittedAt, requestId]`); `from`/`to` bound `submittedAt`. */
export interface MyRequestsQuery extends ReaderLanguage, PageRequest, PeriodFilter {
  readonly statuses?: readonly string[];
  /** IIN of a citizen, BIN of an organisation (the fact's `author.id`). */
  readonly authorId: string;
  /** Only the requests now at this holder. */
  readonly holderId?: string;
  readonly asOf?: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface MyRequestsItem extends RequestViewDetails {
  /** Due instants of the clocks still running on it (as the clocks service computed them). */
  readonly runningClocks: readonly ClockView[];
}

export interface MyRequestsReply extends Page<MyRequestsItem> {
  readonly projectionPosition: string;
}

/**
 * The agency's queue: the holder's requests, with a status filter, a period of `submittedAt` and the instant
 * "overdue" is judged at; keyset on `[nextDueAt (nulls last), submittedAt, requestId]`.
 */
export interface AgencyQueueQuery extends RequestsByHolderQuery, PageRequest, PeriodFilter {
  readonly statuses?: readonly string[];
  readonly asOf?: string;
}

export interface AgencyQueueItem extends RequestViewDetails {
  /** The nearest due instant among the holder's clocks on this request that are still owed. */
  readonly nextDueAt: string | null;
  readonly nextDueRule: string | null;
  readonly overdue: boolean;
}

export interface AgencyQueueReply extends Page<AgencyQueueItem> {
  readonly asOf: string;
  readonly projectionPosition: string;
}

/** One request, its clocks and its whole history, oldest first. */
export interface RequestHistoryQuery extends ReaderLanguage {
  readonly requestId: string;
  readonly asOf?: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface LocalizedText {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

export interface HistoryItem {
  readonly eventId: string;
  readonly type: string;
  readonly holderId: string | null;
  readonly occurredAt: string;
  readonly position: string;
  readonly summary: LocalizedText;
}

export type RequestHistoryReply =
  | {
      readonly found: true;
      readonly request: RequestViewDetails;
      readonly clocks: readonly ClockView[];
      readonly history: readonly HistoryItem[];
      readonly projectionPosition: string;
    }
  | { readonly found: false; readonly projectionPosition: string };
