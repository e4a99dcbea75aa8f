import { Field, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { AllocationPreviewLineModel } from './allocation-preview-line.model.js';
import { listOf, MAX_MUNICIPALITY_ROWS } from '../graphql/complexity.js';

@ObjectType('AllocationPreview', { description: 'What a key would give, computed without storing anything.' })
export class AllocationPreviewModel {
  @Field(() => MoneyScalar)
  total!: string;

  @Field(() => [AllocationPreviewLineModel], { complexity: listOf(MAX_MUNICIPALITY_ROWS) })
  lines!: AllocationPreviewLineModel[];
}
