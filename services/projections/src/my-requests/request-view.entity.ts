import type { RedirectStep } from '@od/contracts';
import { type RequestStatus } from '@od/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type { RedirectStep };

/**
 * One row per request: what its author sees, and the agency's queue.
 * `status`: the domain's `RequestStatus` — received (at its current holder, awaiting moderation, whether
 * submitted there or redirected there, R2) | accepted | returned | answered | refused. `holderId` is the current holder.
 */
@Entity({ schema: 'read_models', name: 'request_views' })
export class RequestViewEntity {
  @PrimaryColumn('uuid', { name: 'request_id' })
  requestId!: string;

  @Column('text', { name: 'holder_id' })
  holderId!: string;

  @Column('text', { name: 'author_kind' })
  authorKind!: string;

  @Column('text', { name: 'author_id' })
  authorId!: string;

  @Column('text')
  subject!: string;

  @Column('text')
  text!: string;

  @Column('text')
  language!: string;

  @Column('text')
  status!: RequestStatus;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt!: Date;

  /** When the current holder received it: submission, or the last redirect's receipt. */
  @Column('timestamptz', { name: 'received_at', nullable: true })
  receivedAt!: Date | null;

  @Column('timestamptz', { name: 'status_changed_at', nullable: true })
  statusChangedAt!: Date | null;

  /** The chain of holders the request went through (R2), oldest first. */
  @Column('jsonb', { default: () => `'[]'::jsonb` })
  redirects!: RedirectStep[];

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @Column('text', { name: 'answer_text', nullable: true })
  answerText!: string | null;

  @Column('timestamptz', { name: 'answered_at', nullable: true })
  answeredAt!: Date | null;

  /** Of a return (R3) or a refusal (R6). */
  @Column('text', { name: 'reason_code', nullable: true })
  reasonCode!: string | null;

  @Column('text', { name: 'reason_text', nullable: true })
  reasonText!: string | null;

  /** R5: the days the first head added. */
  @Column('integer', { name: 'extended_days', nullable: true })
  extendedDays!: number | null;

  @Column('text', { nullable: true })
  rating!: string | null;

  @Column('text', { name: 'rating_reason', nullable: true })
  ratingReason!: string | null;

  /** Store position of the last fact folded in. */
  @Column('text')
  position!: string;
}
