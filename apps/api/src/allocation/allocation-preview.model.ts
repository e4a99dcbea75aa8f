import { Field, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { AllocationPreviewLineModel } from './allocation-preview-line.model.js';
import { listOf, MAX_MUNICIPALITY_ROWS } from '../graphql/complexity.js';
import { declareMoneyAliases, useAmount } from '../common/money-alias.js';

@ObjectType('AllocationPreview', { description: 'What a key would give, computed without storing anything.' })
export class AllocationPreviewModel {
  @Field(() => MoneyScalar, {
    description: 'NOK: the sum of the lines (the same as allocatedAmount).',
    deprecationReason: 'The same as allocatedAmount: use allocatedAmount.',
  })
  total!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'NOK: what the allocation is compared with: the `total` asked for, else the planned costs of the year; null when there is neither.',
  })
  costItemAmount!: string | null;

  @Field(() => MoneyScalar, {
    deprecationReason: useAmount('allocatedAmount'),
    description: 'NOK: the sum of the lines.',
  })
  allocatedTotal!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'NOK, signed: costItemAmount − allocatedTotal (positive: part of the cost is allocated to nobody; negative: the participants would pay more than the cost). Null without a costItemAmount.',
  })
  difference!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the difference is zero. A run of a key that does not reconcile needs reconciliation SET_COST_ITEM_FROM_KEY or ACCEPT_DIFFERENCE. Null without a costItemAmount.',
  })
  reconciles!: boolean | null;

  @Field(() => Boolean, {
    description:
      'Whether the key always allocates exactly the amount it is given (false for PER_UNIT, and for BANDS without a total).',
  })
  keyFixesTotal!: boolean;

  @Field(() => [AllocationPreviewLineModel], {
    description: 'One line per paying participant.',
    complexity: listOf(MAX_MUNICIPALITY_ROWS),
  })
  lines!: AllocationPreviewLineModel[];
}
declareMoneyAliases(AllocationPreviewModel, [
  { old: 'allocatedTotal', amount: 'allocatedAmount', description: 'NOK: the sum of the lines.' },
]);
