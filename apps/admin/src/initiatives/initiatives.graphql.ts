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
    residualValue
    preProjectRunningCost
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
    participants {
      id
      role
      organisation {
        id
        name
      }
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
          plannedBenefitNok
          plannedBenefitToDateNok
          realisedBenefitNok
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
        residualValue
        projectedRunningCost
        totalProjectedCost
        totalActualCostFixedPrices
        npvPerBudgetKrone
        breakEvenBenefitShare
        sensitivity {
          case
          npv
          change
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
          plannedCost
          projectedCost
          projected
          actualCostNominal
          actualCostFixedPrices
          priceIndex
          priceIndexEstimated
          plannedBenefitNok
          realisedBenefitNok
        }
        npv
        npvPerNokInvested
        paybackYear
        taxFinancingCost
        presentValueBenefits
        presentValueCosts
        presentValueInvestment
        presentValueTaxFinancingCost
        totalPlannedCost
        totalActualCost
        totalPlannedBenefitNok
        totalRealisedBenefitNok
        discountRates {
          rate
          throughYear
        }
        costsByYear {
          year
          planned
          actual
        }
        benefitsByYear {
          year
          plannedNok
          realisedNok
        }
        npvByYear {
          year
          yearsFromBase
          cost
          benefit
          net
          discountFactor
          presentNet
          cumulativePresentNet
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
          plannedFunding
          receivedFunding
          plannedCost
          actualCost
          plannedBalance
          receivedBalance
          status
          receivedStatus
          schemes {
            scheme
            plannedFunding
            receivedFunding
            plannedCost
            actualCost
            plannedBalance
            receivedBalance
            status
            receivedStatus
          }
        }
        total {
          plannedFunding
          receivedFunding
          plannedCost
          actualCost
          plannedBalance
          receivedBalance
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
