import type { CostSharingKeySpec } from '@gevinst/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One version of a key's rules. A version used by a stored allocation run is never changed: editing the
 * key then creates the next version.
 */
@Entity({ name: 'cost_sharing_key_versions' })
export class CostSharingKeyVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'key_id', type: 'uuid' })
  keyId!: string;

  @Column({ name: 'version_number', type: 'integer' })
  versionNumber!: number;

  @Column({ type: 'jsonb' })
  spec!: CostSharingKeySpec;

  /** The year whose population figures the population driver uses. */
  @Column({ name: 'population_year', type: 'integer', nullable: true })
  populationYear!: number | null;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;
}
