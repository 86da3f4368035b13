import type { HolderKind, HolderLanguage, LocalizedName, Order145TextId, StateParticipation } from '@od/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per registered holder (B3), as its facts say: names, kind, state participation with its source,
 * the languages it answers in, and the texts of Order 145 under which its first head has a blog.
 */
@Entity({ schema: 'read_models', name: 'holder_views' })
export class HolderViewEntity {
  @PrimaryColumn('text', { name: 'holder_id' })
  holderId!: string;

  @Column('text')
  kind!: HolderKind;

  @Column('jsonb')
  name!: LocalizedName;

  @Column('jsonb', { name: 'state_participation', nullable: true })
  stateParticipation!: StateParticipation | null;

  @Column('text', { array: true })
  languages!: HolderLanguage[];

  /** The texts of Order 145 under which the holder's first head has a blog (`blogEligibility`, at fold time). */
  @Column('text', { name: 'blog_under', array: true })
  blogUnder!: Order145TextId[];

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
