import { Field, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { AllocationPreviewLineModel } from './allocation-preview-line.model.js';

@ObjectType('AllocationPreview', { description: 'What a key would give, computed without storing anything.' })
export class AllocationPreviewModel {
  @Field(() => MoneyScalar)
  total!: string;

  @Field(() => [AllocationPreviewLineModel])
  lines!: AllocationPreviewLineModel[];
}
