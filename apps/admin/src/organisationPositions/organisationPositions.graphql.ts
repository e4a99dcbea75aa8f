/** The API's documents for the per-organisation view «Hvem betaler og hvem får». */
import type {
  GraphQLDocument,
  OrganisationPositionCountiesQuery,
  OrganisationPositionsQuery,
} from '../api/graphql';

/** One page of rows, each with the initiatives behind it (the drill-down), and the sums of every row. */
export const ORGANISATION_POSITIONS: GraphQLDocument<OrganisationPositionsQuery> = /* GraphQL */ `
  query OrganisationPositions(
    $filter: OrganisationPositionFilter
    $sort: OrganisationPositionSort
    $offset: Int!
    $limit: Int!
  ) {
    organisationPositions(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
      totalCount
      asOf
      fromYear
      toYear
      initiativeCount
      totals {
        allocatedCostNok: allocatedCostAmount
        ownBudgetCostNok: ownBudgetCostAmount
        grantNok: grantAmount
        paidNok: paidAmount
        plannedBenefitNok: plannedBenefitAmount
        realisedBenefitNok: realisedBenefitAmount
        plannedNetNok: plannedNetAmount
        realisedNetNok: realisedNetAmount
      }
      nodes {
        payerKind
        organisationId
        scheme
        level
        organisation {
          id
          name
          displayName
          orgNumber
          countyNumber
        }
        allocatedCostNok: allocatedCostAmount
        ownBudgetCostNok: ownBudgetCostAmount
        grantNok: grantAmount
        paidNok: paidAmount
        plannedBenefitNok: plannedBenefitAmount
        realisedBenefitNok: realisedBenefitAmount
        plannedNetNok: plannedNetAmount
        realisedNetNok: realisedNetAmount
        flags
        initiativeCount
        initiatives {
          initiativeId
          initiative {
            id
            code
            name
          }
          allocatedCostNok: allocatedCostAmount
          ownBudgetCostNok: ownBudgetCostAmount
          grantNok: grantAmount
          paidNok: paidAmount
          plannedBenefitNok: plannedBenefitAmount
          realisedBenefitNok: realisedBenefitAmount
          plannedNetNok: plannedNetAmount
          realisedNetNok: realisedNetAmount
          flags
        }
      }
    }
  }
`;

/** The counties, for the county filter. */
export const ORGANISATION_POSITION_COUNTIES: GraphQLDocument<OrganisationPositionCountiesQuery> = /* GraphQL */ `
  query OrganisationPositionCounties {
    counties {
      number
      name
    }
  }
`;

export type OrganisationPositionRow = NonNullable<
  OrganisationPositionsQuery['organisationPositions']
>['nodes'][number];
export type OrganisationPositionTotals = NonNullable<
  OrganisationPositionsQuery['organisationPositions']
>['totals'];
