/** The API's documents for allocations: lines, runs, previews, driver values and an organisation's summary. */
import type {
  AllocationDriverNamesQuery,
  AllocationDriversQuery,
  AllocationListQuery,
  AllocationRunsQuery,
  AllocationSummaryQuery,
  GraphQLDocument,
  InitiativeCostSharingQuery,
  PreviewAllocationQuery,
  RunAllocationMutation,
  SetAllocationDriversMutation,
  SetInitiativeKeyMutation,
} from '../api/graphql';
import { KEY_SPEC_FIELDS } from '../costSharingKeys/costSharingKeys.graphql';

/** One page of allocation lines, with the totals over every matching line. */
export const ALLOCATION_LIST: GraphQLDocument<AllocationListQuery> = /* GraphQL */ `
  query AllocationList($filter: AllocationFilter, $sort: AllocationSort, $offset: Int!, $limit: Int!) {
    allocations(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
      totalCount
      totalAmount: totalPlannedAmount
      totalActualAmount
      nodes {
        id
        year
        plannedAmount
        actualAmount
        share
        explanation
        explanationNb: explanation(language: NB)
        costCategory
        costItemId
        organisation {
          id
          name
        }
        initiative {
          id
          code
          name
        }
        run {
          id
          status
          createdAt
        }
        keyVersion {
          versionNumber
        }
      }
    }
  }
`;

/** The `meta` of an allocation-lines page: the totals over all its pages. */
export type AllocationListMeta = Pick<
  AllocationListQuery['allocations'],
  'totalAmount' | 'totalActualAmount'
>;

export const ALLOCATION_SUMMARY: GraphQLDocument<AllocationSummaryQuery> = /* GraphQL */ `
  query AllocationSummary($organisationId: ID!, $year: Int!) {
    organisation(id: $organisationId) {
      id
      name
      allocationSummary(year: $year) {
        year
        total: totalAmount
        actualTotal: totalActualAmount
        byInitiative {
          amount
          actualAmount
          initiative {
            id
            code
            name
          }
        }
      }
    }
  }
`;

/** An initiative's key and cost years, for its cost-sharing tab. */
export const INITIATIVE_COST_SHARING: GraphQLDocument<InitiativeCostSharingQuery> = /* GraphQL */ `
  query InitiativeCostSharing($id: ID!) {
    initiative(id: $id) {
      id
      code
      version
      owner {
        id
      }
      costSharingKey {
        id
        name
        currentVersion
        current {
          id
          keySpec {
            ...KeySpecFields
          }
          populationYear
        }
      }
      costItems {
        id
        year
        plannedAmount
        actualAmount
      }
    }
  }
  ${KEY_SPEC_FIELDS}
`;

export const SET_INITIATIVE_KEY: GraphQLDocument<SetInitiativeKeyMutation> = /* GraphQL */ `
  mutation SetInitiativeKey($input: UpdateInitiativeInput!) {
    updateInitiative(input: $input) {
      id
      version
      costSharingKey {
        id
        name
      }
    }
  }
`;

export const PREVIEW_ALLOCATION: GraphQLDocument<PreviewAllocationQuery> = /* GraphQL */ `
  query PreviewAllocation(
    $initiativeId: ID!
    $year: Int!
    $keyId: ID
    $spec: JSONObject
    $total: Money
    $populationYear: Int
    $language: ExplanationLanguage
  ) {
    previewAllocation(
      initiativeId: $initiativeId
      year: $year
      keyId: $keyId
      spec: $spec
      total: $total
      populationYear: $populationYear
      language: $language
    ) {
      total: allocatedAmount
      costItemAmount
      allocatedTotal: allocatedAmount
      difference: differenceAmount
      reconciles
      keyFixesTotal
      lines {
        organisationId
        amount
        share
        explanation
        organisation {
          id
          name
        }
      }
    }
  }
`;

export const ALLOCATION_RUNS: GraphQLDocument<AllocationRunsQuery> = /* GraphQL */ `
  query AllocationRuns($initiativeId: ID!, $year: Int) {
    allocationRuns(filter: { initiativeId: $initiativeId, year: $year }) {
      id
      year
      status
      plannedTotal: plannedAmount
      actualTotal: actualAmount
      lineCount
      createdAt
      createdByEmail
      supersededAt
      costItemAmount
      difference: differenceAmount
      reconciles
      reconciliation
    }
  }
`;

export type AllocationRun = AllocationRunsQuery['allocationRuns'][number];

export const RUN_ALLOCATION: GraphQLDocument<RunAllocationMutation> = /* GraphQL */ `
  mutation RunAllocation(
    $initiativeId: ID!
    $year: Int!
    $supersedes: ID
    $reconciliation: AllocationReconciliation
  ) {
    runAllocation(
      initiativeId: $initiativeId
      year: $year
      supersedes: $supersedes
      reconciliation: $reconciliation
    ) {
      id
      year
      status
      plannedTotal: plannedAmount
      lineCount
      costItemAmount
      difference: differenceAmount
      reconciliation
    }
  }
`;

export const ALLOCATION_DRIVER_NAMES: GraphQLDocument<AllocationDriverNamesQuery> = /* GraphQL */ `
  query AllocationDriverNames($initiativeId: ID!) {
    allocationDrivers(filter: { initiativeId: $initiativeId }) {
      driver
      year
    }
  }
`;

export const ALLOCATION_DRIVERS: GraphQLDocument<AllocationDriversQuery> = /* GraphQL */ `
  query AllocationDrivers($initiativeId: ID!, $year: Int) {
    allocationDrivers(filter: { initiativeId: $initiativeId, year: $year }) {
      driver
      year
      value
      source
      organisation {
        id
        name
      }
    }
  }
`;

export const SET_ALLOCATION_DRIVERS: GraphQLDocument<SetAllocationDriversMutation> = /* GraphQL */ `
  mutation SetAllocationDrivers($input: SetAllocationDriversInput!) {
    setAllocationDrivers(input: $input) {
      driver
      year
      value
    }
  }
`;
