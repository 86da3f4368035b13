import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per topic application (C5): what was asked of which holder, by whom (the applicant's IIN/BIN, to
 * answer "mine"; never shown to the agency), by when it is to be decided, and the decision with a refusal's reason.
 */
@Entity({ schema: 'read_models', name: 'topic_application_views' })
export class TopicApplicationViewEntity {
  @PrimaryColumn('uuid', { name: 'application_id' })
  applicationId!: string;

  @Column('text', { name: 'holder_id' })
  holderId!: string;

  @Column('text', { name: 'applicant_kind' })
  applicantKind!: 'citizen' | 'organisation';

  @Column('text', { name: 'applicant_id' })
  applicantId!: string;

  @Column('text')
  topic!: string;

  @Column('text')
  text!: string;

  @Column('text')
  language!: 'kk' | 'ru' | 'en';

  @Column('text')
  status!: 'submitted' | 'accepted' | 'refused';

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt!: Date;

  @Column('timestamptz', { name: 'decision_due_at' })
  decisionDueAt!: Date;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column('boolean', { name: 'decision_late', nullable: true })
  decisionLate!: boolean | null;

  @Column('text', { name: 'refusal_reason', nullable: true })
  refusalReason!: string | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
