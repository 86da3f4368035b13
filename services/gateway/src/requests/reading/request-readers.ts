import { NotFoundException } from '@nestjs/common';
import type { RequestViewDetails } from '@od/contracts';
import { actorOf, type AuthenticatedUser } from '@od/platform';

/** Holders that have had the request: the current one and each one it was redirected from or to (R2). */
function holdersOf(request: RequestViewDetails): Set<string> {
  return new Set([request.holderId, ...request.redirects.flatMap((step) => [step.fromHolderId, step.toHolderId])]);
}

/**
 * Who may read a request — the same rule for the request and for its history: its author, and staff of
 * every holder that has had it. A holder it was redirected away from keeps reading it: it handled the
 * request and answers for its redirect (R2), and the author's data it saw then is no news to it.
 */
export function mayReadRequest(user: AuthenticatedUser, request: RequestViewDetails): boolean {
  if (user.role === 'staff') return user.holderId !== undefined && holdersOf(request).has(user.holderId);
  return request.author.id === actorOf(user).id;
}

/** One answer for "not yours" and "does not exist": a request's existence is not public. */
export function requestNotFound(requestId: string, projectionPosition: string): NotFoundException {
  return new NotFoundException({ error: 'request_not_found', message: `No request ${requestId} of yours is known (read model at ${projectionPosition})` });
}
