import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per holder, employee and role: the operator's and the agency's view of AWP access (C7). */
@Entity({ schema: 'read_models', name: 'awp_access_views' })
export class AwpAccessViewEntity {
  @PrimaryColumn('text', { name: 'holder_id' })
  holderId!: string;

  @PrimaryColumn('text', { name: 'employee_iin' })
  employeeIin!: string;

  @PrimaryColumn('text')
  role!: string;

  @Column('text')
  status!: string;

  @Column('boolean')
  trained!: boolean;

  /** The reason of the last denial or revocation. */
  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
