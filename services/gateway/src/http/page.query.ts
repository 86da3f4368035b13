import { cursorFits, decodeCursor, PAGE_LIMIT_MAX, type CursorPart, type PageRequest, type PeriodFilter } from '@od/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateBy } from 'class-validator';
import { ReadYourWriteQuery } from '../requests/reading/read-your-write.query';

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

/** `?limit=&cursor=`: a page of a list (1–100 items, 50 when absent), after the `nextCursor` of the page before. */
export class PageQuery extends ReadYourWriteQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number from 1 to 100' })
  @Min(1, { message: 'limit must be a whole number from 1 to 100' })
  @Max(PAGE_LIMIT_MAX, { message: 'limit must be a whole number from 1 to 100' })
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
