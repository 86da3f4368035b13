import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per survey: what the public, the agency and the operator see of it (C1, C3, C8). */
@Entity({ schema: 'read_models', name: 'survey_views' })
export class SurveyViewEntity {
  @PrimaryColumn('uuid', { name: 'survey_id' })
  surveyId!: string;

  @Column('text', { name: 'holder_id' })
  holderId!: string;

  @Column('text')
  category!: string;

  @Column('jsonb')
  name!: { kk: string; ru: string; en?: string };

  @Column('text', { name: 'launch_date' })
  launchDate!: string;

  @Column('text', { name: 'closing_date' })
  closingDate!: string;

  @Column('timestamptz', { name: 'opens_at' })
  opensAt!: Date;

  @Column('timestamptz', { name: 'closes_at' })
  closesAt!: Date;

  /** drafted, submitted, returned, approved, closed */
  @Column('text')
  status!: string;

  @Column('text', { name: 'results_visibility' })
  resultsVisibility!: string;

  @Column('jsonb')
  questions!: unknown[];

  @Column('text', { name: 'return_reason', nullable: true })
  returnReason!: string | null;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  @Column('timestamptz', { name: 'last_announced_at', nullable: true })
  lastAnnouncedAt!: Date | null;

  /** C3: the publication time the agency declared beside the latest announcement, where it gave one. */
  @Column('timestamptz', { name: 'last_published_at', nullable: true })
  lastPublishedAt!: Date | null;

  @Column('integer')
  announcements!: number;

  @Column('integer')
  ballots!: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

/** One row per answer option of a survey: its count of ballots. Created at 0 with the survey. */
@Entity({ schema: 'read_models', name: 'survey_option_tallies' })
export class SurveyOptionTallyEntity {
  @PrimaryColumn('uuid', { name: 'survey_id' })
  surveyId!: string;

  @PrimaryColumn('text', { name: 'option_id' })
  optionId!: string;

  @Column('text', { name: 'question_id' })
  questionId!: string;

  /** The option's place in its question (for display order). */
  @Column('integer')
  ordinal!: number;

  @Column('integer')
  count!: number;
}
