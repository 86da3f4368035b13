import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far a projection has folded the store, written in the same transaction as the views. */
@Entity({ schema: 'read_models', name: 'checkpoints' })
export class CheckpointEntity {
  @PrimaryColumn('text')
  name!: string;

  /** `<transactionId>:<sequence>`, see GlobalPosition. */
  @Column('text')
  position!: string;

  @Column('bigint', { name: 'stream_sequence', nullable: true })
  streamSequence!: string | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
