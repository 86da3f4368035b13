import type { UiLanguage } from '../identity/access-token-claims';
import type { Page, PageRequest, PeriodFilter } from './paging';

/** Reads of the blog, statistics and notices read models (`<root>.queries.projections.*`). */

/** A holder's public feed, latest accepted first (keyset on `[acceptedAt, requestId]`); the period bounds acceptance. */
export interface HolderBlogQuery extends PageRequest, PeriodFilter {
  readonly holderId: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

/**
 * Nothing here says who asked. `redacted` (and `answer.redacted`): the text had an IIN/BIN, phone number
 * or e-mail address that the platform masked before publishing it (machine-redacted).
 */
export interface BlogPost {
  readonly requestId: string;
  readonly subject: string;
  readonly text: string;
  readonly redacted: boolean;
  readonly language: string;
  readonly submittedAt: string;
  readonly acceptedAt: string | null;
  readonly answer: { readonly outcome: 'answered' | 'refused'; readonly text: string; readonly redacted: boolean; readonly answeredAt: string } | null;
}

export interface HolderBlogReply extends Page<BlogPost> {
  readonly holderId: string;
  readonly projectionPosition: string;
}

/** One holder's numbers (zeros when nothing has happened yet). */
export interface HolderStatisticsQuery {
  readonly holderId: string;
  /** Almaty dates 'YYYY-MM-DD', both inclusive; all time when both are absent. */
  readonly from?: string;
  readonly to?: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface HolderStatistics {
  readonly holderId: string;
  readonly received: number;
  readonly accepted: number;
  readonly redirected: number;
  readonly returned: number;
  readonly answered: number;
  readonly answeredOnTime: number;
  readonly answeredLate: number;
  readonly refused: number;
  readonly extended: number;
  readonly deadlinesBreached: number;
  readonly likes: number;
  readonly dislikes: number;
  readonly dislikeReasons: Readonly<Record<string, number>>;
  /** True when an IIN/BIN, phone number or e-mail address was masked in some reason (machine-redacted). */
  readonly dislikeReasonsRedacted: boolean;
  readonly updatedAt: string | null;
}

/**
 * The period the figures cover: Almaty dates, both inclusive (null: open), and what counts in it: each
 * figure counts the facts that happened in the period (received in it, answered in it, breached in it, …).
 */
export interface StatisticsPeriod {
  readonly from: string | null;
  readonly to: string | null;
  readonly timeZone: 'Asia/Almaty';
  readonly allTime: boolean;
}

export interface HolderStatisticsReply {
  readonly statistics: HolderStatistics;
  readonly period: StatisticsPeriod;
  readonly projectionPosition: string;
}

/** A user's notices, newest first (keyset on `[issuedAt, noticeId]`); the period bounds issue. */
export interface MyNoticesQuery extends PageRequest, PeriodFilter {
  readonly userId: string;
  /** The reader's locale: a staff notice (kept in every language) and its last day are read in it; Kazakh when omitted. */
  readonly language?: UiLanguage;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface NoticeItem {
  readonly noticeId: string;
  readonly kind: string;
  /** The request it tells of, or null for a topic application's notice (then `applicationId`, C5). */
  readonly requestId: string | null;
  readonly applicationId: string | null;
  readonly language: string;
  readonly title: string;
  readonly body: string;
  readonly issuedAt: string;
  /** When the fact the notice tells of happened (null: a notice issued before it was kept). */
  readonly factAt: string | null;
  /** A staff notice (`clock_warning`, `clock_breached`): the clock's rule and subject (request, conference, topic application, survey). */
  readonly clock: NoticeClock | null;
  /** Where a term runs: its exclusive due instant, the Almaty date of its last day, and that day in words in `language`. */
  readonly dueAt: string | null;
  readonly lastDay: string | null;
  readonly lastDayText: string | null;
}

export interface NoticeClock {
  readonly clockId: string;
  readonly rule: string;
  readonly subject: { readonly kind: string; readonly id: string; readonly holderId: string };
}

export interface MyNoticesReply extends Page<NoticeItem> {
  readonly projectionPosition: string;
}
