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
  },
  1
>;

/** Every fact of a `request-<id>` stream. */
export type RequestEvent = RequestSubmitted;

export function requestStream(requestId: string): string {
  return `${REQUEST_CATEGORY}-${requestId}`;
}
