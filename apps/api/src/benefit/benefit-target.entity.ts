import { Column, Entity, PrimaryColumn } from 'typeorm';
import { decimalColumn } from '../common/decimal.js';

/** A point of a benefit's planned trajectory: the indicator value planned at a date. */
@Entity({ name: 'benefit_targets' })
export class BenefitTargetEntity {
  @PrimaryColumn({ name: 'benefit_id', type: 'uuid' })
  benefitId!: string;

  @PrimaryColumn({ name: 'target_date', type: 'date' })
  date!: string;

  @Column({ type: 'numeric', precision: 20, scale: 6, transformer: decimalColumn })
  value!: string;
}
