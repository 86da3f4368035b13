import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { holderBlog, type HolderBlogQuery, type HolderBlogReply } from '@od/contracts';
import { Answers } from '@od/platform';
import { findPage, period, type KeyPart } from '../querying/keyset';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { BlogPostEntity } from './blog-post.entity';

/** Latest accepted first (a published post is always accepted); the request id breaks ties. */
const HOLDER_BLOG_ORDER: readonly KeyPart<BlogPostEntity>[] = [
  { column: 'acceptedAt', direction: 'DESC', kind: 'instant' },
  { column: 'requestId', direction: 'ASC', kind: 'text' },
];

@Controller()
export class BlogQueriesHandler extends ReadModelQueries {
  @Answers(holderBlog)
  async blog(@Payload() query: HolderBlogQuery): Promise<HolderBlogReply> {
    await awaitPosition(this.watch, query);
    const acceptedAt = period(query.from, query.to);
    const page = await findPage(this.dataSource.getRepository(BlogPostEntity), {
      where: { holderId: query.holderId, published: true, ...(acceptedAt ? { acceptedAt } : {}) },
      key: HOLDER_BLOG_ORDER,
      page: query,
      count: true,
    });
    return {
      ...page,
      holderId: query.holderId,
      projectionPosition: this.watch.position,
      items: page.items.map((post) => ({
        requestId: post.requestId,
        subject: post.subject,
        text: post.text,
        redacted: post.redacted,
        language: post.language,
        submittedAt: post.submittedAt.toISOString(),
        acceptedAt: post.acceptedAt?.toISOString() ?? null,
        answer:
          post.outcome && post.answerText !== null && post.answeredAt
            ? { outcome: post.outcome, text: post.answerText, redacted: post.answerRedacted, answeredAt: post.answeredAt.toISOString() }
            : null,
      })),
    };
  }
}
