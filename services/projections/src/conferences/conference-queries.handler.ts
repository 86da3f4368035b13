import { Controller, Inject } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  agencyConferences,
  publicConferences,
  waitingConferenceTemplates,
  type AgencyConferencesQuery,
  type AgencyConferencesReply,
  type ConferencePhase,
  type PublicConferencesQuery,
  type PublicConferencesReply,
  type WaitingTemplatesQuery,
  type WaitingTemplatesReply,
} from '@od/contracts';
import { Answers } from '@od/platform';
import { DataSource, In, MoreThan } from 'typeorm';
import { CheckpointWatch } from '../checkpoints/checkpoint-watch';
import { awaitPosition } from '../querying/read-your-write';
import { ConferenceQuestionEntity, ConferenceViewEntity } from './conference-view.entity';

function phaseAt(view: ConferenceViewEntity, asOf: string): ConferencePhase {
  const at = Date.parse(asOf);
  if (at < view.startsAt.getTime()) return 'upcoming';
  return at < view.endsAt.getTime() ? 'open' : 'ended';
}

const moderatorName = (view: ConferenceViewEntity) =>
  [view.template.moderator.surname, view.template.moderator.name, view.template.moderator.patronymic].filter(Boolean).join(' ');

@Controller()
export class ConferenceQueriesHandler {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CheckpointWatch) private readonly watch: CheckpointWatch,
  ) {}

  /** Public: published conferences not yet ended (upcoming or open at `asOf`), soonest first, with their Q&A; never who asked. */
  @Answers(publicConferences)
  async publicConferences(@Payload() query: PublicConferencesQuery): Promise<PublicConferencesReply> {
    await awaitPosition(this.watch, query);
    const asOf = query.asOf ?? new Date().toISOString();
    const views = await this.dataSource.getRepository(ConferenceViewEntity).find({
      where: { status: 'published', endsAt: MoreThan(new Date(asOf)) },
      order: { startsAt: 'ASC', conferenceId: 'ASC' },
      take: 200,
    });
    const questions =
      views.length === 0
        ? []
        : await this.dataSource
            .getRepository(ConferenceQuestionEntity)
            .find({ where: { conferenceId: In(views.map((view) => view.conferenceId)) }, order: { askedAt: 'ASC', questionId: 'ASC' } });
    return {
      projectionPosition: this.watch.position,
      items: views.map((view) => ({
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
      })),
    };
  }

  /** The holder's own conferences, in every state, latest start first. */
  @Answers(agencyConferences)
  async agencyConferences(@Payload() query: AgencyConferencesQuery): Promise<AgencyConferencesReply> {
    await awaitPosition(this.watch, query);
    const asOf = query.asOf ?? new Date().toISOString();
    const views = await this.dataSource
      .getRepository(ConferenceViewEntity)
      .find({ where: { holderId: query.holderId }, order: { startsAt: 'DESC', conferenceId: 'ASC' }, take: 500 });
    return {
      projectionPosition: this.watch.position,
      items: views.map((view) => ({
        conferenceId: view.conferenceId,
        holderId: view.holderId,
        status: view.status,
        phase: phaseAt(view, asOf),
        startsAt: view.startsAt.toISOString(),
        endsAt: view.endsAt.toISOString(),
        title: view.template.title,
        returnReason: view.returnReason,
        announcement:
          view.announcementUrl && view.announcedAt
            ? { url: view.announcementUrl, announcedAt: view.announcedAt.toISOString(), late: view.announcementLate === true }
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
    const views = await this.dataSource
      .getRepository(ConferenceViewEntity)
      .find({ where: { status: 'submitted' }, order: { startsAt: 'ASC', conferenceId: 'ASC' }, take: 500 });
    return {
      projectionPosition: this.watch.position,
      items: views.map((view) => ({
        conferenceId: view.conferenceId,
        holderId: view.holderId,
        submittedAt: (view.submittedAt ?? view.updatedAt).toISOString(),
        startsAt: view.startsAt.toISOString(),
        endsAt: view.endsAt.toISOString(),
        template: view.template,
      })),
    };
  }
}
