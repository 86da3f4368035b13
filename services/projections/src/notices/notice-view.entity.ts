import type { NoticeClock, NoticeText, UiLanguage } from '@od/contracts';
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

  /** When the fact it tells of happened (null: a notice issued before it was kept). */
  @Column('timestamptz', { name: 'fact_at', nullable: true })
  factAt!: Date | null;

  /** Where a term runs: its exclusive due instant. */
  @Column('timestamptz', { name: 'due_at', nullable: true })
  dueAt!: Date | null;

  /** A staff notice: the clock that warned or breached (rule, subject). */
  @Column('jsonb', { nullable: true })
  clock!: NoticeClock | null;

  /** A staff notice: its title and body in every UI language, read in the reader's. */
  @Column('jsonb', { nullable: true })
  texts!: Readonly<Record<UiLanguage, NoticeText>> | null;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt!: Date;

  @Column('text')
  position!: string;
}
