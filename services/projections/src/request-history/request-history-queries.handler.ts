import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { requestHistory, type RequestHistoryQuery, type RequestHistoryReply } from '@od/contracts';
import { Answers } from '@od/platform';
import { ClockViewEntity } from '../clocks/clock-view.entity';
import { queryTime, toClockView } from '../clocks/clock-view.mapping';
import { RequestViewEntity } from '../my-requests/request-view.entity';
import { toRequestView } from '../my-requests/request-view.mapping';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { HistoryEntryEntity } from './history-entry.entity';

@Controller()
export class RequestHistoryQueriesHandler extends ReadModelQueries {
  @Answers(requestHistory)
  async history(@Payload() query: RequestHistoryQuery): Promise<RequestHistoryReply> {
    await awaitPosition(this.watch, query);
    const view = await this.dataSource.getRepository(RequestViewEntity).findOneBy({ requestId: query.requestId });
    if (!view) return { found: false, projectionPosition: this.watch.position };
    const asOf = queryTime(query.asOf);
    const [clocks, entries] = await Promise.all([
      this.dataSource.getRepository(ClockViewEntity).find({ where: { requestId: query.requestId }, order: { dueAt: 'ASC', rule: 'ASC', clockId: 'ASC' } }),
      this.dataSource.getRepository(HistoryEntryEntity).find({ where: { requestId: query.requestId }, order: { positionTx: 'ASC', positionSeq: 'ASC' } }),
    ]);
    return {
      found: true,
      projectionPosition: this.watch.position,
      request: toRequestView(view),
      clocks: clocks.map((clock) => toClockView(clock, asOf, query.language)),
      history: entries.map((entry) => ({
        eventId: entry.eventId,
        type: entry.type,
        holderId: entry.holderId,
        occurredAt: entry.occurredAt.toISOString(),
        position: entry.position,
        summary: entry.summary,
      })),
    };
  }
}
