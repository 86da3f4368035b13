import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A user's in-app notices, as the notifications service issued them (`notice-<userId>`). */
@Entity({ schema: 'read_models', name: 'notice_views' })
export class NoticeViewEntity {
  @PrimaryColumn('uuid', { name: 'notice_id' })
  noticeId!: string;

  @Column('text', { name: 'user_id' })
  userId!: string;

  @Column('text')
  kind!: string;

  @Column('uuid', { name: 'request_id', nullable: true })
  requestId!: string | null;

  /** C5: the topic application whose decision it tells of. */
  @Column('uuid', { name: 'application_id', nullable: true })
  applicationId!: string | null;

  @Column('text')
  language!: string;

  @Column('text')
  title!: string;

  @Column('text')
  body!: string;

  @Column('uuid', { name: 'caused_by_event_id' })
  causedByEventId!: string;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt!: Date;

  @Column('text')
  position!: string;
}
