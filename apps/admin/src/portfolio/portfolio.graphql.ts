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
      plannedCostNok: plannedCostAmount
      actualCostNok: actualCostAmount
      plannedBenefitNok: plannedBenefitAmount
      plannedBenefitToDateNok: plannedBenefitToDateAmount
      realisedBenefitNok: realisedBenefitAmount
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
        plannedCostNok: plannedCostAmount
        actualCostNok: actualCostAmount
        plannedBenefitNok: plannedBenefitAmount
        realisedBenefitNok: realisedBenefitAmount
      }
      byMinistry {
        ministryId
        ministry {
          id
          name
        }
        initiativeCount
        benefitCount
        plannedCostNok: plannedCostAmount
        actualCostNok: actualCostAmount
        plannedBenefitNok: plannedBenefitAmount
        plannedBenefitToDateNok: plannedBenefitToDateAmount
        realisedBenefitNok: realisedBenefitAmount
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
        plannedCostNok: plannedCostAmount
        actualCostNok: actualCostAmount
        plannedBenefitNok: plannedBenefitAmount
        plannedBenefitToDateNok: plannedBenefitToDateAmount
        realisedBenefitNok: realisedBenefitAmount
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
        plannedCostNok: plannedCostAmount
        actualCostNok: actualCostAmount
        plannedBenefitNok: plannedBenefitAmount
        plannedBenefitToDateNok: plannedBenefitToDateAmount
        realisedBenefitNok: realisedBenefitAmount
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
        plannedBenefitToDateNok: plannedBenefitToDateAmount
        realisedBenefitNok: realisedBenefitAmount
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
        allocatedCostNok: allocatedCostAmount
        ownBudgetCostNok: ownBudgetCostAmount
        schemePaidNok: schemePaidAmount
        paidNok: paidAmount
        plannedBenefitNok: plannedBenefitAmount
        realisedBenefitNok: realisedBenefitAmount
        plannedNetNok: plannedNetAmount
        realisedNetNok: realisedNetAmount
      }
      levels {
        level
        organisations
        allocatedCostNok: allocatedCostAmount
        ownBudgetCostNok: ownBudgetCostAmount
        paidNok: paidAmount
        costShare
        plannedBenefitNok: plannedBenefitAmount
        realisedBenefitNok: realisedBenefitAmount
        plannedNetNok: plannedNetAmount
        flags
      }
      schemes {
        scheme
        paidNok: paidAmount
        share
      }
      matrix {
        payerLevel
        payerScheme
        beneficiaryLevel
        costNok: costAmount
        plannedBenefitNok: plannedBenefitAmount
        realisedBenefitNok: realisedBenefitAmount
      }
      organisations {
        organisationId
        organisation {
          id
          name
        }
        level
        allocatedCostNok: allocatedCostAmount
        ownBudgetCostNok: ownBudgetCostAmount
        paidNok: paidAmount
        plannedBenefitNok: plannedBenefitAmount
        realisedBenefitNok: realisedBenefitAmount
        plannedNetNok: plannedNetAmount
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
