import { Field, Int, ObjectType } from '@nestjs/graphql';
import { BulkItemErrorModel, BulkItemStatus } from '../common/bulk.js';
import { MutationPayload } from '../common/payload.js';
import { CostItemModel } from './cost-item.model.js';

@ObjectType('CostItemResult', { description: 'What importCostItems did with one item of its input.' })
export class CostItemResultModel {
  @Field(() => Int, { description: 'The position of the item in the input, from 0.' })
  index!: number;

  @Field(() => BulkItemStatus, { description: 'CREATED, UPDATED, UNCHANGED or FAILED.' })
  status!: BulkItemStatus;

  @Field(() => CostItemModel, {
    nullable: true,
    description: 'The cost item as stored now; null when FAILED.',
  })
  costItem!: CostItemModel | null;

  @Field(() => BulkItemErrorModel, { nullable: true, description: 'Why the item failed; null otherwise.' })
  error!: BulkItemErrorModel | null;
}

@ObjectType('BulkCostItemsPayload', {
  description:
    'The answer of importCostItems: a result for every item of the input, in input order, and the counts; `userErrors` when the call as a whole was refused.',
})
export class BulkCostItemsPayload extends MutationPayload {
  @Field(() => [CostItemResultModel], {
    description:
      'One result per input item, in input order; empty when the whole call was refused (see `userErrors`: e.g. more items than MAX_BATCH_SIZE).',
    complexity: ({ childComplexity }) => childComplexity,
  })
  results!: CostItemResultModel[];

  @Field(() => Int, { description: 'Items created (their externalId was new to the initiative).' })
  created!: number;

  @Field(() => Int, { description: 'Items updated (stored with other values before).' })
  updated!: number;

  @Field(() => Int, { description: 'Items stored already with the same values: nothing written.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Items refused (see their `error`): nothing of them is stored.' })
  failed!: number;
}
