import type { Order145TextId } from '../legal-basis/order-145-texts';
import type { DomainEvent } from '../envelope';

export const REQUEST_CATEGORY = 'request';

export type RequestLanguage = 'kk' | 'ru' | 'en';
export const REQUEST_LANGUAGES: readonly RequestLanguage[] = ['kk', 'ru', 'en'];

export type RequestSubmitted = DomainEvent<
  'RequestSubmitted',
  {
    readonly requestId: string;
    readonly holderId: string;
    readonly author: { readonly kind: 'citizen' | 'organisation'; readonly id: string };
    readonly subject: string;
    readonly text: string;
    readonly language: RequestLanguage;
    readonly submittedAt: string;
    /** R1: the author's EDS over the request's canonical bytes, kept as evidence. */
    readonly signature: RequestSignatureEvidence;
    /**
     * The text of Order 145 in force at receipt, which governs the request to its end. Absent in facts recorded
     * before it was stored: the text in force at `submittedAt` (`order145TextInForceAt` in @od/domain).
     */
    readonly legalBasis?: Order145TextId;
  },
  1
>;

export interface RequestSignatureEvidence {
  /** The detached CMS SignedData as the author sent it, base64. */
  readonly cms: string;
  readonly certificateFingerprintSha256: string;
  readonly certificateSerialNumber: string;
  readonly certificateIssuer: string;
  readonly signedAt?: string;
}

/**
 * R2: a redirected request is received anew by the competent holder, whose clocks start again; this fact
 * goes to the new holder's subjects (`RequestRedirected` to the old one's).
 */
export type RequestReceived = DomainEvent<
  'RequestReceived',
  { readonly requestId: string; readonly holderId: string; readonly fromHolderId: string; readonly receivedAt: string },
  1
>;

/** R2: the holder's administrator accepts the request for an answer. */
export type RequestAccepted = DomainEvent<'RequestAccepted', { readonly requestId: string; readonly holderId: string; readonly acceptedAt: string }, 1>;

/** R2: not this holder's competence; sent on to `toHolderId` with the reason, the user notified at once. */
export type RequestRedirected = DomainEvent<
  'RequestRedirected',
  { readonly requestId: string; readonly holderId: string; readonly toHolderId: string; readonly reason: string; readonly redirectedAt: string },
  1
>;

/** R3: the request does not meet Article 11 of the Law on Access to Information; returned with a reason. */
export type RequestReturned = DomainEvent<
  'RequestReturned',
  { readonly requestId: string; readonly holderId: string; readonly reasonCode: string; readonly reasonText: string; readonly returnedAt: string },
  1
>;

/** R4: a responder's draft; the holder answers with it (or another text). */
export type AnswerDrafted = DomainEvent<
  'AnswerDrafted',
  { readonly requestId: string; readonly holderId: string; readonly draftId: string; readonly text: string; readonly draftedAt: string },
  1
>;

/** R4: the holder's answer. A late answer is still accepted; its clock records the breach. */
export type RequestAnswered = DomainEvent<
  'RequestAnswered',
  { readonly requestId: string; readonly holderId: string; readonly text: string; readonly draftId?: string; readonly answeredAt: string },
  1
>;

/** R5: the first head extends the term once, by at most 15 calendar days, naming the other competent holders. */
export type DeadlineExtended = DomainEvent<
  'DeadlineExtended',
  {
    readonly requestId: string;
    readonly holderId: string;
    readonly days: number;
    readonly otherHolderIds: readonly string[];
    readonly reason: string;
    readonly extendedAt: string;
  },
  1
>;

/** R5: the user is told of the extension; the platform does it in the same step as the extension. */
export type ExtensionNoticeSent = DomainEvent<'ExtensionNoticeSent', { readonly requestId: string; readonly holderId: string; readonly sentAt: string }, 1>;

/** R6: a reasoned refusal on the grounds of Article 11. */
export type RequestRefused = DomainEvent<
  'RequestRefused',
  { readonly requestId: string; readonly holderId: string; readonly groundCode: string; readonly reasonText: string; readonly refusedAt: string },
  1
>;

/** R7: the author rates the answer once: like, or dislike with a reason. */
export type AnswerRated = DomainEvent<
  'AnswerRated',
  { readonly requestId: string; readonly holderId: string; readonly rating: 'like' | 'dislike'; readonly reason?: string; readonly ratedAt: string },
  1
>;

/** Every fact of a `request-<id>` stream. */
export type RequestEvent =
  | RequestSubmitted
  | RequestReceived
  | RequestAccepted
  | RequestRedirected
  | RequestReturned
  | AnswerDrafted
  | RequestAnswered
  | DeadlineExtended
  | ExtensionNoticeSent
  | RequestRefused
  | AnswerRated;

export const REQUEST_EVENT_TYPES: readonly RequestEvent['type'][] = [
  'RequestSubmitted',
  'RequestReceived',
  'RequestAccepted',
  'RequestRedirected',
  'RequestReturned',
  'AnswerDrafted',
  'RequestAnswered',
  'DeadlineExtended',
  'ExtensionNoticeSent',
  'RequestRefused',
  'AnswerRated',
];

export function requestStream(requestId: string): string {
  return `${REQUEST_CATEGORY}-${requestId}`;
}
