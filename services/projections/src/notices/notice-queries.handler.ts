import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { myNotices, type MyNoticesQuery, type MyNoticesReply } from '@od/contracts';
import { Answers } from '@od/platform';
import { findPage, period, type KeyPart } from '../querying/keyset';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { ClockViewEntity } from '../clocks/clock-view.entity';
import { ANSWER_TERM_NOTICES, noticeItemOf } from './notice-item';
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
    const answerDue = await this.answerTermsOf(page.items);
    return {
      ...page,
      projectionPosition: this.watch.position,
      items: page.items.map((notice) => noticeItemOf(notice, query.language, notice.requestId ? answerDue.get(notice.requestId) : undefined)),
    };
  }

  /** The R4 due instant of each request an acceptance or extension notice is about: the open clock's, else the latest. */
  private async answerTermsOf(notices: readonly NoticeViewEntity[]): Promise<Map<string, Date>> {
    const requestIds = [...new Set(notices.filter((n) => n.requestId && !n.dueAt && ANSWER_TERM_NOTICES.has(n.kind)).map((n) => n.requestId as string))];
    if (requestIds.length === 0) return new Map();
    const clocks = await this.dataSource
      .getRepository(ClockViewEntity)
      .createQueryBuilder('clock')
      .where('clock.request_id IN (:...requestIds)', { requestIds })
      .andWhere(`clock.rule = 'R4'`)
      .orderBy('clock.open', 'ASC')
      .addOrderBy('clock.started_at', 'ASC', 'NULLS FIRST')
      .getMany();
    // Ordered so the last one written per request is the one that counts: open over stopped, the latest start.
    return new Map(clocks.map((clock) => [clock.requestId as string, clock.dueAt]));
  }
}
