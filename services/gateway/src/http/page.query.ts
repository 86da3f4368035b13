import {
  cursorFits,
  decodeCursor,
  encodeCursor,
  filtersTag,
  PAGE_LIMIT_MAX,
  type CursorPart,
  type ListFilters,
  type PageRequest,
  type PeriodFilter,
} from '@od/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateBy } from 'class-validator';
import { ReadYourWriteQuery } from '../requests/reading/read-your-write.query';
import { fieldProblem, validationFailed } from './validation-messages/field-messages';

const IsCursor = () =>
  ValidateBy({
    name: 'isCursor',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && decodeCursor(value) !== undefined,
      defaultMessage: () => 'cursor must be the nextCursor of a page this list returned',
    },
  });

/** A cursor of this list: the key of its order, part by part (a cursor of another list, or forged, is a 400). */
export const IsCursorOf = (shape: readonly CursorPart[]) =>
  ValidateBy({
    name: 'isCursorOfThisList',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && cursorFits(value, shape),
      defaultMessage: () => 'cursor must be the nextCursor of a page this list returned',
    },
  });

/**
 * A cursor of this filtered list: the key of its order, part by part, then the tag of the filters it was made
 * under (`underFilters`); whether the tag is this query's is `cursorUnder`'s check.
 */
export const IsFilteredCursorOf = (shape: readonly CursorPart[]) =>
  ValidateBy({
    name: 'isCursorOfThisList',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && cursorFits(value, [...shape, 'text']),
      defaultMessage: () => 'cursor must be the nextCursor of a page this list returned',
    },
  });

/** `?limit=&cursor=`: a page of a list (1–100 items, 50 when absent), after the `nextCursor` of the page before. */
export class PageQuery extends ReadYourWriteQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_LIMIT_MAX)
  limit?: number;

  @IsOptional()
  @IsCursor()
  cursor?: string;
}

const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const IsPeriodBound = () =>
  ValidateBy({
    name: 'isPeriodBound',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && DATE_OR_INSTANT.test(value) && !Number.isNaN(Date.parse(value)),
      defaultMessage: (args) => `${args?.property} must be an ISO 8601 date (2026-01-31) or instant with its offset (2026-01-31T09:00:00+05:00)`,
    },
  });

/** `?from=&to=` besides paging: a period, `from` inclusive, `to` exclusive; a bare date is its midnight in Asia/Almaty (UTC+5). */
export class PeriodPageQuery extends PageQuery {
  @IsOptional()
  @IsPeriodBound()
  from?: string;

  @IsOptional()
  @IsPeriodBound()
  to?: string;
}

function instantOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const instant = new Date(value.length === 10 ? `${value}T00:00:00+05:00` : value);
  return instant.toISOString();
}

/** The page and period a list query asks for, as the projections take them. */
export function pageOf(query: PageQuery & Partial<PeriodPageQuery>): PageRequest & PeriodFilter {
  return { limit: query.limit, cursor: query.cursor, from: instantOf(query.from), to: instantOf(query.to) };
}

/**
 * The cursor the read model takes (the list's sort key) from a client's cursor, which carries the tag of the
 * filters its page was read under last: under other filters it is a 400 naming cursor, since its position
 * belongs to another list of rows.
 */
export function cursorUnder(cursor: string | undefined, filters: ListFilters): string | undefined {
  if (cursor === undefined) return undefined;
  const key = decodeCursor(cursor) ?? [];
  if (key[key.length - 1] !== filtersTag(filters)) {
    throw validationFailed([fieldProblem('cursor', 'cursorOfTheseFilters', 'cursorOfTheseFilters')]);
  }
  return encodeCursor(key.slice(0, -1));
}

/** The page as the client gets it: its `nextCursor` carries the tag of the filters it was read under. */
export function underFilters<P extends { readonly nextCursor?: string }>(page: P, filters: ListFilters): P {
  if (page.nextCursor === undefined) return page;
  const key = decodeCursor(page.nextCursor) ?? [];
  return { ...page, nextCursor: encodeCursor([...key, filtersTag(filters)]) };
}
