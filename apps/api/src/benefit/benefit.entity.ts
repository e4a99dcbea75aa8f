import {
  BenefitCategory,
  BenefitStatus,
  IndicatorDirection,
  IndicatorKind,
  MeasurementFrequency,
} from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../common/versioned-entity.js';
import { decimalColumn } from '../common/decimal.js';

/** A benefit (gevinst) of an initiative, with its indicator, baseline and monetary value per unit. */
@Entity({ name: 'benefits' })
export class BenefitEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text' })
  category!: BenefitCategory;

  @Column({ name: 'is_dis_benefit', type: 'boolean', default: false })
  isDisBenefit!: boolean;

  @Column({ name: 'receiving_organisation_id', type: 'uuid', nullable: true })
  receivingOrganisationId!: string | null;

  @Column({ name: 'owner_name', type: 'text' })
  ownerName!: string;

  @Column({ name: 'owner_role', type: 'text', default: '' })
  ownerRole!: string;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @Column({ name: 'indicator_name', type: 'text' })
  indicatorName!: string;

  @Column({ name: 'indicator_unit', type: 'text' })
  indicatorUnit!: string;

  @Column({ type: 'text' })
  direction!: IndicatorDirection;

  /** Decimal string without trailing zeros. */
  @Column({ name: 'baseline_value', type: 'numeric', precision: 20, scale: 6, transformer: decimalColumn })
  baselineValue!: string;

  @Column({ name: 'baseline_date', type: 'date' })
  baselineDate!: string;

  /** The date the effect can begin; null: the baseline date. Nothing is valued before it. */
  @Column({ name: 'effect_start', type: 'date', nullable: true })
  effectStart!: string | null;

  /** How the indicator's values turn into NOK a year (cost-model's valuation). */
  @Column({ name: 'indicator_kind', type: 'text', default: IndicatorKind.RATE })
  indicatorKind!: IndicatorKind;

  /** NOK per indicator unit of improvement, two decimals; null when not monetised. */
  @Column({ name: 'value_per_unit', type: 'numeric', precision: 15, scale: 2, nullable: true })
  valuePerUnit!: string | null;

  @Column({ name: 'measurement_method', type: 'text', default: '' })
  measurementMethod!: string;

  @Column({ name: 'measurement_frequency', type: 'text' })
  measurementFrequency!: MeasurementFrequency;

  @Column({ type: 'text' })
  status!: BenefitStatus;

  /** Moved by the database in the writing transaction whenever the row or one of its children changes. */
  @Column({ name: 'last_activity_at', type: 'timestamptz', insert: false, update: false })
  lastActivityAt!: Date;
}
