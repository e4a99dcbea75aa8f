import type { CostCategory, FundingScheme } from '@gevinst/domain';
import { type EnumValue, mutate, withDefaults } from './graphql.js';
import type { Gql } from './test-app.js';

/** CreateCostItemInput as the API takes it. The year and the planned amount, which every figure depends on, have no default. */
export interface CostItemFixture {
  initiativeId: string;
  year: number;
  /** NOK as a decimal string ("1000.00"), never a float. */
  plannedAmount: string;
  actualAmount?: string;
  /** Default OPERATION. */
  category?: EnumValue<CostCategory>;
  costSharingKeyId?: string | null;
  description?: string;
  /** The funding source that pays it when no key allocates it (default: the owner's own budget). */
  fundingScheme?: EnumValue<FundingScheme> | null;
  /** With OWN_BUDGET: whose budget. */
  payingOrganisationId?: string | null;
}

export interface CreatedCostItem {
  id: string;
  version: number;
}

/** Creates a cost item through createCostItem as `gql`'s caller. */
export async function aCostItem(gql: Gql, input: CostItemFixture): Promise<CreatedCostItem> {
  const data = await mutate<{ createCostItem: CreatedCostItem }>(
    gql,
    'aCostItem',
    `mutation($i: CreateCostItemInput!) { createCostItem(input: $i) { id version } }`,
    { i: withDefaults({ category: 'OPERATION' }, input) },
  );
  return data.createCostItem;
}
