import type { Rejection } from './decision';

const OFFSET_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * C3, for conferences and surveys alike: an announcement is dated when it is recorded (the command's `now`),
 * and that time decides whether it was on time. The agency may declare when it published the announcement
 * on its own site; that declared time is kept beside the recorded one, never instead of it, and must lie
 * between the template's approval (the announcement cannot predate what it announces) and now.
 * Returns the declared time normalised to UTC, `undefined` when none was declared, or the refusal.
 */
export function declaredPublicationTime(
  publishedAt: string | undefined,
  approvedAt: string | undefined,
  now: Date,
): { readonly ok: true; readonly publishedAt?: string } | { readonly ok: false; readonly rejection: Rejection<'announcement_invalid'> } {
  if (publishedAt === undefined) return { ok: true };
  const refuse = (message: string) => ({ ok: false as const, rejection: { code: 'announcement_invalid' as const, field: 'publishedAt', rule: 'C3', message } });
  const ms = OFFSET_INSTANT.test(publishedAt) ? Date.parse(publishedAt) : Number.NaN;
  if (Number.isNaN(ms)) return refuse('publishedAt must be an ISO 8601 instant with an offset');
  if (ms > now.getTime()) return refuse('publishedAt must not be in the future: record an announcement once it is posted');
  if (approvedAt !== undefined && ms < Date.parse(approvedAt)) {
    return refuse(`publishedAt must not be before the operator approved the template (${approvedAt}): nothing was there to announce`);
  }
  return { ok: true, publishedAt: new Date(ms).toISOString() };
}
