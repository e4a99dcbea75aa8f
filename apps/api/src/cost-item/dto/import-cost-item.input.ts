import { Field, InputType, OmitType } from '@nestjs/graphql';
import { CreateCostItemInput } from './create-cost-item.input.js';

@InputType({
  description:
    'A cost item to import: created when the initiative has no item with its externalId, updated when it has one with other values, left alone (UNCHANGED) when the values are the same.',
})
export class ImportCostItemInput extends OmitType(CreateCostItemInput, ['externalId'] as const, InputType) {
  @Field({
    description:
      "The sender's own reference for the item (at most 200 characters): the key the import upserts by, unique per initiative.",
  })
  externalId!: string;
}
