import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../common/versioned-entity.js';

/** A named cost-sharing key, reusable across initiatives. Its rules live in versions. */
@Entity({ name: 'cost_sharing_keys' })
export class CostSharingKeyEntity extends VersionedEntity {
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

  /** Optimistic lock of the record. */
}
