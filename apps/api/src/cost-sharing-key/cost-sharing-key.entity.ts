import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A named cost-sharing key, reusable across initiatives. Its rules live in versions. */
@Entity({ name: 'cost_sharing_keys' })
export class CostSharingKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'owner_organisation_id', type: 'uuid' })
  ownerOrganisationId!: string;

  /** The number of the latest key version. */
  @Column({ name: 'current_version', type: 'integer', default: 1 })
  currentVersion!: number;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  /** Optimistic lock of the record. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
