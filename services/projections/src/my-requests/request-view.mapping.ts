import type { RequestLanguage, RequestViewDetails } from '@od/contracts';
import type { RequestViewEntity } from './request-view.entity';

export type { RequestViewDetails };

/** The contract's RequestView plus what the request's life has added since its submission. */
const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toRequestView(view: RequestViewEntity): RequestViewDetails {
  return {
    requestId: view.requestId,
    holderId: view.holderId,
    author: { kind: view.authorKind, id: view.authorId },
    subject: view.subject,
    text: view.text,
    language: view.language as RequestLanguage,
    status: view.status,
    submittedAt: view.submittedAt.toISOString(),
    position: view.position,
    receivedAt: iso(view.receivedAt),
    statusChangedAt: iso(view.statusChangedAt),
    redirects: view.redirects ?? [],
    acceptedAt: iso(view.acceptedAt),
    answer: view.answerText !== null && view.answeredAt ? { text: view.answerText, answeredAt: view.answeredAt.toISOString() } : null,
    reason: view.reasonText !== null ? { code: view.reasonCode, text: view.reasonText } : null,
    extendedDays: view.extendedDays,
    rating: view.rating ? { rating: view.rating, reason: view.ratingReason } : null,
  };
}
