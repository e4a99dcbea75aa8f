/** The API's documents for initiatives, and the record the admin edits. */
import type {
  CreateInitiativeMutation,
  GraphQLDocument,
  InitiativeEconomicsQuery,
  InitiativeFieldsFragment,
  InitiativeFundingPlanQuery,
  InitiativeListQuery,
  InitiativeQuery,
  UpdateInitiativeMutation,
} from '../api/graphql';

export const INITIATIVE_FIELDS = /* GraphQL */ `
  fragment InitiativeFields on Initiative {
    id
    code
    name
    description
    owner {
      id
      name
    }
    ministry {
      id
      name
    }
    lifeEvent
    phase
    startDate
    endDate
    lifetimeYears
    residualValue: residualValueAmount
    preProjectRunningCost: preProjectRunningCostAmount
    priceBaseYear
    costSharingKey {
      id
    }
    fundingSources {
      year
      scheme
      organisation {
        id
        name
      }
      amount: plannedAmount
      receivedAmount
      description
      budgetChapter
      budgetPost
      inKind
      inKindDescription
    }
    rag
    overdueStatusReports
    isDemo
    version
    updatedAt
  }
`;

export const INITIATIVE_LIST: GraphQLDocument<InitiativeListQuery> = /* GraphQL */ `
  query InitiativeList($filter: InitiativeFilter, $offset: Int, $limit: Int, $sort: InitiativeSort) {
    initiatives(filter: $filter, offset: $offset, limit: $limit, sort: $sort) {
      totalCount
      nodes {
        ...InitiativeFields
        # The list's figure columns: its row of portfolioSummary.byInitiative as of today (issue 16).
        figures {
          plannedBenefitNok: plannedBenefitAmount
          plannedBenefitToDateNok: plannedBenefitToDateAmount
          realisedBenefitNok: realisedBenefitAmount
          realisationPercent
        }
      }
    }
  }
  ${INITIATIVE_FIELDS}
`;

export const INITIATIVE_ONE: GraphQLDocument<InitiativeQuery> = /* GraphQL */ `
  query Initiative($id: ID!) {
    initiative(id: $id) {
      ...InitiativeFields
    }
  }
  ${INITIATIVE_FIELDS}
`;

export const CREATE_INITIATIVE: GraphQLDocument<CreateInitiativeMutation> = /* GraphQL */ `
  mutation CreateInitiative($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      ...InitiativeFields
    }
  }
  ${INITIATIVE_FIELDS}
`;

export const UPDATE_INITIATIVE: GraphQLDocument<UpdateInitiativeMutation> = /* GraphQL */ `
  mutation UpdateInitiative($input: UpdateInitiativeInput!) {
    updateInitiative(input: $input) {
      ...InitiativeFields
    }
  }
  ${INITIATIVE_FIELDS}
`;

/** Economics (NPV after R-109). */
export const INITIATIVE_ECONOMICS: GraphQLDocument<InitiativeEconomicsQuery> = /* GraphQL */ `
  query InitiativeEconomics($id: ID!) {
    initiative(id: $id) {
      id
      economics {
        asOf
        fromYear
        baseYear
        toYear
        lifetimeYears
        priceBaseYear
        priceBaseIndex
        priceBaseIndexEstimated
        residualValue: residualValueAmount
        projectedRunningCost: projectedRunningCostAmount
        totalProjectedCost: totalProjectedCostAmount
        totalActualCostFixedPrices: totalActualCostFixedPricesAmount
        npvPerBudgetKrone
        breakEvenBenefitShare
        sensitivity {
          case
          npv: npvAmount
          change: changeAmount
        }
        nonMonetisedBenefits {
          benefitId
          title
          indicatorName
          indicatorUnit
          category
        }
        years {
          year
          plannedCost: plannedCostAmount
          projectedCost: projectedCostAmount
          projected
          actualCostNominal: actualCostNominalAmount
          actualCostFixedPrices: actualCostFixedPricesAmount
          priceIndex
          priceIndexEstimated
          plannedBenefitNok: plannedBenefitAmount
          realisedBenefitNok: realisedBenefitAmount
        }
        npv: npvAmount
        npvPerNokInvested
        paybackYear
        taxFinancingCost
        presentValueBenefits: presentValueBenefitsAmount
        presentValueCosts: presentValueCostsAmount
        presentValueInvestment: presentValueInvestmentAmount
        presentValueTaxFinancingCost: presentValueTaxFinancingCostAmount
        totalPlannedCost: totalPlannedCostAmount
        totalActualCost: totalActualCostAmount
        totalPlannedBenefitNok: totalPlannedBenefitAmount
        totalRealisedBenefitNok: totalRealisedBenefitAmount
        discountRates {
          rate
          throughYear
        }
        costsByYear {
          year
          planned: plannedAmount
          actual: actualAmount
        }
        benefitsByYear {
          year
          plannedNok: plannedAmount
          realisedNok: realisedAmount
        }
        npvByYear {
          year
          yearsFromBase
          cost: costAmount
          benefit: benefitAmount
          net: netAmount
          discountFactor
          presentNet: presentNetAmount
          cumulativePresentNet: cumulativePresentNetAmount
        }
      }
    }
  }
`;

/** The funding plan: sources per year reconciled against the cost items. */
export const INITIATIVE_FUNDING_PLAN: GraphQLDocument<InitiativeFundingPlanQuery> = /* GraphQL */ `
  query InitiativeFundingPlan($id: ID!) {
    initiative(id: $id) {
      id
      fundingSources {
        year
        scheme
        organisation {
          id
          name
        }
        plannedAmount
        receivedAmount
        description
        budgetChapter
        budgetPost
        inKind
        inKindDescription
      }
      fundingPlan {
        asOf
        status
        coFinancingShare
        coFinancingShareFlag
        years {
          year
          plannedFunding: plannedFundingAmount
          receivedFunding: receivedFundingAmount
          plannedCost: plannedCostAmount
          actualCost: actualCostAmount
          plannedBalance: plannedBalanceAmount
          receivedBalance: receivedBalanceAmount
          status
          receivedStatus
          schemes {
            scheme
            plannedFunding: plannedFundingAmount
            receivedFunding: receivedFundingAmount
            plannedCost: plannedCostAmount
            actualCost: actualCostAmount
            plannedBalance: plannedBalanceAmount
            receivedBalance: receivedBalanceAmount
            status
            receivedStatus
          }
        }
        total {
          plannedFunding: plannedFundingAmount
          receivedFunding: receivedFundingAmount
          plannedCost: plannedCostAmount
          actualCost: actualCostAmount
          plannedBalance: plannedBalanceAmount
          receivedBalance: receivedBalanceAmount
          status
          receivedStatus
        }
        sources {
          scheme
          organisation {
            id
            name
          }
          plannedAmount
          receivedAmount
          inKind
          inKindDescriptions
        }
      }
    }
  }
`;

/** An initiative as the admin shows and edits it: the API's fields plus owner's and ministry's ids. */
export type Initiative = Omit<InitiativeFieldsFragment, 'fundingSources'> & {
  ownerId: string | null;
  ministryId: string | null;
  /** The API's sources with the own-budget organisation's id, as the form edits it. */
  fundingSources: (InitiativeFieldsFragment['fundingSources'][number] & { organisationId: string | null })[];
  /** In the list only: the figures as of today (portfolioSummary.byInitiative's definitions). */
  figures?: InitiativeListQuery['initiatives']['nodes'][number]['figures'];
};
