import { Field, Int, ObjectType } from '@nestjs/graphql';
import { BulkItemErrorModel, BulkItemStatus } from '../common/bulk.js';
import { MutationPayload } from '../common/payload.js';
import { MeasurementModel } from './measurement.model.js';

@ObjectType('MeasurementResult', {
  description: 'What recordMeasurements did with one item of its input.',
})
export class MeasurementResultModel {
  @Field(() => Int, { description: 'The position of the item in the input, from 0.' })
  index!: number;

  @Field(() => BulkItemStatus, { description: 'CREATED, UNCHANGED (recorded already) or FAILED.' })
  status!: BulkItemStatus;

  @Field(() => MeasurementModel, {
    nullable: true,
    description: 'The measurement as stored (the one recorded before, when UNCHANGED); null when FAILED.',
  })
  measurement!: MeasurementModel | null;

  @Field(() => BulkItemErrorModel, { nullable: true, description: 'Why the item failed; null otherwise.' })
  error!: BulkItemErrorModel | null;
}

@ObjectType('BulkMeasurementsPayload', {
  description:
    'The answer of recordMeasurements: a result for every item of the input, in input order, and the counts; `userErrors` when the call as a whole was refused.',
})
export class BulkMeasurementsPayload extends MutationPayload {
  @Field(() => [MeasurementResultModel], {
    description:
      'One result per input item, in input order; empty when the whole call was refused (see `userErrors`: e.g. more items than MAX_BATCH_SIZE).',
    complexity: ({ childComplexity }) => childComplexity,
  })
  results!: MeasurementResultModel[];

  @Field(() => Int, { description: 'Items recorded now.' })
  created!: number;

  @Field(() => Int, { description: 'Items recorded already with the same value: nothing written.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Items refused (see their `error`): nothing of them is stored.' })
  failed!: number;
}
