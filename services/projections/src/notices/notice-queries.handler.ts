import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { myNotices, type MyNoticesQuery, type MyNoticesReply } from '@od/contracts';
import { Answers } from '@od/platform';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { NoticeViewEntity } from './notice-view.entity';

@Controller()
export class NoticeQueriesHandler extends ReadModelQueries {
  @Answers(myNotices)
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
        applicationId: notice.applicationId,
        language: notice.language,
        title: notice.title,
        body: notice.body,
        issuedAt: notice.issuedAt.toISOString(),
      })),
    };
  }
}
