import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { holderStatistics, type HolderStatistics, type HolderStatisticsQuery, type HolderStatisticsReply } from '@od/contracts';
import { Answers } from '@od/platform';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { HolderStatisticsEntity } from './holder-statistics.entity';
import { emptyStatistics } from './holder-statistics.projection';

export function toHolderStatistics(row: HolderStatisticsEntity, known: boolean): HolderStatistics {
  const { holderId, received, accepted, redirected, returned, answered, answeredOnTime, answeredLate, refused, extended, deadlinesBreached, likes, dislikes } =
    row;
  return {
    holderId,
    received,
    accepted,
    redirected,
    returned,
    answered,
    answeredOnTime,
    answeredLate,
    refused,
    extended,
    deadlinesBreached,
    likes,
    dislikes,
    dislikeReasons: row.dislikeReasons,
    dislikeReasonsRedacted: row.dislikeReasonsRedacted,
    updatedAt: known ? row.updatedAt.toISOString() : null,
  };
}

@Controller()
export class StatisticsQueriesHandler extends ReadModelQueries {
  @Answers(holderStatistics)
  async statistics(@Payload() query: HolderStatisticsQuery): Promise<HolderStatisticsReply> {
    await awaitPosition(this.watch, query);
    const row = await this.dataSource.getRepository(HolderStatisticsEntity).findOneBy({ holderId: query.holderId });
    return { statistics: toHolderStatistics(row ?? emptyStatistics(query.holderId), row !== null), projectionPosition: this.watch.position };
  }
}
