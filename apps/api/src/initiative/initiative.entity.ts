import { InitiativePhase, LifeEvent } from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../common/versioned-entity.js';

@Entity({ name: 'initiatives' })
export class InitiativeEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ name: 'ministry_id', type: 'uuid' })
  ministryId!: string;

  @Column({ name: 'life_event', type: 'text', nullable: true })
  lifeEvent!: LifeEvent | null;

  @Column({ type: 'text' })
  phase!: InitiativePhase;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  /** The analysis's lifetime in years; null: the default (10). */
  @Column({ name: 'analysis_lifetime_years', type: 'smallint', nullable: true })
  lifetimeYears!: number | null;

  /** NOK, the residual value at the end of the analysis period; null: none. */
  @Column({ name: 'residual_value', type: 'numeric', precision: 15, scale: 2, nullable: true })
  residualValue!: string | null;

  /**
   * NOK, the annual running cost (operation and maintenance) of the service before the project: the solution's
   * O&M above it is netted against the co-financing take-out; null: not stated (counted as 0).
   */
  @Column({ name: 'pre_project_running_cost', type: 'numeric', precision: 15, scale: 2, nullable: true })
  preProjectRunningCost!: string | null;

  /** The analysis's price-base year; null: the start year. */
  @Column({ name: 'price_base_year', type: 'integer', nullable: true })
  priceBaseYear!: number | null;

  /** The default cost-sharing key of the initiative's cost items. */
  @Column({ name: 'cost_sharing_key_id', type: 'uuid', nullable: true })
  costSharingKeyId!: string | null;

  /** Moved by the database in the writing transaction whenever the row or one of its children changes. */
  @Column({ name: 'last_activity_at', type: 'timestamptz', insert: false, update: false })
  lastActivityAt!: Date;
}
