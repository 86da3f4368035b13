import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A holder's public blog feed: accepted requests and their answers. It never holds who wrote the request
 * (no author IIN/BIN, kind, name or phone): only subject, text, dates and the answer.
 */
@Entity({ schema: 'read_models', name: 'blog_posts' })
export class BlogPostEntity {
  @PrimaryColumn('uuid', { name: 'request_id' })
  requestId!: string;

  @Column('text', { name: 'holder_id' })
  holderId!: string;

  /** Accepted by the holder whose feed it is in; until then (or once sent on elsewhere) not shown. */
  @Column('boolean')
  published!: boolean;

  @Column('text')
  subject!: string;

  /** Whether an IIN/BIN, phone number or e-mail address was masked in the subject or text (machine-redacted). */
  @Column('boolean')
  redacted!: boolean;

  @Column('text')
  text!: string;

  @Column('text')
  language!: string;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt!: Date;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @Column('text', { nullable: true })
  outcome!: 'answered' | 'refused' | null;

  @Column('text', { name: 'answer_text', nullable: true })
  answerText!: string | null;

  /** Whether something was masked in the answer's (or refusal's) text. */
  @Column('boolean', { name: 'answer_redacted' })
  answerRedacted!: boolean;

  @Column('timestamptz', { name: 'answered_at', nullable: true })
  answeredAt!: Date | null;
}
