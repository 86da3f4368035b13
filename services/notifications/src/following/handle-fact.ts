import type { RequestEvent } from '@od/contracts';
import type { EventStore, RecordedEvent } from '@od/event-store';
import type { RequestAuthors } from '../authors/request-authors';
import { issueNotice, noticeFor } from '../issuing/issue-notice';
import { NOTICE_KIND_OF } from '../issuing/render-notice';

/** The author of a request is not known yet (its submission not handled): try the fact again later. */
export class AuthorNotYetKnownError extends Error {
  override readonly name = 'AuthorNotYetKnownError';
  constructor(readonly requestId: string) {
    super(`the submission of request ${requestId} has not been handled yet`);
  }
}

export type FactOutcome = 'author_recorded' | 'notice_issued' | 'notice_already_issued' | 'ignored';

/** One request fact: remember the author of a submission, or issue the notice a decision makes. */
export async function handleFact(store: EventStore, authors: RequestAuthors, fact: RecordedEvent<RequestEvent>, now: Date): Promise<FactOutcome> {
  if (fact.type === 'RequestSubmitted') {
    await authors.remember(fact.data);
    return 'author_recorded';
  }
  if (!NOTICE_KIND_OF[fact.type]) return 'ignored';
  const author = await authors.of(fact.data.requestId);
  if (!author) throw new AuthorNotYetKnownError(fact.data.requestId);
  const notice = noticeFor(fact, author, now);
  if (!notice) return 'ignored';
  return (await issueNotice(store, notice)).alreadyIssued ? 'notice_already_issued' : 'notice_issued';
}
