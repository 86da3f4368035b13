import type { Translate } from '../../i18n/translator';

/** Keyset cursors are opaque and only go forward: "next" carries the page's `nextCursor`, "previous" goes back to the first page. */
export function paginationFor(
  path: string,
  filters: Record<string, string | undefined>,
  page: { readonly hasMore: boolean; readonly nextCursor?: string },
  onLaterPage: boolean,
  t: Translate,
) {
  const href = (cursor?: string) => {
    const query = new URLSearchParams(Object.entries({ ...filters, cursor }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return query.size ? `${path}?${query}` : path;
  };
  return {
    previous: onLaterPage ? { href: href(), text: t('citizen.paging.first') } : undefined,
    next: page.hasMore && page.nextCursor ? { href: href(page.nextCursor), text: t('citizen.paging.next') } : undefined,
  };
}

/** A cursor is the gateway's to judge; the portal passes on only what could be one (no spaces, bounded). */
export const cursorParam = (value: unknown): string | undefined => (typeof value === 'string' && /^[A-Za-z0-9_.:~-]{1,2000}$/.test(value) ? value : undefined);
