import type { YearCalendar } from '@od/calendar';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A version of a year's working-day calendar published as a fact (`CalendarYearPublished`) and accepted as newer than those before. */
@Entity({ schema: 'read_models', name: 'calendar_versions' })
export class CalendarVersionEntity {
  @PrimaryColumn('integer')
  year!: number;

  @PrimaryColumn('text')
  version!: string;

  @Column('timestamptz', { name: 'published_at' })
  publishedAt!: Date;

  /** When the fact was recorded. */
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('text')
  note!: string;

  @Column('jsonb')
  calendar!: YearCalendar;
}
