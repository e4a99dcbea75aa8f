/** The API's documents for cost-sharing keys, and the record the key editor works on. */
import type {
  CostSharingKeyDetailFragment,
  CostSharingKeyFieldsFragment,
  CostSharingKeyListQuery,
  CostSharingKeyQuery,
  CreateCostSharingKeyMutation,
  GraphQLDocument,
  KeyUsageQuery,
  PopulationYearsQuery,
  UpdateCostSharingKeyMutation,
} from '../api/graphql';

export const KEY_VERSION_FIELDS = /* GraphQL */ `
  fragment CostSharingKeyVersionFields on CostSharingKeyVersion {
    id
    versionNumber
    spec
    populationYear
    validFrom
    validTo
    createdAt
  }
`;

export const KEY_FIELDS = /* GraphQL */ `
  fragment CostSharingKeyFields on CostSharingKey {
    id
    name
    description
    ownerOrganisation {
      id
      name
    }
    currentVersion
    version
    isDemo
    updatedAt
    current {
      ...CostSharingKeyVersionFields
    }
  }
`;

/** A key with every version of its rules. */
export const KEY_DETAIL = /* GraphQL */ `
  fragment CostSharingKeyDetail on CostSharingKey {
    ...CostSharingKeyFields
    versions {
      ...CostSharingKeyVersionFields
    }
  }
`;

export const KEY_LIST: GraphQLDocument<CostSharingKeyListQuery> = /* GraphQL */ `
  query CostSharingKeyList(
    $search: String
    $ownerOrganisationId: ID
    $method: CostSharingMethod
    $sort: CostSharingKeySort
    $offset: Int!
    $limit: Int!
  ) {
    costSharingKeys(
      search: $search
      ownerOrganisationId: $ownerOrganisationId
      method: $method
      sort: $sort
      offset: $offset
      limit: $limit
    ) {
      totalCount
      nodes {
        ...CostSharingKeyFields
      }
    }
  }
  ${KEY_FIELDS}
  ${KEY_VERSION_FIELDS}
`;

export const KEY_ONE: GraphQLDocument<CostSharingKeyQuery> = /* GraphQL */ `
  query CostSharingKey($id: ID!) {
    costSharingKey(id: $id) {
      ...CostSharingKeyDetail
    }
  }
  ${KEY_DETAIL}
  ${KEY_FIELDS}
  ${KEY_VERSION_FIELDS}
`;

export const CREATE_KEY: GraphQLDocument<CreateCostSharingKeyMutation> = /* GraphQL */ `
  mutation CreateCostSharingKey($input: CreateCostSharingKeyInput!) {
    createCostSharingKey(input: $input) {
      ...CostSharingKeyDetail
    }
  }
  ${KEY_DETAIL}
  ${KEY_FIELDS}
  ${KEY_VERSION_FIELDS}
`;

export const UPDATE_KEY: GraphQLDocument<UpdateCostSharingKeyMutation> = /* GraphQL */ `
  mutation UpdateCostSharingKey($input: UpdateCostSharingKeyInput!) {
    updateCostSharingKey(input: $input) {
      ...CostSharingKeyDetail
    }
  }
  ${KEY_DETAIL}
  ${KEY_FIELDS}
  ${KEY_VERSION_FIELDS}
`;

/** Which initiatives use which key, and their cost years: the key editor's default preview. */
export const KEY_USAGE: GraphQLDocument<KeyUsageQuery> = /* GraphQL */ `
  query KeyUsage($limit: Int!) {
    initiatives(limit: $limit, sort: { field: CODE, direction: ASC }) {
      nodes {
        id
        code
        name
        owner {
          id
        }
        costSharingKey {
          id
        }
        costItems {
          year
        }
      }
    }
  }
`;

/** The years with population figures, newest first: the key editor's default population year. */
export const POPULATION_YEARS: GraphQLDocument<PopulationYearsQuery> = /* GraphQL */ `
  query PopulationYears {
    populationYears {
      year
      organisationCount
    }
  }
`;

export type CostSharingKeyVersion = CostSharingKeyFieldsFragment['current'];

/** A key as the editor works on it: the API's fields, with its current rules flattened. */
export type CostSharingKeyRecord = CostSharingKeyFieldsFragment &
  Partial<Pick<CostSharingKeyDetailFragment, 'versions'>> & {
    ownerOrganisationId: string;
    /** The current rules, flattened for the editor. */
    spec: Record<string, unknown>;
    method: string;
    populationYear: number | null;
    validFrom: string | null;
    validTo: string | null;
  };
