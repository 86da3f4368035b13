import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { querySubject } from '@od/contracts';
import { readPlatformConfig } from '@od/platform';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { NoticeViewEntity } from './notice-view.entity';

/** `od.queries.projections.my-notices`: a user's notices, newest first. */
export interface MyNoticesQuery {
  readonly userId: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface NoticeItem {
  readonly noticeId: string;
  readonly kind: string;
  readonly requestId: string;
  readonly language: string;
  readonly title: string;
  readonly body: string;
  readonly issuedAt: string;
}

export interface MyNoticesReply {
  readonly items: readonly NoticeItem[];
  readonly projectionPosition: string;
}

@Controller()
export class NoticeQueriesHandler extends ReadModelQueries {
  @MessagePattern(querySubject(readPlatformConfig().subjectRoot, 'projections', 'my-notices'))
  async mine(@Payload() query: MyNoticesQuery): Promise<MyNoticesReply> {
    await awaitPosition(this.watch, query);
    const notices = await this.dataSource
      .getRepository(NoticeViewEntity)
      .find({ where: { userId: query.userId }, order: { issuedAt: 'DESC', noticeId: 'ASC' }, take: 200 });
    return {
      projectionPosition: this.watch.position,
      items: notices.map((notice) => ({
        noticeId: notice.noticeId,
        kind: notice.kind,
        requestId: notice.requestId,
        language: notice.language,
        title: notice.title,
        body: notice.body,
        issuedAt: notice.issuedAt.toISOString(),
      })),
    };
  }
}
