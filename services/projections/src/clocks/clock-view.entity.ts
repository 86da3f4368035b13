import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ClockStatus = 'running' | 'met' | 'met_late' | 'breached' | 'superseded';
export const CLOCK_STATUSES: readonly ClockStatus[] = ['running', 'met', 'met_late', 'breached', 'superseded'];

/**
 * One row per deadline clock (DESIGN §2), as the clocks service recorded it in `deadline-<requestId>`:
 * this service never computes a due instant, it only folds the facts.
 */
@Entity({ schema: 'read_models', name: 'deadline_clocks' })
export class ClockViewEntity {
  @PrimaryColumn('uuid', { name: 'request_id' })
  requestId!: string;

  @PrimaryColumn('text')
  rule!: string;

  @PrimaryColumn('text', { name: 'clock_id' })
  clockId!: string;

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
}
