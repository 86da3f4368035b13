import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { holderStatistics, type HolderStatistics, type HolderStatisticsQuery, type HolderStatisticsReply } from '@od/contracts';
import { Answers } from '@od/platform';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { Between, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { HolderDailyStatisticsEntity, HolderStatisticsEntity } from './holder-statistics.entity';
import { emptyStatistics, sumStatistics } from './holder-statistics.projection';

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
    const { holderId, from, to } = query;
    if (from === undefined && to === undefined) {
      const row = await this.dataSource.getRepository(HolderStatisticsEntity).findOneBy({ holderId });
      const statistics = toHolderStatistics(row ?? emptyStatistics(holderId), row !== null);
      return { statistics, period: { from: null, to: null, timeZone: 'Asia/Almaty', allTime: true }, projectionPosition: this.watch.position };
    }
    // A period is the sum of its Almaty days' figures (at most one row per holder and day): no scan of the store.
    const day = from !== undefined && to !== undefined ? Between(from, to) : from !== undefined ? MoreThanOrEqual(from) : LessThanOrEqual(to as string);
    const days = await this.dataSource.getRepository(HolderDailyStatisticsEntity).findBy({ holderId, day });
    const statistics = toHolderStatistics(sumStatistics(holderId, days), days.length > 0);
    return { statistics, period: { from: from ?? null, to: to ?? null, timeZone: 'Asia/Almaty', allTime: false }, projectionPosition: this.watch.position };
  }
}
