import { AWP_ACCESS_CURSOR, cursorFits, decodeCursor, encodeCursor, filtersTag, pageLimit } from './paging';

describe('paging: the opaque cursor and the limit', () => {
  it('a cursor reads back as the sort key it was written from, in URL-safe characters', () => {
    const key = ['2026-03-06T19:00:00.000Z', 'b0e5c1de-0000-4000-8000-000000000001', null, 3];
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(key);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'abc+/='],
    ['not JSON', Buffer.from('{not json', 'utf8').toString('base64url')],
    ['not an array', Buffer.from('{"a":1}', 'utf8').toString('base64url')],
    ['an empty key', Buffer.from('[]', 'utf8').toString('base64url')],
    ['an object in the key', Buffer.from('[{"a":1}]', 'utf8').toString('base64url')],
    ['too long', 'a'.repeat(1_001)],
  ])('a cursor the platform did not write (%s) is refused', (_, cursor) => {
    expect(decodeCursor(cursor)).toBeUndefined();
  });

  it('the limit is 50 when absent and held within 1–100', () => {
    expect(pageLimit({})).toBe(50);
    expect(pageLimit({ limit: 0 })).toBe(1);
    expect(pageLimit({ limit: 500 })).toBe(100);
    expect(pageLimit({ limit: 7 })).toBe(7);
  });

  it('a text part takes any non-empty text up to 200 characters, never null or a number (the AWP list’s key)', () => {
    expect(cursorFits(encodeCursor(['kazatomprom', '900101300017', 'administrator']), AWP_ACCESS_CURSOR)).toBe(true);
    expect(cursorFits(encodeCursor([null, '900101300017', 'administrator']), AWP_ACCESS_CURSOR)).toBe(false);
    expect(cursorFits(encodeCursor(['kazatomprom', 900101300017, 'administrator']), AWP_ACCESS_CURSOR)).toBe(false);
    expect(cursorFits(encodeCursor(['kazatomprom', '', 'administrator']), AWP_ACCESS_CURSOR)).toBe(false);
    expect(cursorFits(encodeCursor(['kazatomprom', 'x'.repeat(201), 'administrator']), AWP_ACCESS_CURSOR)).toBe(false);
    expect(cursorFits(encodeCursor(['2026-01-01T00:00:00.000Z', 'b0e5c1de-0000-4000-8000-000000000001']), AWP_ACCESS_CURSOR)).toBe(false);
  });

  it('a cursor’s filter tag is the same for the same filters in any order, and differs for another status, period or holder', () => {
    const tag = filtersTag({ status: ['received', 'accepted'], from: '2026-01-01T00:00:00.000Z', holderId: undefined });
    expect(filtersTag({ from: '2026-01-01T00:00:00.000Z', status: ['accepted', 'received'], to: undefined })).toBe(tag);
    expect(filtersTag({ status: ['received'], from: '2026-01-01T00:00:00.000Z' })).not.toBe(tag);
    expect(filtersTag({ status: ['received', 'accepted'], from: '2026-02-01T00:00:00.000Z' })).not.toBe(tag);
    expect(filtersTag({ status: ['received', 'accepted'], from: '2026-01-01T00:00:00.000Z', holderId: 'kazatomprom' })).not.toBe(tag);
    expect(filtersTag({ status: [] })).toBe(filtersTag({}));
  });
});
