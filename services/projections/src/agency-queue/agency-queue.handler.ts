import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { pageLimit, requestsByHolder, type AgencyQueueQuery, type AgencyQueueReply } from '@od/contracts';
import { Answers } from '@od/platform';
import { In } from 'typeorm';
import { queryTime } from '../clocks/clock-view.mapping';
import { RequestViewEntity } from '../my-requests/request-view.entity';
import { toRequestView } from '../my-requests/request-view.mapping';
import { cursorKey, keysetSql, pageFrom, type SqlKeyPart } from '../querying/keyset';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';

interface QueueRow {
  request_id: string;
  submitted_at: Date;
  next_due_at: Date | null;
  next_due_rule: string | null;
}

/** The queue's order: the nearest due first, those with none owed last; then newest first; the id breaks ties. */
const QUEUE_ORDER: readonly SqlKeyPart[] = [
  { expr: 'next_due_at', type: 'timestamptz', direction: 'ASC', nullsLast: true },
  { expr: 'submitted_at', type: 'timestamptz', direction: 'DESC' },
  { expr: 'request_id', type: 'uuid', direction: 'ASC' },
];

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
    const limit = pageLimit(query);
    const after = cursorKey(query.cursor, QUEUE_ORDER.length);
    const filters = `rv.holder_id = $1 AND ($2::text[] IS NULL OR rv.status = ANY($2::text[]))
        AND ($3::timestamptz IS NULL OR rv.submitted_at >= $3::timestamptz) AND ($4::timestamptz IS NULL OR rv.submitted_at < $4::timestamptz)`;
    const filterParams = [query.holderId, statuses, query.from ?? null, query.to ?? null];
    const beyond = keysetSql(QUEUE_ORDER, after, filterParams.length + 2);
    const rows = (await this.dataSource.query(
      `SELECT * FROM (
         SELECT rv.request_id, rv.submitted_at, due.due_at AS next_due_at, due.rule AS next_due_rule
           FROM read_models.request_views rv
           LEFT JOIN LATERAL (
             SELECT c.due_at, c.rule FROM read_models.deadline_clocks c
              WHERE c.request_id = rv.request_id AND c.holder_id = rv.holder_id AND c.open
              ORDER BY c.due_at ASC LIMIT 1) due ON true
          WHERE ${filters}) queue
        WHERE ${beyond.sql}
        ORDER BY next_due_at ASC NULLS LAST, submitted_at DESC, request_id ASC
        LIMIT $${filterParams.length + 1}`,
      [...filterParams, limit + 1, ...beyond.params],
    )) as QueueRow[];
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM read_models.request_views rv WHERE ${filters}`, filterParams)) as [
      { total: number },
    ];
    const page = pageFrom(
      rows,
      limit,
      (row) => [row.next_due_at ? new Date(row.next_due_at).toISOString() : null, new Date(row.submitted_at).toISOString(), row.request_id],
      total,
    );
    const views = await this.dataSource.getRepository(RequestViewEntity).findBy({ requestId: In(page.items.map((row) => row.request_id)) });
    const byId = new Map(views.map((view) => [view.requestId, view]));
    const items = page.items.flatMap((row) => {
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
    return { ...page, asOf: asOf.toISOString(), items, projectionPosition: this.watch.position };
  }
}
