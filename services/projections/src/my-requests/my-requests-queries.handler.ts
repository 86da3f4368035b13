import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { myRequests, type MyRequestsQuery, type MyRequestsReply } from '@od/contracts';
import { Answers } from '@od/platform';
import { In, type FindOptionsWhere } from 'typeorm';
import { ClockViewEntity } from '../clocks/clock-view.entity';
import { queryTime, toClockView } from '../clocks/clock-view.mapping';
import { findPage, period, type KeyPart } from '../querying/keyset';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { RequestViewEntity } from './request-view.entity';
import { toRequestView } from './request-view.mapping';

/** Newest first; the request id breaks ties. */
const MY_REQUESTS_ORDER: readonly KeyPart<RequestViewEntity>[] = [
  { column: 'submittedAt', direction: 'DESC', kind: 'instant' },
  { column: 'requestId', direction: 'ASC', kind: 'text' },
];

@Controller()
export class MyRequestsQueriesHandler extends ReadModelQueries {
  @Answers(myRequests)
  async mine(@Payload() query: MyRequestsQuery): Promise<MyRequestsReply> {
    await awaitPosition(this.watch, query);
    const asOf = queryTime(query.asOf);
    const statuses = query.statuses && query.statuses.length > 0 ? In([...query.statuses]) : undefined;
    const submittedAt = period(query.from, query.to);
    const page = await findPage(this.dataSource.getRepository(RequestViewEntity), {
      where: {
        authorId: query.authorId,
        ...(query.holderId ? { holderId: query.holderId } : {}),
        ...(statuses ? { status: statuses } : {}),
        ...(submittedAt ? { submittedAt } : {}),
      } as FindOptionsWhere<RequestViewEntity>,
      key: MY_REQUESTS_ORDER,
      page: query,
      count: true,
    });
    const views = page.items;
    const clocks =
      views.length === 0
        ? []
        : await this.dataSource
            .getRepository(ClockViewEntity)
            .find({ where: { requestId: In(views.map((view) => view.requestId)), open: true }, order: { dueAt: 'ASC' } });
    return {
      ...page,
      projectionPosition: this.watch.position,
      items: views.map((view) => ({
        ...toRequestView(view),
        runningClocks: clocks.filter((clock) => clock.requestId === view.requestId).map((clock) => toClockView(clock, asOf, query.language)),
      })),
    };
  }
}
