import type { ClockExplanation, ClockKind, ClockStatus } from '@od/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type { ClockKind, ClockStatus };
export const CLOCK_STATUSES: readonly ClockStatus[] = ['running', 'met', 'met_late', 'breached', 'superseded'];

/**
 * One row per deadline clock (DESIGN §2), as the clocks service recorded it in `deadline-<requestId>`
 * (R2–R6), `conferencedeadline-<conferenceId|applicationId>` (C3, C4, C5) or `surveydeadline-<surveyId>` (C3):
 * this service never computes a due instant, it only folds the facts.
 */
@Entity({ schema: 'read_models', name: 'deadline_clocks' })
export class ClockViewEntity {
  @PrimaryColumn('text')
  kind!: ClockKind;

  /** The request, the conference (C3, C4), the topic application (C5) or the survey. */
  @PrimaryColumn('uuid', { name: 'subject_id' })
  subjectId!: string;

  @PrimaryColumn('text')
  rule!: string;

  @PrimaryColumn('text', { name: 'clock_id' })
  clockId!: string;

  /** Request clocks only (the request views join on it). */
  @Column('uuid', { name: 'request_id', nullable: true })
  requestId!: string | null;

  /** C4: the question the clock is for. */
  @Column('text', { name: 'question_id', nullable: true })
  questionId!: string | null;

  @Column('text', { name: 'holder_id' })
  holderId!: string;

  @Column('text')
  status!: ClockStatus;

  /** Started and not yet stopped: the obligation is still owed (even when already breached). */
  @Column('boolean')
  open!: boolean;

  @Column('timestamptz', { name: 'due_at' })
  dueAt!: Date;

  @Column('timestamptz', { name: 'warn_at', nullable: true })
  warnAt!: Date | null;

  @Column('timestamptz', { name: 'started_at', nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { name: 'warned_at', nullable: true })
  warnedAt!: Date | null;

  @Column('timestamptz', { name: 'breached_at', nullable: true })
  breachedAt!: Date | null;

  @Column('timestamptz', { name: 'stopped_at', nullable: true })
  stoppedAt!: Date | null;

  @Column('integer')
  recomputations!: number;

  /** How the due instant was counted (the latest ClockStarted or ClockRecomputed); null in rows folded before migration 009. */
  @Column('jsonb', { nullable: true })
  explanation!: ClockExplanation | null;
}
