import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { myNotices, type MyNoticesQuery, type MyNoticesReply } from '@od/contracts';
import { Answers } from '@od/platform';
import { findPage, period, type KeyPart } from '../querying/keyset';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { noticeItemOf } from './notice-item';
import { NoticeViewEntity } from './notice-view.entity';

/** Newest first; the notice id breaks ties. */
const MY_NOTICES_ORDER: readonly KeyPart<NoticeViewEntity>[] = [
  { column: 'issuedAt', direction: 'DESC', kind: 'instant' },
  { column: 'noticeId', direction: 'ASC', kind: 'text' },
];

@Controller()
export class NoticeQueriesHandler extends ReadModelQueries {
  @Answers(myNotices)
  async mine(@Payload() query: MyNoticesQuery): Promise<MyNoticesReply> {
    await awaitPosition(this.watch, query);
    const issuedAt = period(query.from, query.to);
    const page = await findPage(this.dataSource.getRepository(NoticeViewEntity), {
      where: { userId: query.userId, ...(issuedAt ? { issuedAt } : {}) },
      key: MY_NOTICES_ORDER,
      page: query,
      count: true,
    });
    return {
      ...page,
      projectionPosition: this.watch.position,
      items: page.items.map((notice) => noticeItemOf(notice, query.language)),
    };
  }
}
