import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per holder: the numbers the annual access-to-information report uses (B2). */
@Entity({ schema: 'read_models', name: 'holder_statistics' })
export class HolderStatisticsEntity {
  @PrimaryColumn('text', { name: 'holder_id' })
  holderId!: string;

  @Column('integer') received!: number;
  @Column('integer') accepted!: number;
  @Column('integer') redirected!: number;
  @Column('integer') returned!: number;
  @Column('integer') answered!: number;
  /** From the R4 clocks: met on time, or met after the due instant (stopped late, or breached `metLate`). */
  @Column('integer', { name: 'answered_on_time' }) answeredOnTime!: number;
  @Column('integer', { name: 'answered_late' }) answeredLate!: number;
  @Column('integer') refused!: number;
  @Column('integer') extended!: number;
  /** Clocks of any rule that passed their due instant unmet. */
  @Column('integer', { name: 'deadlines_breached' }) deadlinesBreached!: number;
  @Column('integer') likes!: number;
  @Column('integer') dislikes!: number;
  /** Reason text → count; reasons are stored with IINs/BINs, phone numbers and e-mail addresses masked. */
  @Column('jsonb', { name: 'dislike_reasons' }) dislikeReasons!: Record<string, number>;
  /** Whether any reason had something masked (machine-redacted). */
  @Column('boolean', { name: 'dislike_reasons_redacted' }) dislikeReasonsRedacted!: boolean;
  /** When the last fact counted here happened. */
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

/** How one R4 clock has been counted, so a late answer reported twice (stopped late, breached metLate) counts once. */
@Entity({ schema: 'read_models', name: 'statistics_answer_clocks' })
export class AnswerClockTimingEntity {
  @PrimaryColumn('uuid', { name: 'request_id' })
  requestId!: string;

  @PrimaryColumn('text', { name: 'clock_id' })
  clockId!: string;

  @Column('text', { name: 'holder_id' })
  holderId!: string;

  @Column('text')
  timing!: AnswerTiming;

  /** The Almaty day the answer was first counted on (null for rows folded before migration 013). */
  @Column('date', { name: 'counted_on', nullable: true })
  countedOn!: string | null;
}

/** A holder's figures for one Almaty day: the facts that happened that day; a period's figures are the sum of its days. */
@Entity({ schema: 'read_models', name: 'holder_daily_statistics' })
export class HolderDailyStatisticsEntity extends HolderStatisticsEntity {
  /** 'YYYY-MM-DD' in Asia/Almaty. */
  @PrimaryColumn('date')
  day!: string;
}

export type AnswerTiming = 'on_time' | 'late';
