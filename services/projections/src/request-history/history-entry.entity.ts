import type { LocalizedText } from '@od/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type { LocalizedText };

/** One row per request or clock fact: the request's whole history, in store order. */
@Entity({ schema: 'read_models', name: 'request_history' })
export class HistoryEntryEntity {
  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('uuid', { name: 'request_id' })
  requestId!: string;

  @Column('text')
  position!: string;

  /** The position as numbers, to order by. */
  @Column('bigint', { name: 'position_tx' })
  positionTx!: string;

  @Column('bigint', { name: 'position_seq' })
  positionSeq!: string;

  @Column('text')
  type!: string;

  @Column('text', { name: 'holder_id', nullable: true })
  holderId!: string | null;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  @Column('jsonb')
  summary!: LocalizedText;
}
