import { RiskLevel } from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A risk to a benefit's realisation, with its likelihood, impact and mitigation. */
@Entity({ name: 'benefit_risks' })
export class BenefitRiskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'benefit_id', type: 'uuid' })
  benefitId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  likelihood!: RiskLevel;

  @Column({ type: 'text' })
  impact!: RiskLevel;

  @Column({ type: 'text', default: '' })
  mitigation!: string;
}
