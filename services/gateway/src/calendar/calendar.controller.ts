import { Controller, Get, Inject, Injectable, NotFoundException, Param, Query, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { calendarVersions, calendarYear } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig } from '@od/platform';
import { BUS } from '../bus';
import { send } from '../http/bus-request';
import { fieldProblem, validationFailed } from '../http/validation-messages/field-messages';
import { ReadYourWriteQuery } from '../requests/reading/read-your-write.query';

/** `:year`: a year such as 2026 (400 naming it otherwise). */
@Injectable()
export class YearParamPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    const field = metadata.data ?? 'year';
    // The global validation pipe may already have converted it to a number (the parameter's type).
    const text = typeof value === 'number' || typeof value === 'string' ? String(value) : '';
    if (!/^\d{4}$/.test(text)) {
      throw validationFailed([fieldProblem(field, 'isYear', 'isYear')]);
    }
    return Number(text);
  }
}

const yearNotPublished = (year: number) =>
  new NotFoundException({ error: 'calendar_year_not_published', message: `No working-day calendar is published for ${year}`, year });

/** The working-day calendar, public: the version in force for a year, and every version with what it changed. */
@Controller('api/calendar')
export class CalendarController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Get(':year')
  async inForce(@Param('year', YearParamPipe) year: number, @Query() query: ReadYourWriteQuery) {
    const message = { year, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    const { calendar, projectionPosition } = await send(this.bus, this.config.subjectRoot, calendarYear, message, (query.waitMs ?? 0) + 5_000);
    if (!calendar) throw yearNotPublished(year);
    return { ...calendar, projectionPosition };
  }

  @Get(':year/versions')
  async versions(@Param('year', YearParamPipe) year: number, @Query() query: ReadYourWriteQuery) {
    const message = { year, atLeastPosition: query.atLeastPosition, waitMs: query.waitMs };
    const reply = await send(this.bus, this.config.subjectRoot, calendarVersions, message, (query.waitMs ?? 0) + 5_000);
    if (reply.versions.length === 0) throw yearNotPublished(year);
    return reply;
  }
}
