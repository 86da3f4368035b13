import { decodeCursor, encodeCursor, pageLimit, type CursorKey, type Page, type PageRequest } from '@od/contracts';
import {
  And,
  Equal,
  FindOperator,
  LessThan,
  MoreThan,
  MoreThanOrEqual,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type ObjectLiteral,
  type Repository,
} from 'typeorm';

/**
 * Keyset paging over the read models: each list names its order once as a key (its columns, their
 * direction, the last one unique), and a page is the rows strictly after the cursor's key in that order.
 * Inserts before the cursor never shift a later page, unlike OFFSET.
 */
export interface KeyPart<E> {
  readonly column: keyof E & string;
  readonly direction: 'ASC' | 'DESC';
  /** `instant`: a timestamptz column (a `Date` on the entity, an ISO string in the cursor). */
  readonly kind: 'instant' | 'text';
}

export class CursorMismatchError extends Error {
  override readonly name = 'CursorMismatchError';
}

/** The cursor's key, checked against the list's key (a cursor of another list is refused). */
export function cursorKey(cursor: string | undefined, arity: number): CursorKey | undefined {
  if (cursor === undefined) return undefined;
  const key = decodeCursor(cursor);
  if (!key || key.length !== arity) throw new CursorMismatchError(`cursor is not a cursor of this list`);
  return key;
}

/** `base` and strictly after `after` in the order of `key`: one OR branch per key column (ties before it, beyond it at it). */
export function keysetWhere<E>(
  base: FindOptionsWhere<E>,
  key: readonly KeyPart<E>[],
  after: CursorKey | undefined,
): FindOptionsWhere<E> | FindOptionsWhere<E>[] {
  if (!after) return base;
  const value = (index: number) => {
    const raw = after[index];
    return key[index]!.kind === 'instant' && typeof raw === 'string' ? new Date(raw) : raw;
  };
  // A filter on a key column (a period on the sort instant, the holder of a list ordered by holder) still holds beside the cursor's bound.
  const alsoFiltered = (filter: unknown, bound: FindOperator<unknown>): FindOperator<unknown> => {
    if (filter === undefined) return bound;
    return And(filter instanceof FindOperator ? (filter as FindOperator<unknown>) : Equal(filter), bound);
  };
  return key.map((part, index) => {
    const branch: Record<string, unknown> = { ...base };
    for (let tie = 0; tie < index; tie++) {
      const column = key[tie]!.column;
      branch[column] = alsoFiltered(base[column as keyof FindOptionsWhere<E>], Equal(value(tie)));
    }
    const beyond = part.direction === 'ASC' ? MoreThan(value(index)) : LessThan(value(index));
    branch[part.column] = alsoFiltered(branch[part.column], beyond);
    return branch as FindOptionsWhere<E>;
  });
}

export function keyOf<E>(row: E, key: readonly KeyPart<E>[]): CursorKey {
  return key.map((part) => {
    const value = row[part.column] as unknown;
    return value instanceof Date ? value.toISOString() : (value as string | number | null);
  });
}

/**
 * One page of `limit` rows (one more is read to know whether more follow), and the total when `count`.
 * `where` may be several alternatives (OR), e.g. a list of conferences in more than one phase.
 */
export async function findPage<E extends ObjectLiteral>(
  repository: Repository<E>,
  options: { where: FindOptionsWhere<E> | FindOptionsWhere<E>[]; key: readonly KeyPart<E>[]; page: PageRequest; count?: boolean },
): Promise<Page<E>> {
  const limit = pageLimit(options.page);
  const after = cursorKey(options.page.cursor, options.key.length);
  const order = Object.fromEntries(options.key.map((part) => [part.column, part.direction])) as FindOptionsOrder<E>;
  const alternatives: FindOptionsWhere<E>[] = Array.isArray(options.where) ? options.where : [options.where];
  const where = alternatives.flatMap((alternative): FindOptionsWhere<E>[] => {
    const bounded = keysetWhere(alternative, options.key, after);
    return Array.isArray(bounded) ? bounded : [bounded];
  });
  const rows = await repository.find({ where, order, take: limit + 1 });
  const total = options.count ? await repository.count({ where: options.where }) : undefined;
  return pageFrom(rows, limit, (row) => keyOf(row, options.key), total);
}

/** The page of the first `limit` of `rows` (read with `limit + 1`), its cursor the key of its last item. */
export function pageFrom<R>(rows: readonly R[], limit: number, keyOfRow: (row: R) => CursorKey, total?: number): Page<R> {
  const items = rows.slice(0, limit);
  const hasMore = rows.length > limit;
  const last = items[items.length - 1];
  return {
    items,
    hasMore,
    ...(hasMore && last !== undefined ? { nextCursor: encodeCursor(keyOfRow(last)) } : {}),
    ...(total !== undefined ? { total } : {}),
  };
}

/** A raw-SQL order column: `expr` as the query selects it, its SQL type, and whether NULLs come last. */
export interface SqlKeyPart {
  readonly expr: string;
  readonly type: 'timestamptz' | 'text' | 'uuid';
  readonly direction: 'ASC' | 'DESC';
  readonly nullsLast?: boolean;
}

/** The raw-SQL form of `keysetWhere` for an `ORDER BY` with NULLS LAST: a condition and its parameters, numbered from `firstParam`. */
export function keysetSql(key: readonly SqlKeyPart[], after: CursorKey | undefined, firstParam: number): { sql: string; params: unknown[] } {
  if (!after) return { sql: 'true', params: [] };
  const params: unknown[] = [];
  const param = (index: number) => {
    params.push(after[index]);
    return `$${firstParam + params.length - 1}::${key[index]!.type}`;
  };
  const tie = (index: number) => (after[index] === null ? `${key[index]!.expr} IS NULL` : `${key[index]!.expr} = ${param(index)}`);
  const beyond = (index: number) => {
    const part = key[index]!;
    if (after[index] === null) return part.nullsLast ? 'false' : `${part.expr} IS NOT NULL`;
    const strictly = `${part.expr} ${part.direction === 'ASC' ? '>' : '<'} ${param(index)}`;
    return part.nullsLast ? `(${strictly} OR ${part.expr} IS NULL)` : strictly;
  };
  const branches = key.map((_, index) => {
    const terms: string[] = [];
    for (let before = 0; before < index; before++) terms.push(tie(before));
    terms.push(beyond(index));
    return `(${terms.join(' AND ')})`;
  });
  return { sql: `(${branches.join(' OR ')})`, params };
}

/** A period filter on an instant column: from `from` (inclusive) to `to` (exclusive), either open. */
export function period(from: string | undefined, to: string | undefined): FindOperator<Date> | undefined {
  if (from && to) return And(MoreThanOrEqual(new Date(from)), LessThan(new Date(to)));
  if (from) return MoreThanOrEqual(new Date(from));
  if (to) return LessThan(new Date(to));
  return undefined;
}
