/** The API's documents for an initiative's cost items. */
import type {
  CostItemListQuery,
  CreateCostItemMutation,
  DeleteCostItemMutation,
  GraphQLDocument,
  UpdateCostItemMutation,
} from '../api/graphql';

export const COST_ITEM_FIELDS = /* GraphQL */ `
  fragment CostItemFields on CostItem {
    id
    year
    category
    description
    plannedAmount
    actualAmount
    costSharingKey {
      id
      name
    }
    fundingScheme
    payingOrganisation {
      id
      name
    }
    isDemo
    version
  }
`;

/** One page of cost items, with the sums of every matching item. */
export const COST_ITEM_LIST: GraphQLDocument<CostItemListQuery> = /* GraphQL */ `
  query CostItemList($filter: CostItemFilter, $sort: CostItemSort, $offset: Int!, $limit: Int!) {
    costItems(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
      totalCount
      totalPlannedAmount
      totalActualAmount
      nodes {
        ...CostItemFields
        initiative {
          id
        }
      }
    }
  }
  ${COST_ITEM_FIELDS}
`;

export const CREATE_COST_ITEM: GraphQLDocument<CreateCostItemMutation> = /* GraphQL */ `
  mutation CreateCostItem($input: CreateCostItemInput!) {
    createCostItem(input: $input) {
      ...CostItemFields
    }
  }
  ${COST_ITEM_FIELDS}
`;

export const UPDATE_COST_ITEM: GraphQLDocument<UpdateCostItemMutation> = /* GraphQL */ `
  mutation UpdateCostItem($input: UpdateCostItemInput!) {
    updateCostItem(input: $input) {
      ...CostItemFields
    }
  }
  ${COST_ITEM_FIELDS}
`;

export const DELETE_COST_ITEM: GraphQLDocument<DeleteCostItemMutation> = /* GraphQL */ `
  mutation DeleteCostItem($id: ID!, $version: Int!) {
    deleteCostItem(id: $id, version: $version)
  }
`;

/** The `meta` of a cost-items page: the sums over all its pages. */
export type CostItemListMeta = Pick<
  CostItemListQuery['costItems'],
  'totalPlannedAmount' | 'totalActualAmount'
>;
