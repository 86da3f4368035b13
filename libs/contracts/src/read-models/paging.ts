/**
 * One paging shape for every list the read models answer: keyset paging, stable under inserts.
 *
 * A query that lists asks with `PageRequest` (`limit` items after `cursor`); the reply is a `Page`: the
 * items in the list's own order, `hasMore` when more follow, `nextCursor` to ask for them, and `total`
 * (every item matching the filters) where counting is cheap. The cursor is opaque to clients: the
 * base64url form of the sort key of the last item returned (e.g. `[submittedAt, requestId]`).
 */

import { createHash } from 'node:crypto';

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 100;

export interface PageRequest {
  /** 1–100; 50 when absent. */
  readonly limit?: number;
  /** `nextCursor` of the page before; the first page when absent. */
  readonly cursor?: string;
}

/** A period of an instant: from `from` (inclusive) to `to` (exclusive), ISO 8601 instants, either open. */
export interface PeriodFilter {
  readonly from?: string;
  readonly to?: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly hasMore: boolean;
  readonly nextCursor?: string;
  readonly total?: number;
}

/** A sort key's values: ISO instants, ids, numbers, and null where the key may be absent. */
export type CursorKey = readonly (string | number | null)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key a cursor carries, or `undefined` when the text is no cursor this platform wrote. */
export function decodeCursor(cursor: string): CursorKey | undefined {
  if (cursor.length === 0 || cursor.length > 1_000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length === 0) return undefined;
  const valid = parsed.every((value) => value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)));
  return valid ? (parsed as CursorKey) : undefined;
}

/** The limit a request asks for, within 1–100. */
export function pageLimit(page: PageRequest): number {
  const limit = page.limit ?? PAGE_LIMIT_DEFAULT;
  return Math.min(PAGE_LIMIT_MAX, Math.max(1, Math.trunc(limit)));
}

/** What each value of a list's sort key is: a client's cursor must fit its list, or the read is a 400. */
export type CursorPart = 'instant' | 'instant-or-null' | 'uuid' | 'text';

const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

function fitsPart(value: string | number | null, part: CursorPart): boolean {
  if (value === null) return part === 'instant-or-null';
  if (typeof value !== 'string') return false;
  if (part === 'uuid') return UUID_TEXT.test(value);
  if (part === 'text') return value.length > 0 && value.length <= 200;
  return INSTANT_TEXT.test(value) && !Number.isNaN(Date.parse(value));
}

/** Whether a cursor is one of this list's: its key has the list's parts, each of the right kind. */
export function cursorFits(cursor: string, shape: readonly CursorPart[]): boolean {
  const key = decodeCursor(cursor);
  return key !== undefined && key.length === shape.length && key.every((value, index) => fitsPart(value, shape[index]!));
}

/** A list's filters as the caller gave them (normalised: instants in UTC, lists in any order); absent ones are left out. */
export type ListFilters = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * The filters a page was read under, as the short tag the list's cursors carry last: a cursor stays valid only
 * under the same filters (the same status, period, holder), so a page never mixes two filters' rows.
 */
export function filtersTag(filters: ListFilters): string {
  const given = Object.keys(filters)
    .sort()
    .flatMap((name) => {
      const value = filters[name];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) return [];
      return [[name, typeof value === 'string' ? value : [...value].sort()]];
    });
  return createHash('sha256').update(JSON.stringify(given)).digest('base64url').slice(0, 16);
}

/** My requests: newest first — `[submittedAt, requestId]`. */
export const MY_REQUESTS_CURSOR: readonly CursorPart[] = ['instant', 'uuid'];
/** The agency queue: nearest due first (none last), newest first — `[nextDueAt, submittedAt, requestId]`. */
export const AGENCY_QUEUE_CURSOR: readonly CursorPart[] = ['instant-or-null', 'instant', 'uuid'];
/** My notices: newest first — `[issuedAt, noticeId]`. */
export const MY_NOTICES_CURSOR: readonly CursorPart[] = ['instant', 'uuid'];
/** A holder's public blog: latest accepted first — `[acceptedAt, requestId]`. */
export const HOLDER_BLOG_CURSOR: readonly CursorPart[] = ['instant', 'uuid'];
/** AWP access: by holder, employee IIN, role — `[holderId, employeeIin, role]`. */
export const AWP_ACCESS_CURSOR: readonly CursorPart[] = ['text', 'text', 'text'];
/** A holder's topic applications: due first, then the earliest sent — `[decisionDueAt, submittedAt, applicationId]`. */
export const AGENCY_TOPIC_APPLICATIONS_CURSOR: readonly CursorPart[] = ['instant', 'instant', 'uuid'];
/** My topic applications: newest first — `[submittedAt, applicationId]`. */
export const MY_TOPIC_APPLICATIONS_CURSOR: readonly CursorPart[] = ['instant', 'uuid'];
