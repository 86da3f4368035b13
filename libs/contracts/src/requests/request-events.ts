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

/** Every fact of a `request-<id>` stream. */
export type RequestEvent = RequestSubmitted;

export function requestStream(requestId: string): string {
  return `${REQUEST_CATEGORY}-${requestId}`;
}
