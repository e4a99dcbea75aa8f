import type { CoFinancingCallStatus, CoFinancingRuleSet } from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../common/versioned-entity.js';

/** A co-financing call (utlysning): one a year, with the rule set in force for that year as a snapshot. */
@Entity({ name: 'co_financing_calls' })
export class CoFinancingCallEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ type: 'text' })
  status!: CoFinancingCallStatus;

  /** The rule set of the call's year when the call was created (libs/domain CO_FINANCING_RULE_SETS). */
  @Column({ name: 'rule_set', type: 'jsonb' })
  ruleSet!: CoFinancingRuleSet;
}
