import { CostCategory, FundingScheme } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';

@InputType({ description: 'The values of a new cost item of an initiative.' })
export class CreateCostItemInput {
  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field(() => Int, { description: 'The year the cost falls in.' })
  year!: number;

  @Field(() => CostCategory, { description: "The cost item's category." })
  category!: CostCategory;

  @Field({ description: 'A free-text description of the cost item.', nullable: true })
  description?: string;

  @Field(() => MoneyScalar, { description: 'The planned amount in NOK.' })
  plannedAmount!: string;

  @Field(() => MoneyScalar, { description: 'The actual amount in NOK; empty until known.', nullable: true })
  actualAmount?: string | null;

  @Field(() => ID, { nullable: true, description: "The key for this item; by default the initiative's key." })
  costSharingKeyId?: string | null;

  @Field(() => FundingScheme, {
    nullable: true,
    description:
      "Which funding source pays the item when no cost-sharing key allocates it: a grant scheme (the scheme pays), OWN_BUDGET (payingOrganisation's own budget) or OTHER; empty: the owner's own budget. An item allocated by a key (its own or the initiative's) is paid by the key's participants, whatever this says.",
  })
  fundingScheme?: FundingScheme | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "With fundingScheme OWN_BUDGET: the organisation whose own budget pays the item; empty: the owner's. Must be empty with any other scheme.",
  })
  payingOrganisationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The sender's own reference for the item (at most 200 characters), unique per initiative: another item with it is a CONFLICT (importCostItems updates it instead).",
  })
  externalId?: string | null;
}
