import type { RequestEvent } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import { redactPersonalData } from '@od/platform';
import type { EntityManager } from 'typeorm';
import { BlogPostEntity } from './blog-post.entity';

const blogEventTypes = new Set<string>(['RequestSubmitted', 'RequestReceived', 'RequestAccepted', 'RequestRedirected', 'RequestAnswered', 'RequestRefused']);

/**
 * The feed entry's next state: pure. Free text is published with any IIN/BIN, phone number or e-mail
 * address typed into it masked (the feed is public), and marked as machine-redacted where it was.
 */
export function evolveBlogPost(post: BlogPostEntity | null, event: RecordedEvent<RequestEvent>): BlogPostEntity | null {
  if (event.type === 'RequestSubmitted') {
    const next = new BlogPostEntity();
    next.requestId = event.data.requestId;
    next.holderId = event.data.holderId;
    next.published = false;
    const subject = redactPersonalData(event.data.subject);
    const text = redactPersonalData(event.data.text);
    next.subject = subject.text;
    next.text = text.text;
    next.redacted = subject.redacted || text.redacted;
    next.language = event.data.language;
    next.submittedAt = new Date(event.data.submittedAt);
    next.acceptedAt = null;
    next.outcome = null;
    next.answerText = null;
    next.answerRedacted = false;
    next.answeredAt = null;
    return next;
  }
  if (!post) return null;
  const next = Object.assign(new BlogPostEntity(), post);
  switch (event.type) {
    case 'RequestReceived':
      next.holderId = event.data.holderId;
      next.published = false;
      next.acceptedAt = null;
      return next;
    case 'RequestRedirected':
      next.published = false;
      return next;
    case 'RequestAccepted':
      next.holderId = event.data.holderId;
      next.published = true;
      next.acceptedAt = new Date(event.data.acceptedAt);
      return next;
    case 'RequestAnswered':
      return withAnswer(next, 'answered', event.data.text, event.data.answeredAt);
    case 'RequestRefused':
      return withAnswer(next, 'refused', event.data.reasonText, event.data.refusedAt);
    default:
      return post;
  }
}

function withAnswer(post: BlogPostEntity, outcome: 'answered' | 'refused', text: string, at: string): BlogPostEntity {
  const answer = redactPersonalData(text);
  return Object.assign(post, { outcome, answerText: answer.text, answerRedacted: answer.redacted, answeredAt: new Date(at) });
}

export async function projectBlogPost(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (!blogEventTypes.has(event.type)) return;
  const requestEvent = event as RecordedEvent<RequestEvent>;
  const repository = manager.getRepository(BlogPostEntity);
  const current = await repository.findOneBy({ requestId: requestEvent.data.requestId });
  const next = evolveBlogPost(current, requestEvent);
  if (next) await repository.save(next);
}
