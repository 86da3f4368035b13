import type { Translate } from '../../i18n/translator';

/** A request's statuses, as the API names them (the `?status=` filter of GET /api/me/requests takes the same words). */
export const REQUEST_STATUSES = ['received', 'accepted', 'answered', 'returned', 'refused'] as const;

const TAGS: Record<string, string> = {
  received: 'govuk-tag--blue',
  accepted: 'govuk-tag--light-blue',
  answered: 'govuk-tag--green',
  returned: 'govuk-tag--orange',
  refused: 'govuk-tag--red',
};

export const isRequestStatus = (value: unknown): value is (typeof REQUEST_STATUSES)[number] =>
  typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);

/** The design system's tag for a status: its text in the reader's language and its colour. */
export function statusTag(status: string, t: Translate): { text: string; classes: string } {
  return isRequestStatus(status) ? { text: t(`citizen.status.${status}`), classes: TAGS[status] } : { text: status, classes: 'govuk-tag--grey' };
}
