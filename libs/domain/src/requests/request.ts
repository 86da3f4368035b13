import type { Order145TextId, RequestEvent, RequestLanguage } from '@od/contracts';
import { order145TextInForceAt } from '../legal-basis/order-145-texts.data';

/**
 * Where a submitted request stands:
 * - `received`: with its current holder, awaiting moderation (R2/R3); a redirected request is received anew;
 * - `accepted`: accepted for an answer (R2), to be answered within 15 calendar days of receipt (R4);
 * - `answered` (R4), `returned` (R3), `refused` (R6): the holder has finished with it.
 * The one vocabulary: the read models and every API reply say these words, and filters take them.
 */
export const REQUEST_STATUSES = ['received', 'accepted', 'answered', 'returned', 'refused'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export interface RequestDraft {
  readonly draftId: string;
  readonly holderId: string;
  readonly text: string;
  readonly draftedAt: string;
}

/** What a submitted request's past facts tell the next decision. */
export interface RequestOnRecord {
  readonly status: RequestStatus;
  readonly requestId: string;
  /** The current holder: the one that received the request last. */
  readonly holderId: string;
  /** Every holder that received the request, first to current (a redirect back to one appears twice). */
  readonly holderChain: readonly string[];
  readonly authorKind: 'citizen' | 'organisation';
  readonly authorId: string;
  readonly language: RequestLanguage;
  readonly submittedAt: string;
  /** The text of Order 145 in force at receipt: it governs the request to its end (who may have it, what R2's term is for). */
  readonly legalBasis: Order145TextId;
  /** When the current holder received it: its R2/R3/R4 clocks start here. */
  readonly receivedAt: string;
  readonly acceptedAt?: string;
  /** R5: the one extension allowed, once used. */
  readonly extensionUsed: boolean;
  readonly extension?: {
    readonly days: number;
    readonly otherHolderIds: readonly string[];
    readonly reason: string;
    readonly extendedAt: string;
    readonly noticeSentAt?: string;
  };
  readonly drafts: readonly RequestDraft[];
  readonly answer?: { readonly text: string; readonly draftId?: string; readonly answeredAt: string };
  readonly returned?: { readonly reasonCode: string; readonly reasonText: string; readonly returnedAt: string };
  readonly refusal?: { readonly groundCode: string; readonly reasonText: string; readonly refusedAt: string };
  readonly rating?: { readonly rating: 'like' | 'dislike'; readonly reason?: string; readonly ratedAt: string };
}

export type RequestState = { readonly status: 'not_submitted' } | RequestOnRecord;

export const initialRequestState: RequestState = { status: 'not_submitted' };

export function evolveRequest(state: RequestState, event: RequestEvent): RequestState {
  if (event.type === 'RequestSubmitted') {
    if (state.status !== 'not_submitted') return state;
    return {
      status: 'received',
      requestId: event.data.requestId,
      holderId: event.data.holderId,
      holderChain: [event.data.holderId],
      authorKind: event.data.author.kind,
      authorId: event.data.author.id,
      language: event.data.language,
      submittedAt: event.data.submittedAt,
      legalBasis: event.data.legalBasis ?? order145TextInForceAt(event.data.submittedAt).id,
      receivedAt: event.data.submittedAt,
      extensionUsed: false,
      drafts: [],
    };
  }
  // A fact of a request that was never submitted cannot be folded: the stream is not a request's.
  if (state.status === 'not_submitted') return state;
  switch (event.type) {
    case 'RequestReceived': {
      // R2: received anew by the competent holder; moderation starts over there.
      const { acceptedAt: _acceptedAt, ...rest } = state;
      return {
        ...rest,
        status: 'received',
        holderId: event.data.holderId,
        holderChain: [...state.holderChain, event.data.holderId],
        receivedAt: event.data.receivedAt,
      };
    }
    case 'RequestRedirected':
      // The move itself is the `RequestReceived` that follows it in the same append.
      return state;
    case 'RequestAccepted':
      return { ...state, status: 'accepted', acceptedAt: event.data.acceptedAt };
    case 'RequestReturned':
      return {
        ...state,
        status: 'returned',
        returned: { reasonCode: event.data.reasonCode, reasonText: event.data.reasonText, returnedAt: event.data.returnedAt },
      };
    case 'AnswerDrafted':
      return {
        ...state,
        drafts: [...state.drafts, { draftId: event.data.draftId, holderId: event.data.holderId, text: event.data.text, draftedAt: event.data.draftedAt }],
      };
    case 'RequestAnswered':
      return {
        ...state,
        status: 'answered',
        answer: { text: event.data.text, ...(event.data.draftId !== undefined ? { draftId: event.data.draftId } : {}), answeredAt: event.data.answeredAt },
      };
    case 'DeadlineExtended':
      return {
        ...state,
        extensionUsed: true,
        extension: { days: event.data.days, otherHolderIds: event.data.otherHolderIds, reason: event.data.reason, extendedAt: event.data.extendedAt },
      };
    case 'ExtensionNoticeSent':
      return state.extension ? { ...state, extension: { ...state.extension, noticeSentAt: event.data.sentAt } } : state;
    case 'RequestRefused':
      return {
        ...state,
        status: 'refused',
        refusal: { groundCode: event.data.groundCode, reasonText: event.data.reasonText, refusedAt: event.data.refusedAt },
      };
    case 'AnswerRated':
      return {
        ...state,
        rating: { rating: event.data.rating, ...(event.data.reason !== undefined ? { reason: event.data.reason } : {}), ratedAt: event.data.ratedAt },
      };
    default: {
      const unknownEvent: never = event;
      return unknownEvent;
    }
  }
}

/** The holder a fact concerns: it routes the fact to that agency's NATS subjects (`od.events.<holderId>.>`). */
export function holderOfRequestEvent(event: RequestEvent): string {
  return event.data.holderId;
}
