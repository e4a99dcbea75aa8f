import { CostCategory, FundingScheme } from '@gevinst/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { VersionedModel } from '../common/versioned-model.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

registerEnumType(CostCategory, {
  name: 'CostCategory',
  description: 'The kind of cost of a cost item.',
  valuesMap: {
    DEVELOPMENT: { description: 'Development (building the solution).' },
    OPERATION: { description: 'Operation (running the solution).' },
    MAINTENANCE: { description: 'Maintenance (keeping the solution up to date).' },
    LICENCE: { description: 'Licences.' },
    PERSONNEL: { description: "The organisation's own personnel." },
    OTHER: { description: 'Other costs.' },
  },
});

@ObjectType('CostItem', {
  description: 'A planned (and, once known, actual) cost of an initiative in one year.',
})
export class CostItemModel extends VersionedModel {
  @Field(() => ID, { description: "The cost item's id." })
  id!: string;

  initiativeId!: string;

  @Field(() => Int, { description: 'The year the cost falls in.' })
  year!: number;

  @Field(() => CostCategory, { description: "The cost item's category." })
  category!: CostCategory;

  @Field({ description: 'A free-text description of the cost item.' })
  description!: string;

  @Field(() => MoneyScalar, { description: 'The planned amount in NOK.' })
  plannedAmount!: string;

  @Field(() => MoneyScalar, { description: 'The actual amount in NOK; empty until known.', nullable: true })
  actualAmount!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The sender's own reference for the item (a finance system's voucher line), unique per initiative: importCostItems finds the item by it.",
  })
  externalId!: string | null;

  costSharingKeyId!: string | null;

  @Field(() => FundingScheme, {
    nullable: true,
    description:
      "Which funding source pays the item when no cost-sharing key allocates it: a grant scheme (the scheme pays), OWN_BUDGET (payingOrganisation's own budget) or OTHER; empty: the owner's own budget. An item allocated by a key (its own or the initiative's) is paid by the key's participants, whatever this says.",
  })
  fundingScheme!: FundingScheme | null;

  /** With OWN_BUDGET: whose budget pays it (null: the owner's); resolved as `payingOrganisation`. */
  payingOrganisationId!: string | null;
}
