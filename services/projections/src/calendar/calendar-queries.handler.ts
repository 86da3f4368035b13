import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { calendarVersions, calendarYear, type CalendarVersionsReply, type CalendarYearQuery, type CalendarYearReply } from '@od/contracts';
import { Answers } from '@od/platform';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { CalendarVersionEntity } from './calendar-version.entity';
import { versionsOfYear } from './calendar-version.projection';
import { calendarVersionSummaries, calendarYearView, type CalendarVersionOnRecord } from './calendar-view.mapping';

/** The working-day calendar, public: the version in force of a year (the latest), and every version with what it changed. */
@Controller()
export class CalendarQueriesHandler extends ReadModelQueries {
  private async versions(query: CalendarYearQuery): Promise<CalendarVersionOnRecord[]> {
    await awaitPosition(this.watch, query);
    return versionsOfYear(query.year, await this.dataSource.getRepository(CalendarVersionEntity).findBy({ year: query.year }));
  }

  @Answers(calendarYear)
  async inForce(@Payload() query: CalendarYearQuery): Promise<CalendarYearReply> {
    const latest = (await this.versions(query)).at(-1);
    return { calendar: latest ? calendarYearView(latest) : null, projectionPosition: this.watch.position };
  }

  @Answers(calendarVersions)
  async all(@Payload() query: CalendarYearQuery): Promise<CalendarVersionsReply> {
    const versions = calendarVersionSummaries(await this.versions(query));
    return { year: query.year, inForce: versions.at(-1)?.version ?? null, versions, projectionPosition: this.watch.position };
  }
}
