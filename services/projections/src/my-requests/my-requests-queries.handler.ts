import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { querySubject } from '@od/contracts';
import { readPlatformConfig } from '@od/platform';
import { In } from 'typeorm';
import { ClockViewEntity } from '../clocks/clock-view.entity';
import { queryTime, toClockView, type ClockView } from '../clocks/clock-view.mapping';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { RequestViewEntity } from './request-view.entity';
import { toRequestView, type RequestViewDetails } from './request-view.mapping';

/** `od.queries.projections.my-requests`: an author's requests, newest first. */
export interface MyRequestsQuery {
  /** IIN of a citizen, BIN of an organisation (the fact's `author.id`). */
  readonly authorId: string;
  readonly asOf?: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface MyRequestsItem extends RequestViewDetails {
  /** Due instants of the clocks still running on it (as the clocks service computed them). */
  readonly runningClocks: readonly ClockView[];
}

export interface MyRequestsReply {
  readonly items: readonly MyRequestsItem[];
  readonly projectionPosition: string;
}

@Controller()
export class MyRequestsQueriesHandler extends ReadModelQueries {
  @MessagePattern(querySubject(readPlatformConfig().subjectRoot, 'projections', 'my-requests'))
  async mine(@Payload() query: MyRequestsQuery): Promise<MyRequestsReply> {
    await awaitPosition(this.watch, query);
    const asOf = queryTime(query.asOf);
    const views = await this.dataSource
      .getRepository(RequestViewEntity)
      .find({ where: { authorId: query.authorId }, order: { submittedAt: 'DESC', requestId: 'ASC' }, take: 200 });
    const clocks =
      views.length === 0
        ? []
        : await this.dataSource.getRepository(ClockViewEntity).find({ where: { requestId: In(views.map((view) => view.requestId)), open: true }, order: { dueAt: 'ASC' } });
    return {
      projectionPosition: this.watch.position,
      items: views.map((view) => ({
        ...toRequestView(view),
        runningClocks: clocks.filter((clock) => clock.requestId === view.requestId).map((clock) => toClockView(clock, asOf)),
      })),
    };
  }
}
