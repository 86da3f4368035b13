import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { querySubject } from '@od/contracts';
import { readPlatformConfig } from '@od/platform';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { HolderStatisticsEntity } from './holder-statistics.entity';
import { emptyStatistics } from './holder-statistics.projection';

/** `od.queries.projections.holder-statistics`: one holder's numbers (zeros when nothing has happened yet). */
export interface HolderStatisticsQuery {
  readonly holderId: string;
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface HolderStatistics {
  readonly holderId: string;
  readonly received: number;
  readonly accepted: number;
  readonly redirected: number;
  readonly returned: number;
  readonly answered: number;
  readonly answeredOnTime: number;
  readonly answeredLate: number;
  readonly refused: number;
  readonly extended: number;
  readonly deadlinesBreached: number;
  readonly likes: number;
  readonly dislikes: number;
  readonly dislikeReasons: Readonly<Record<string, number>>;
  /** True when an IIN/BIN, phone number or e-mail address was masked in some reason (machine-redacted). */
  readonly dislikeReasonsRedacted: boolean;
  readonly updatedAt: string | null;
}

export interface HolderStatisticsReply {
  readonly statistics: HolderStatistics;
  readonly projectionPosition: string;
}

export function toHolderStatistics(row: HolderStatisticsEntity, known: boolean): HolderStatistics {
  const { holderId, received, accepted, redirected, returned, answered, answeredOnTime, answeredLate, refused, extended, deadlinesBreached, likes, dislikes } = row;
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
  @MessagePattern(querySubject(readPlatformConfig().subjectRoot, 'projections', 'holder-statistics'))
  async statistics(@Payload() query: HolderStatisticsQuery): Promise<HolderStatisticsReply> {
    await awaitPosition(this.watch, query);
    const row = await this.dataSource.getRepository(HolderStatisticsEntity).findOneBy({ holderId: query.holderId });
    return { statistics: toHolderStatistics(row ?? emptyStatistics(query.holderId), row !== null), projectionPosition: this.watch.position };
  }
}
