import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per request: what its author sees. */
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
  status!: string;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt!: Date;

  /** Store position of the last fact folded in. */
  @Column('text')
  position!: string;
}
