import type { RequestEvent, RequestLanguage } from '@od/contracts';

/** What a request's past facts tell the next decision. */
export type RequestState =
  | { readonly status: 'not_submitted' }
  | {
      readonly status: 'submitted';
      readonly requestId: string;
      readonly holderId: string;
      readonly authorId: string;
      readonly language: RequestLanguage;
    };

export const initialRequestState: RequestState = { status: 'not_submitted' };

export function evolveRequest(state: RequestState, event: RequestEvent): RequestState {
  switch (event.type) {
    case 'RequestSubmitted':
      return {
        status: 'submitted',
        requestId: event.data.requestId,
        holderId: event.data.holderId,
        authorId: event.data.author.id,
        language: event.data.language,
      };
    default: {
      const unknownEvent: never = event.type;
      return unknownEvent;
    }
  }
}
