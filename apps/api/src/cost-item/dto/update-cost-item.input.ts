import { CostCategory, FundingScheme } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';

@InputType({
  description: 'Only the fields given change; send null to clear actualAmount or costSharingKeyId.',
})
export class UpdateCostItemInput {
  @Field(() => ID, { description: 'The id of the cost item to change.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you read; a different current version fails with a stale-version conflict.',
  })
  version!: number;

  @Field(() => Int, { description: 'The new year; left out: unchanged.', nullable: true })
  year?: number;

  @Field(() => CostCategory, { description: "The cost item's category.", nullable: true })
  category?: CostCategory;

  @Field({ description: 'A free-text description of the cost item.', nullable: true })
  description?: string;

  @Field(() => MoneyScalar, { description: 'The planned amount in NOK.', nullable: true })
  plannedAmount?: string;

  @Field(() => MoneyScalar, { description: 'The actual amount in NOK; empty until known.', nullable: true })
  actualAmount?: string | null;

  @Field(() => ID, {
    description:
      "The cost-sharing key that allocates this item instead of the initiative's; null clears it, left out: unchanged.",
    nullable: true,
  })
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
}
