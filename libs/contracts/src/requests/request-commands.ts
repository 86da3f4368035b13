import { command } from '../bus-descriptors';
import type { CommandMessage, CommandReply, SubmitRequestMessage, SubmitRequestReply } from './request-messages';

/** A command on an existing request: `request-<requestId>`. */
export type RequestCommandMessage<Data> = CommandMessage<Data> & { readonly requestId: string };

export type RequestCommandReply = CommandReply<{ readonly position: string }>;

/** R1: intake verifies the signature and opens the request's stream. */
export const submitRequest = command<SubmitRequestMessage, SubmitRequestReply>('intake', 'submit-request');

/** R2, R3: the holder's administrator moderates a received request. */
export const acceptRequest = command<RequestCommandMessage<Record<string, never>>, RequestCommandReply>('moderation', 'accept-request');
export const redirectRequest = command<RequestCommandMessage<{ readonly toHolderId: string; readonly reason: string }>, RequestCommandReply>(
  'moderation',
  'redirect-request',
);
export const returnRequest = command<RequestCommandMessage<{ readonly reasonCode: string; readonly reasonText: string }>, RequestCommandReply>(
  'moderation',
  'return-request',
);

/** R4–R7: drafts and the answer, the one extension, reasoned refusals, the author's rating. */
export const draftAnswer = command<RequestCommandMessage<{ readonly text: string }>, RequestCommandReply>('response', 'draft-answer');
export const answerRequest = command<RequestCommandMessage<{ readonly text: string; readonly draftId?: string }>, RequestCommandReply>(
  'response',
  'answer-request',
);
export const extendDeadline = command<
  RequestCommandMessage<{ readonly days: number; readonly otherHolderIds: readonly string[]; readonly reason: string }>,
  RequestCommandReply
>('response', 'extend-deadline');
export const refuseRequest = command<RequestCommandMessage<{ readonly groundCode: string; readonly reasonText: string }>, RequestCommandReply>(
  'response',
  'refuse-request',
);
export const rateAnswer = command<RequestCommandMessage<{ readonly rating: 'like' | 'dislike'; readonly reason?: string }>, RequestCommandReply>(
  'response',
  'rate-answer',
);
