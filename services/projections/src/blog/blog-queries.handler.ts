import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { querySubject } from '@od/contracts';
import { readPlatformConfig } from '@od/platform';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { BlogPostEntity } from './blog-post.entity';

/** `od.queries.projections.holder-blog`: a holder's public feed, latest accepted first. */
export interface HolderBlogQuery {
  readonly holderId: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

/**
 * Nothing here says who asked. `redacted` (and `answer.redacted`): the text had an IIN/BIN, phone number
 * or e-mail address that the platform masked before publishing it (machine-redacted).
 */
export interface BlogPost {
  readonly requestId: string;
  readonly subject: string;
  readonly text: string;
  readonly redacted: boolean;
  readonly language: string;
  readonly submittedAt: string;
  readonly acceptedAt: string | null;
  readonly answer: { readonly outcome: 'answered' | 'refused'; readonly text: string; readonly redacted: boolean; readonly answeredAt: string } | null;
}

export interface HolderBlogReply {
  readonly holderId: string;
  readonly items: readonly BlogPost[];
  readonly projectionPosition: string;
}

@Controller()
export class BlogQueriesHandler extends ReadModelQueries {
  @MessagePattern(querySubject(readPlatformConfig().subjectRoot, 'projections', 'holder-blog'))
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
        answer: post.outcome && post.answerText !== null && post.answeredAt ? { outcome: post.outcome, text: post.answerText, redacted: post.answerRedacted, answeredAt: post.answeredAt.toISOString() } : null,
      })),
    };
  }
}
