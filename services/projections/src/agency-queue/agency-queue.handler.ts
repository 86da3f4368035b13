import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { requestsByHolder, type AgencyQueueQuery, type AgencyQueueReply } from '@od/contracts';
import { Answers } from '@od/platform';
import { In } from 'typeorm';
import { queryTime } from '../clocks/clock-view.mapping';
import { RequestViewEntity } from '../my-requests/request-view.entity';
import { toRequestView } from '../my-requests/request-view.mapping';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';

interface QueueRow {
  request_id: string;
  next_due_at: Date | null;
  next_due_rule: string | null;
}

/**
 * `od.queries.projections.requests-by-holder`: the requests at a holder, the nearest due first (those
 * with no clock owed last, newest first), each marked overdue when its nearest due instant has passed.
 */
@Controller()
export class AgencyQueueHandler extends ReadModelQueries {
  @Answers(requestsByHolder)
  async queue(@Payload() query: AgencyQueueQuery): Promise<AgencyQueueReply> {
    await awaitPosition(this.watch, query);
    const asOf = queryTime(query.asOf);
    const statuses = query.statuses && query.statuses.length > 0 ? [...query.statuses] : null;
    const rows = (await this.dataSource.query(
      `SELECT rv.request_id, due.due_at AS next_due_at, due.rule AS next_due_rule
         FROM read_models.request_views rv
         LEFT JOIN LATERAL (
           SELECT c.due_at, c.rule FROM read_models.deadline_clocks c
            WHERE c.request_id = rv.request_id AND c.holder_id = rv.holder_id AND c.open
            ORDER BY c.due_at ASC LIMIT 1) due ON true
        WHERE rv.holder_id = $1 AND ($2::text[] IS NULL OR rv.status = ANY($2::text[]))
        ORDER BY due.due_at ASC NULLS LAST, rv.submitted_at DESC, rv.request_id ASC
        LIMIT 200`,
      [query.holderId, statuses],
    )) as QueueRow[];
    const views = await this.dataSource.getRepository(RequestViewEntity).findBy({ requestId: In(rows.map((row) => row.request_id)) });
    const byId = new Map(views.map((view) => [view.requestId, view]));
    const items = rows.flatMap((row) => {
      const view = byId.get(row.request_id);
      if (!view) return [];
      const nextDueAt = row.next_due_at ? new Date(row.next_due_at) : null;
      return [
        {
          ...toRequestView(view),
          nextDueAt: nextDueAt?.toISOString() ?? null,
          nextDueRule: row.next_due_rule,
          overdue: nextDueAt !== null && nextDueAt.getTime() < asOf.getTime(),
        },
      ];
    });
    return { asOf: asOf.toISOString(), items, projectionPosition: this.watch.position };
  }
}
