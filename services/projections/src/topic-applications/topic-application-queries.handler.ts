import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  agencyTopicApplications,
  myTopicApplications,
  type AgencyTopicApplicationsQuery,
  type MyTopicApplicationsQuery,
  type TopicApplicationView,
  type TopicApplicationsReply,
} from '@od/contracts';
import { Answers } from '@od/platform';
import { In, type FindOptionsWhere } from 'typeorm';
import { findPage, period, type KeyPart } from '../querying/keyset';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { TopicApplicationViewEntity } from './topic-application-view.entity';

/** The administrator's order: the one due soonest first (due instants are ends of days: then the earliest sent); the id breaks ties. */
const DUE_FIRST: readonly KeyPart<TopicApplicationViewEntity>[] = [
  { column: 'decisionDueAt', direction: 'ASC', kind: 'instant' },
  { column: 'submittedAt', direction: 'ASC', kind: 'instant' },
  { column: 'applicationId', direction: 'ASC', kind: 'text' },
];

/** The applicant's order: newest first. */
const NEWEST_FIRST: readonly KeyPart<TopicApplicationViewEntity>[] = [
  { column: 'submittedAt', direction: 'DESC', kind: 'instant' },
  { column: 'applicationId', direction: 'ASC', kind: 'text' },
];

/** The reply's item: never the applicant's IIN/BIN. */
function toView(row: TopicApplicationViewEntity): TopicApplicationView {
  return {
    applicationId: row.applicationId,
    holderId: row.holderId,
    applicantKind: row.applicantKind,
    topic: row.topic,
    text: row.text,
    language: row.language,
    status: row.status,
    submittedAt: row.submittedAt.toISOString(),
    decisionDueAt: row.decisionDueAt.toISOString(),
    decision:
      row.status !== 'submitted' && row.decidedAt
        ? { outcome: row.status, at: row.decidedAt.toISOString(), late: row.decisionLate === true, reason: row.refusalReason }
        : null,
  };
}

/** C5: who may read a topic application once sent: the holder's administrator (to decide) and the applicant. */
@Controller()
export class TopicApplicationQueriesHandler extends ReadModelQueries {
  /** The holder's applications still to decide (or those of `statuses`), due first. */
  @Answers(agencyTopicApplications)
  async agency(@Payload() query: AgencyTopicApplicationsQuery): Promise<TopicApplicationsReply> {
    await awaitPosition(this.watch, query);
    const statuses = query.statuses && query.statuses.length > 0 ? [...query.statuses] : ['submitted'];
    const submittedAt = period(query.from, query.to);
    const page = await findPage(this.dataSource.getRepository(TopicApplicationViewEntity), {
      where: { holderId: query.holderId, status: In(statuses), ...(submittedAt ? { submittedAt } : {}) } as FindOptionsWhere<TopicApplicationViewEntity>,
      key: DUE_FIRST,
      page: query,
      count: true,
    });
    return { ...page, items: page.items.map(toView), projectionPosition: this.watch.position };
  }

  /** The applicant's own applications, newest first, each with the decision and a refusal's reason. */
  @Answers(myTopicApplications)
  async mine(@Payload() query: MyTopicApplicationsQuery): Promise<TopicApplicationsReply> {
    await awaitPosition(this.watch, query);
    const submittedAt = period(query.from, query.to);
    const where: FindOptionsWhere<TopicApplicationViewEntity> = {
      applicantId: query.applicantId,
      ...(query.statuses && query.statuses.length > 0 ? { status: In([...query.statuses]) } : {}),
      ...(query.holderId ? { holderId: query.holderId } : {}),
      ...(submittedAt ? { submittedAt } : {}),
    } as FindOptionsWhere<TopicApplicationViewEntity>;
    const page = await findPage(this.dataSource.getRepository(TopicApplicationViewEntity), {
      where,
      key: NEWEST_FIRST,
      page: query,
      count: true,
    });
    return { ...page, items: page.items.map(toView), projectionPosition: this.watch.position };
  }
}
