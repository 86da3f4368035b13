import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { holderBlog, type HolderBlogQuery, type HolderBlogReply } from '@od/contracts';
import { Answers } from '@od/platform';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { BlogPostEntity } from './blog-post.entity';

@Controller()
export class BlogQueriesHandler extends ReadModelQueries {
  @Answers(holderBlog)
  async blog(@Payload() query: HolderBlogQuery): Promise<HolderBlogReply> {
    await awaitPosition(this.watch, query);
    const posts = await this.dataSource
      .getRepository(BlogPostEntity)
      .find({ where: { holderId: query.holderId, published: true }, order: { acceptedAt: 'DESC', requestId: 'ASC' }, take: 200 });
    return {
      holderId: query.holderId,
      projectionPosition: this.watch.position,
      items: posts.map((post) => ({
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
