import type { ConferenceTemplate } from '@od/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per conference: its template, where it stands (draft → submitted → published → closed, or
 * returned), the announcement (C3) and the count of questions. The template (with the moderator's IIN and
 * contacts, C8) is shown to the agency and the operator only; the public reply picks name and position.
 */
@Entity({ schema: 'read_models', name: 'conference_views' })
export class ConferenceViewEntity {
  @PrimaryColumn('uuid', { name: 'conference_id' })
  conferenceId!: string;

  @Column('text', { name: 'holder_id' })
  holderId!: string;

  @Column('text')
  status!: string;

  @Column('jsonb')
  template!: ConferenceTemplate;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Column('timestamptz', { name: 'ends_at' })
  endsAt!: Date;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  @Column('text', { name: 'return_reason', nullable: true })
  returnReason!: string | null;

  @Column('text', { name: 'announcement_url', nullable: true })
  announcementUrl!: string | null;

  /** C3: when the platform recorded the announcement (the time its clock is judged at). */
  @Column('timestamptz', { name: 'announced_at', nullable: true })
  announcedAt!: Date | null;

  /** C3: the publication time the agency declared beside it, where it gave one. */
  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column('boolean', { name: 'announcement_late', nullable: true })
  announcementLate!: boolean | null;

  @Column('integer', { name: 'question_count' })
  questionCount!: number;

  @Column('integer', { name: 'unanswered_count' })
  unansweredCount!: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

/** One row per question. Public: it never holds who asked (no IIN/BIN), only whether a citizen or an organisation. */
@Entity({ schema: 'read_models', name: 'conference_questions' })
export class ConferenceQuestionEntity {
  @PrimaryColumn('uuid', { name: 'question_id' })
  questionId!: string;

  @Column('uuid', { name: 'conference_id' })
  conferenceId!: string;

  @Column('text', { name: 'asked_by' })
  askedBy!: 'citizen' | 'organisation';

  /** The question with IINs/BINs, phone numbers and e-mail addresses masked. */
  @Column('text')
  text!: string;

  /** Whether something was masked in the question (machine-redacted). */
  @Column('boolean')
  redacted!: boolean;

  @Column('timestamptz', { name: 'asked_at' })
  askedAt!: Date;

  @Column('text', { name: 'answer_text', nullable: true })
  answerText!: string | null;

  @Column('boolean', { name: 'answer_redacted' })
  answerRedacted!: boolean;

  @Column('timestamptz', { name: 'answered_at', nullable: true })
  answeredAt!: Date | null;

  @Column('boolean', { name: 'answer_late', nullable: true })
  answerLate!: boolean | null;
}

/** Who asked a question: apart from the public rows, read only for the asker's own list (GET /api/me/questions). */
@Entity({ schema: 'read_models', name: 'conference_question_askers' })
export class ConferenceQuestionAskerEntity {
  @PrimaryColumn('uuid', { name: 'question_id' })
  questionId!: string;

  /** The IIN or BIN the question's fact holds. */
  @Column('text', { name: 'asker_id' })
  askerId!: string;

  @Column('timestamptz', { name: 'asked_at' })
  askedAt!: Date;
}
