/** The API's documents for cost-sharing keys, and the record the key editor works on. */
import type {
  CostSharingKeyFieldsFragment,
  CostSharingKeyListQuery,
  CostSharingKeyQuery,
  CreateCostSharingKeyMutation,
  GraphQLDocument,
  KeyUsageQuery,
  PopulationYearsQuery,
  UpdateCostSharingKeyMutation,
} from '../api/graphql';

/**
 * A key specification, typed (KeySpec): the parts every method has, then the whole with the group keys of
 * TWO_LEVEL (a group's key is never TWO_LEVEL itself). specOfKeySpec turns it into the JSON the editor edits.
 */
export const KEY_SPEC_FIELDS = /* GraphQL */ `
  fragment KeySpecParts on KeySpec {
    method
    floorAmount
    capAmount
    proportional {
      driver
    }
    perUnit {
      driver
      rate
    }
    fixedShares {
      shares {
        participantId
        percent
      }
    }
    basePlusProportional {
      baseAmount
      driver
    }
    bands {
      driver
      bands {
        upTo
        feeAmount
      }
    }
    freeThreshold {
      driver
      threshold
    }
  }
  fragment KeySpecFields on KeySpec {
    ...KeySpecParts
    twoLevel {
      groups {
        group
        percent
        key {
          ...KeySpecParts
        }
      }
    }
  }
`;

export const KEY_VERSION_FIELDS = /* GraphQL */ `
  fragment CostSharingKeyVersionFields on CostSharingKeyVersion {
    id
    versionNumber
    keySpec {
      ...KeySpecFields
    }
    populationYear
    validFrom
    validTo
    createdAt
  }
  ${KEY_SPEC_FIELDS}
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
      filter: { search: $search, ownerOrganisationId: $ownerOrganisationId, method: $method }
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

/** A version as the editor shows it: the API's fields with its rules as the JSON specification. */
export type CostSharingKeyVersion = NonNullable<CostSharingKeyFieldsFragment['current']> & {
  spec: Record<string, unknown>;
};

/** A key as the editor works on it: the API's fields, with its current rules flattened. */
export type CostSharingKeyRecord = Omit<CostSharingKeyFieldsFragment, 'current'> & {
  current: CostSharingKeyVersion;
  versions?: CostSharingKeyVersion[];
} & {
  ownerOrganisationId: string;
  /** The current rules, flattened for the editor. */
  spec: Record<string, unknown>;
  method: string;
  populationYear: number | null;
  validFrom: string | null;
  validTo: string | null;
};
