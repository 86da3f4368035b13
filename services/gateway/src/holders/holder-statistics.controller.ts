import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { holderStatistics } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig } from '@od/platform';
import { IsOptional, ValidateBy } from 'class-validator';
import { BUS } from '../bus';
import { send } from '../http/bus-request';
import { ReadYourWriteQuery } from '../requests/reading/read-your-write.query';
import { HolderIdParamPipe } from './holder-id.pipe';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar date (not 2025-02-30, which Date would roll over to 2 March). */
function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || !LOCAL_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A calendar date; `to` also on or after `from`. */
const IsPeriodDay = () =>
  ValidateBy({
    name: 'isPeriodDay',
    validator: {
      validate: (value: unknown, args) => {
        const from = (args?.object as { from?: unknown }).from;
        return isLocalDate(value) && (args?.property !== 'to' || !isLocalDate(from) || from <= value);
      },
      defaultMessage: (args) =>
        args?.property === 'to'
          ? 'to must be a date YYYY-MM-DD (Almaty time, inclusive) on or after from'
          : `${args?.property} must be a date YYYY-MM-DD (Almaty time, inclusive)`,
    },
  });

/** `?from=&to=`: Almaty dates, both inclusive; all time without them. */
export class HolderStatisticsQuery extends ReadYourWriteQuery {
  @IsOptional()
  @IsPeriodDay()
  from?: string;

  @IsOptional()
  @IsPeriodDay()
  to?: string;
}

/** A holder's numbers (B2), for a period or all time: public, like the blog they sum up. */
@Controller('api/holders')
export class HolderStatisticsController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get(':holderId/statistics')
  async statistics(@Param('holderId', HolderIdParamPipe) holderId: string, @Query() query: HolderStatisticsQuery) {
    const message = { holderId, from: query.from, to: query.to, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    return send(this.bus, this.config.subjectRoot, holderStatistics, message, (query.waitMs ?? 0) + 5_000);
  }
}
