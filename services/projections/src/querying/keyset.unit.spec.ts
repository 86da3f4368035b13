import { encodeCursor, type CursorKey } from '@od/contracts';
import { And, Equal, LessThan, MoreThan, MoreThanOrEqual } from 'typeorm';
import { CursorMismatchError, cursorKey, keysetSql, keysetWhere, pageFrom, period, type KeyPart, type SqlKeyPart } from './keyset';

interface Row {
  submittedAt: Date;
  requestId: string;
  authorId: string;
}

const newestFirst: readonly KeyPart<Row>[] = [
  { column: 'submittedAt', direction: 'DESC', kind: 'instant' },
  { column: 'requestId', direction: 'ASC', kind: 'text' },
];

describe('keyset paging over the read models', () => {
  it('the first page is the filters alone', () => {
    expect(keysetWhere({ authorId: 'a' }, newestFirst, undefined)).toEqual({ authorId: 'a' });
  });

  it('after a cursor: older than its instant, or at its instant with a later id', () => {
    const at = '2026-03-06T19:00:00.000Z';
    expect(keysetWhere({ authorId: 'a' }, newestFirst, [at, 'r-2'])).toEqual([
      { authorId: 'a', submittedAt: LessThan(new Date(at)) },
      { authorId: 'a', submittedAt: Equal(new Date(at)), requestId: MoreThan('r-2') },
    ]);
  });

  it('a period on the sort instant still holds beside the cursor', () => {
    const from = MoreThanOrEqual(new Date('2026-01-01T00:00:00.000Z'));
    const at = '2026-03-06T19:00:00.000Z';
    const [first] = keysetWhere({ submittedAt: from }, newestFirst, [at, 'r-2']) as Record<string, unknown>[];
    expect(first!.submittedAt).toEqual(And(from, LessThan(new Date(at))));
  });

  it('an equality filter on a key column still holds beside the cursor (a holder’s rows, ordered by holder first)', () => {
    const byHolder: readonly KeyPart<{ holderId: string; employeeIin: string }>[] = [
      { column: 'holderId', direction: 'ASC', kind: 'text' },
      { column: 'employeeIin', direction: 'ASC', kind: 'text' },
    ];
    expect(keysetWhere({ holderId: 'h-1' }, byHolder, ['h-1', '900101300017'])).toEqual([
      { holderId: And(Equal('h-1'), MoreThan('h-1')) },
      { holderId: And(Equal('h-1'), Equal('h-1')), employeeIin: MoreThan('900101300017') },
    ]);
  });

  it('a page reads one more row than its limit to know more follow, and its cursor is the key of its last item', () => {
    const rows = ['r-1', 'r-2', 'r-3'].map((requestId) => ({ submittedAt: new Date('2026-03-06T19:00:00.000Z'), requestId, authorId: 'a' }));
    const key = (row: Row): CursorKey => [row.submittedAt.toISOString(), row.requestId];
    const page = pageFrom(rows, 2, key, 3);
    expect(page).toEqual({ items: rows.slice(0, 2), hasMore: true, nextCursor: encodeCursor(['2026-03-06T19:00:00.000Z', 'r-2']), total: 3 });
    expect(pageFrom(rows, 3, key)).toEqual({ items: rows, hasMore: false });
  });

  it('a cursor of another list (another key length) is refused', () => {
    expect(() => cursorKey(encodeCursor(['only-one']), 2)).toThrow(CursorMismatchError);
    expect(cursorKey(undefined, 2)).toBeUndefined();
  });

  it('a period is from inclusive, to exclusive, either open', () => {
    expect(period(undefined, undefined)).toBeUndefined();
    expect(period('2026-01-01T00:00:00.000Z', undefined)).toEqual(MoreThanOrEqual(new Date('2026-01-01T00:00:00.000Z')));
    expect(period(undefined, '2026-02-01T00:00:00.000Z')).toEqual(LessThan(new Date('2026-02-01T00:00:00.000Z')));
  });

  describe('in raw SQL, with NULLs last (the agency queue)', () => {
    const queue: readonly SqlKeyPart[] = [
      { expr: 'due', type: 'timestamptz', direction: 'ASC', nullsLast: true },
      { expr: 'at', type: 'timestamptz', direction: 'DESC' },
      { expr: 'id', type: 'uuid', direction: 'ASC' },
    ];

    it('after a row with a due instant: a later one, none at all, or a tie broken by the next columns', () => {
      const { sql, params } = keysetSql(queue, ['D', 'A', 'I'], 5);
      expect(sql).toBe(
        '(((due > $5::timestamptz OR due IS NULL)) OR (due = $6::timestamptz AND at < $7::timestamptz) OR (due = $8::timestamptz AND at = $9::timestamptz AND id > $10::uuid))',
      );
      expect(params).toEqual(['D', 'D', 'A', 'D', 'A', 'I']);
    });

    it('after a row with none due: only other rows with none due, further on', () => {
      const { sql, params } = keysetSql(queue, [null, 'A', 'I'], 1);
      expect(sql).toBe('((false) OR (due IS NULL AND at < $1::timestamptz) OR (due IS NULL AND at = $2::timestamptz AND id > $3::uuid))');
      expect(params).toEqual(['A', 'A', 'I']);
    });

    it('no cursor, no condition', () => {
      expect(keysetSql(queue, undefined, 1)).toEqual({ sql: 'true', params: [] });
    });
  });
});
