import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { holderClocks, type HolderClocksQuery, type HolderClocksReply } from '@od/contracts';
import { Answers } from '@od/platform';
import { In, type FindOptionsWhere } from 'typeorm';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { CLOCK_STATUSES, ClockViewEntity } from './clock-view.entity';
import { queryTime, toClockView } from './clock-view.mapping';

@Controller()
export class ClockQueriesHandler extends ReadModelQueries {
  @Answers(holderClocks)
  async clocks(@Payload() query: HolderClocksQuery): Promise<HolderClocksReply> {
    await awaitPosition(this.watch, query);
    const asOf = queryTime(query.asOf);
    const where: FindOptionsWhere<ClockViewEntity> = {};
    if (query.holderId) where.holderId = query.holderId;
    const statuses = (query.statuses ?? []).filter((status) => CLOCK_STATUSES.includes(status));
    if (statuses.length > 0) where.status = In(statuses);
    const clocks = await this.dataSource.getRepository(ClockViewEntity).find({
      where,
      // Still owed first, then the closed ones; each by due instant, nearest first.
      order: { open: 'DESC', dueAt: 'ASC', requestId: 'ASC', rule: 'ASC', clockId: 'ASC' },
      take: 1000,
    });
    return { asOf: asOf.toISOString(), items: clocks.map((clock) => toClockView(clock, asOf, query.language)), projectionPosition: this.watch.position };
  }
}
