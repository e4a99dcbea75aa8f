/** The API's documents for the portfolio dashboard. */
import type { GraphQLDocument, NetPositionsQuery, PortfolioSummaryQuery } from '../api/graphql';

// Each breakdown is its own GraphQL type with the same figures, so the figures are listed in each.
export const PORTFOLIO_SUMMARY: GraphQLDocument<PortfolioSummaryQuery> = /* GraphQL */ `
  query PortfolioSummary($filter: PortfolioFilter) {
    portfolioSummary(filter: $filter) {
      asOf
      fromYear
      toYear
      initiativeCount
      benefitCount
      plannedCostNok
      actualCostNok
      plannedBenefitNok
      plannedBenefitToDateNok
      realisedBenefitNok
      realisationPercent
      rag {
        green
        amber
        red
        notAssessed
      }
      initiativeRag {
        green
        amber
        red
        notAssessed
      }
      byYear {
        year
        plannedCostNok
        actualCostNok
        plannedBenefitNok
        realisedBenefitNok
      }
      byMinistry {
        ministryId
        ministry {
          id
          name
        }
        initiativeCount
        benefitCount
        plannedCostNok
        actualCostNok
        plannedBenefitNok
        plannedBenefitToDateNok
        realisedBenefitNok
        realisationPercent
        rag {
          green
          amber
          red
          notAssessed
        }
      }
      byLifeEvent {
        lifeEvent
        initiativeCount
        benefitCount
        plannedCostNok
        actualCostNok
        plannedBenefitNok
        plannedBenefitToDateNok
        realisedBenefitNok
        realisationPercent
        rag {
          green
          amber
          red
          notAssessed
        }
      }
      byAdministrativeLevel {
        level
        initiativeCount
        benefitCount
        plannedCostNok
        actualCostNok
        plannedBenefitNok
        plannedBenefitToDateNok
        realisedBenefitNok
        realisationPercent
        rag {
          green
          amber
          red
          notAssessed
        }
      }
      byInitiative {
        initiativeId
        code
        name
        plannedBenefitToDateNok
        realisedBenefitNok
        realisationPercent
        rag {
          green
          amber
          red
          notAssessed
        }
      }
    }
  }
`;

export const NET_POSITIONS: GraphQLDocument<NetPositionsQuery> = /* GraphQL */ `
  query NetPositions($filter: PortfolioFilter) {
    netPositions(filter: $filter) {
      totals {
        allocatedCostNok
        ownBudgetCostNok
        schemePaidNok
        paidNok
        plannedBenefitNok
        realisedBenefitNok
        plannedNetNok
        realisedNetNok
      }
      levels {
        level
        organisations
        allocatedCostNok
        ownBudgetCostNok
        paidNok
        costShare
        plannedBenefitNok
        realisedBenefitNok
        plannedNetNok
        flags
      }
      schemes {
        scheme
        paidNok
        share
      }
      matrix {
        payerLevel
        payerScheme
        beneficiaryLevel
        costNok
        plannedBenefitNok
        realisedBenefitNok
      }
      organisations {
        organisationId
        organisation {
          id
          name
        }
        level
        allocatedCostNok
        ownBudgetCostNok
        paidNok
        plannedBenefitNok
        realisedBenefitNok
        plannedNetNok
        flags
      }
    }
  }
`;

export type PortfolioSummary = NonNullable<PortfolioSummaryQuery['portfolioSummary']>;
export type RagCounts = PortfolioSummary['rag'];
/** The figures every breakdown row has, as the whole portfolio has them. */
export type PortfolioFigures = Omit<
  PortfolioSummary,
  | 'asOf'
  | 'fromYear'
  | 'toYear'
  | 'initiativeRag'
  | 'byYear'
  | 'byMinistry'
  | 'byLifeEvent'
  | 'byAdministrativeLevel'
  | 'byInitiative'
>;
export type InitiativeFigures = PortfolioSummary['byInitiative'][number];
