import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  agencyConferences,
  myConferenceQuestions,
  pageLimit,
  publicConference,
  publicConferences,
  waitingConferenceTemplates,
  type AgencyConferencesQuery,
  type AgencyConferencesReply,
  type ConferenceListFilter,
  type ConferencePhase,
  type MyQuestionsQuery,
  type MyQuestionsReply,
  type PublicConferenceQuery,
  type PublicConferenceReply,
  type PublicConferenceView,
  type PublicConferencesQuery,
  type PublicConferencesReply,
  type WaitingTemplatesQuery,
  type WaitingTemplatesReply,
} from '@od/contracts';
import { Answers } from '@od/platform';
import { And, In, LessThanOrEqual, MoreThan, type FindOperator, type FindOptionsWhere } from 'typeorm';
import { cursorKey, findPage, keysetSql, pageFrom, period, type KeyPart } from '../querying/keyset';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { ConferenceQuestionEntity, ConferenceViewEntity } from './conference-view.entity';

type Where = FindOptionsWhere<ConferenceViewEntity>;

/** Public and the operator's queue: soonest start first. */
const SOONEST_FIRST: readonly KeyPart<ConferenceViewEntity>[] = [
  { column: 'startsAt', direction: 'ASC', kind: 'instant' },
  { column: 'conferenceId', direction: 'ASC', kind: 'text' },
];

/** The agency's own: latest start first. */
const LATEST_FIRST: readonly KeyPart<ConferenceViewEntity>[] = [
  { column: 'startsAt', direction: 'DESC', kind: 'instant' },
  { column: 'conferenceId', direction: 'ASC', kind: 'text' },
];

/** What the public sees: approved conferences, and closed ones (the archive). */
const PUBLIC_STATUSES = ['published', 'closed'];

/** A closed conference has ended whatever the clock says (it can be closed only once its end has come). */
function phaseAt(view: Pick<ConferenceViewEntity, 'status' | 'startsAt' | 'endsAt'>, asOf: string): ConferencePhase {
  const at = Date.parse(asOf);
  if (view.status === 'closed') return 'ended';
  if (at < view.startsAt.getTime()) return 'upcoming';
  return at < view.endsAt.getTime() ? 'open' : 'ended';
}

/** Both bounds on the start: the list's period and a phase's own, in one condition. */
function startsWithin(...bounds: (FindOperator<Date> | undefined)[]): FindOperator<Date> | undefined {
  const present = bounds.filter((bound): bound is FindOperator<Date> => bound !== undefined);
  if (present.length === 0) return undefined;
  return present.length === 1 ? present[0] : And(...present);
}

/** The alternatives (OR) of published conferences in `phases` at `asOf`, each within the filter. */
function publicWhere(query: PublicConferencesQuery): Where[] {
  const asOf = new Date(query.asOf);
  const base = (extra: Where, startBound?: FindOperator<Date>): Where => {
    const startsAt = startsWithin(period(query.from, query.to), startBound);
    return { ...(query.holderId ? { holderId: query.holderId } : {}), ...(startsAt ? { startsAt } : {}), ...extra };
  };
  const phases = query.phases && query.phases.length > 0 ? query.phases : ['upcoming', 'open'];
  return phases.flatMap((phase): Where[] => {
    if (phase === 'upcoming') return [base({ status: 'published' }, MoreThan(asOf))];
    if (phase === 'open') return [base({ status: 'published', endsAt: MoreThan(asOf) }, LessThanOrEqual(asOf))];
    return [base({ status: 'closed' }), base({ status: 'published', endsAt: LessThanOrEqual(asOf) })];
  });
}

function filtered(query: ConferenceListFilter, where: Where): Where {
  const startsAt = period(query.from, query.to);
  return { ...where, ...(query.holderId ? { holderId: query.holderId } : {}), ...(startsAt ? { startsAt } : {}) };
}

const moderatorName = (view: ConferenceViewEntity) =>
  [view.template.moderator.surname, view.template.moderator.name, view.template.moderator.patronymic].filter(Boolean).join(' ');

/** The public face of a conference: its Q&A, the moderator's name and position, never who asked nor the moderator's IIN or contacts. */
function toPublicView(view: ConferenceViewEntity, questions: readonly ConferenceQuestionEntity[], asOf: string): PublicConferenceView {
  return {
    conferenceId: view.conferenceId,
    holderId: view.holderId,
    phase: phaseAt(view, asOf),
    startsAt: view.startsAt.toISOString(),
    endsAt: view.endsAt.toISOString(),
    title: view.template.title,
    summary: view.template.summary,
    description: view.template.description,
    moderator: { name: moderatorName(view), position: view.template.moderator.position },
    questions: questions
      .filter((question) => question.conferenceId === view.conferenceId)
      .map((question) => ({
        questionId: question.questionId,
        askedBy: question.askedBy,
        text: question.text,
        redacted: question.redacted,
        askedAt: question.askedAt.toISOString(),
        answer:
          question.answerText !== null && question.answeredAt
            ? { text: question.answerText, redacted: question.answerRedacted, answeredAt: question.answeredAt.toISOString() }
            : null,
      })),
  };
}

/** The asker's own questions: newest first, the key of the askers' table. */
const MY_QUESTIONS_KEY = [
  { expr: 'a.asked_at', type: 'timestamptz', direction: 'DESC' },
  { expr: 'a.question_id', type: 'uuid', direction: 'ASC' },
] as const;

interface MyQuestionRow {
  question_id: string;
  conference_id: string;
  holder_id: string;
  title: PublicConferenceView['title'];
  status: string;
  starts_at: Date;
  ends_at: Date;
  text: string;
  redacted: boolean;
  asked_at: Date;
  answer_text: string | null;
  answer_redacted: boolean;
  answered_at: Date | null;
  answer_late: boolean | null;
}

@Controller()
export class ConferenceQueriesHandler extends ReadModelQueries {
  private questionsOf(conferenceIds: readonly string[]): Promise<ConferenceQuestionEntity[]> {
    if (conferenceIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(ConferenceQuestionEntity)
      .find({ where: { conferenceId: In([...conferenceIds]) }, order: { askedAt: 'ASC', questionId: 'ASC' } });
  }

  /** Public: published conferences in the phases asked (upcoming and open by default; `ended` is the archive), soonest first, with their Q&A. */
  @Answers(publicConferences)
  async publicConferences(@Payload() query: PublicConferencesQuery): Promise<PublicConferencesReply> {
    await awaitPosition(this.watch, query);
    const page = await findPage(this.dataSource.getRepository(ConferenceViewEntity), {
      where: publicWhere(query),
      key: SOONEST_FIRST,
      page: query,
      count: true,
    });
    const questions = await this.questionsOf(page.items.map((view) => view.conferenceId));
    return { ...page, items: page.items.map((view) => toPublicView(view, questions, query.asOf)), projectionPosition: this.watch.position };
  }

  /** Public: one conference with its Q&A, once published (and after it ended); any other id is not found. */
  @Answers(publicConference)
  async publicConference(@Payload() query: PublicConferenceQuery): Promise<PublicConferenceReply> {
    await awaitPosition(this.watch, query);
    const view = await this.dataSource.getRepository(ConferenceViewEntity).findOneBy({ conferenceId: query.conferenceId, status: In(PUBLIC_STATUSES) });
    if (!view) return { found: false, projectionPosition: this.watch.position };
    const conference = toPublicView(view, await this.questionsOf([view.conferenceId]), query.asOf);
    return { found: true, conference, projectionPosition: this.watch.position };
  }

  /** The holder's own conferences, in every state (or those of `statuses`), latest start first. */
  @Answers(agencyConferences)
  async agencyConferences(@Payload() query: AgencyConferencesQuery): Promise<AgencyConferencesReply> {
    await awaitPosition(this.watch, query);
    const statuses = query.statuses && query.statuses.length > 0 ? { status: In([...query.statuses]) } : {};
    const page = await findPage(this.dataSource.getRepository(ConferenceViewEntity), {
      where: filtered(query, { ...statuses, holderId: query.holderId }),
      key: LATEST_FIRST,
      page: query,
      count: true,
    });
    return {
      ...page,
      projectionPosition: this.watch.position,
      items: page.items.map((view) => ({
        conferenceId: view.conferenceId,
        holderId: view.holderId,
        status: view.status,
        phase: phaseAt(view, query.asOf),
        startsAt: view.startsAt.toISOString(),
        endsAt: view.endsAt.toISOString(),
        title: view.template.title,
        returnReason: view.returnReason,
        announcement:
          view.announcementUrl && view.announcedAt
            ? {
                url: view.announcementUrl,
                announcedAt: view.announcedAt.toISOString(),
                publishedAt: view.publishedAt?.toISOString() ?? null,
                late: view.announcementLate === true,
              }
            : null,
        questionCount: view.questionCount,
        unansweredCount: view.unansweredCount,
        updatedAt: view.updatedAt.toISOString(),
      })),
    };
  }

  /** The operator's queue (C1): templates sent and not yet approved or returned, earliest start first. */
  @Answers(waitingConferenceTemplates)
  async waitingTemplates(@Payload() query: WaitingTemplatesQuery): Promise<WaitingTemplatesReply> {
    await awaitPosition(this.watch, query);
    const page = await findPage(this.dataSource.getRepository(ConferenceViewEntity), {
      where: filtered(query, { status: 'submitted' }),
      key: SOONEST_FIRST,
      page: query,
      count: true,
    });
    return {
      ...page,
      projectionPosition: this.watch.position,
      items: page.items.map((view) => ({
        conferenceId: view.conferenceId,
        holderId: view.holderId,
        submittedAt: (view.submittedAt ?? view.updatedAt).toISOString(),
        startsAt: view.startsAt.toISOString(),
        endsAt: view.endsAt.toISOString(),
        template: view.template,
      })),
    };
  }

  /** The asker's own questions across conferences, newest first, each with its conference and the answer once given. */
  @Answers(myConferenceQuestions)
  async myQuestions(@Payload() query: MyQuestionsQuery): Promise<MyQuestionsReply> {
    await awaitPosition(this.watch, query);
    const limit = pageLimit(query);
    const after = keysetSql(MY_QUESTIONS_KEY, cursorKey(query.cursor, MY_QUESTIONS_KEY.length), 2);
    const rows: MyQuestionRow[] = await this.dataSource.query(
      `SELECT a.question_id, a.asked_at, q.conference_id, q.text, q.redacted, q.answer_text, q.answer_redacted, q.answered_at, q.answer_late,
              c.holder_id, c.template->'title' AS title, c.status, c.starts_at, c.ends_at
         FROM read_models.conference_question_askers a
         JOIN read_models.conference_questions q ON q.question_id = a.question_id
         JOIN read_models.conference_views c ON c.conference_id = q.conference_id
        WHERE a.asker_id = $1 AND ${after.sql}
        ORDER BY a.asked_at DESC, a.question_id ASC
        LIMIT ${limit + 1}`,
      [query.askerId, ...after.params],
    );
    const [{ total }] = (await this.dataSource.query('SELECT count(*)::int AS total FROM read_models.conference_question_askers WHERE asker_id = $1', [
      query.askerId,
    ])) as [{ total: number }];
    const page = pageFrom(rows, limit, (row) => [new Date(row.asked_at).toISOString(), row.question_id], total);
    return {
      ...page,
      projectionPosition: this.watch.position,
      items: page.items.map((row) => ({
        questionId: row.question_id,
        conferenceId: row.conference_id,
        holderId: row.holder_id,
        conferenceTitle: row.title,
        phase: phaseAt({ status: row.status, startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at) }, query.asOf),
        text: row.text,
        redacted: row.redacted,
        askedAt: new Date(row.asked_at).toISOString(),
        status: row.answer_text !== null && row.answered_at ? 'answered' : 'awaiting_answer',
        answer:
          row.answer_text !== null && row.answered_at
            ? { text: row.answer_text, redacted: row.answer_redacted, answeredAt: new Date(row.answered_at).toISOString(), late: row.answer_late === true }
            : null,
      })),
    };
  }
}
