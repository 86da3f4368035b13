import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { myRequests, type MyRequestsQuery, type MyRequestsReply } from '@od/contracts';
import { Answers } from '@od/platform';
import { In } from 'typeorm';
import { ClockViewEntity } from '../clocks/clock-view.entity';
import { queryTime, toClockView } from '../clocks/clock-view.mapping';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { RequestViewEntity } from './request-view.entity';
import { toRequestView } from './request-view.mapping';

@Controller()
export class MyRequestsQueriesHandler extends ReadModelQueries {
  @Answers(myRequests)
  async mine(@Payload() query: MyRequestsQuery): Promise<MyRequestsReply> {
    await awaitPosition(this.watch, query);
    const asOf = queryTime(query.asOf);
    const views = await this.dataSource
      .getRepository(RequestViewEntity)
      .find({ where: { authorId: query.authorId }, order: { submittedAt: 'DESC', requestId: 'ASC' }, take: 200 });
    const clocks =
      views.length === 0
        ? []
        : await this.dataSource
            .getRepository(ClockViewEntity)
            .find({ where: { requestId: In(views.map((view) => view.requestId)), open: true }, order: { dueAt: 'ASC' } });
    return {
      projectionPosition: this.watch.position,
      items: views.map((view) => ({
        ...toRequestView(view),
        runningClocks: clocks.filter((clock) => clock.requestId === view.requestId).map((clock) => toClockView(clock, asOf, query.language)),
      })),
    };
  }
}
