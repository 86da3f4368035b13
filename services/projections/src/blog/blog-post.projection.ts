import type { RequestEvent } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import { scrubPersonalData } from '@od/platform';
import type { EntityManager } from 'typeorm';
import { BlogPostEntity } from './blog-post.entity';

const blogEventTypes = new Set<string>(['RequestSubmitted', 'RequestReceived', 'RequestAccepted', 'RequestRedirected', 'RequestAnswered', 'RequestRefused']);

/**
 * The feed entry's next state: pure. Free text is published with any IIN/BIN or phone number the author
 * typed into it masked, since the feed is public.
 */
export function evolveBlogPost(post: BlogPostEntity | null, event: RecordedEvent<RequestEvent>): BlogPostEntity | null {
  if (event.type === 'RequestSubmitted') {
    const next = new BlogPostEntity();
    next.requestId = event.data.requestId;
    next.holderId = event.data.holderId;
    next.published = false;
    next.subject = scrubPersonalData(event.data.subject);
    next.text = scrubPersonalData(event.data.text);
    next.language = event.data.language;
    next.submittedAt = new Date(event.data.submittedAt);
    next.acceptedAt = null;
    next.outcome = null;
    next.answerText = null;
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
      next.outcome = 'answered';
      next.answerText = scrubPersonalData(event.data.text);
      next.answeredAt = new Date(event.data.answeredAt);
      return next;
    case 'RequestRefused':
      next.outcome = 'refused';
      next.answerText = scrubPersonalData(event.data.reasonText);
      next.answeredAt = new Date(event.data.refusedAt);
      return next;
    default:
      return post;
  }
}

export async function projectBlogPost(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (!blogEventTypes.has(event.type)) return;
  const requestEvent = event as RecordedEvent<RequestEvent>;
  const repository = manager.getRepository(BlogPostEntity);
  const current = await repository.findOneBy({ requestId: requestEvent.data.requestId });
  const next = evolveBlogPost(current, requestEvent);
  if (next) await repository.save(next);
}
