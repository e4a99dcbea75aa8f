/** The API's documents for the co-financing reports: deadlines, one report, marking one submitted. */
import type {
  CoFinancingReportDeadlinesQuery,
  CoFinancingReportQuery,
  GraphQLDocument,
  MarkCoFinancingReportSubmittedMutation,
} from '../api/graphql';

export const CO_FINANCING_REPORT_DEADLINES: GraphQLDocument<CoFinancingReportDeadlinesQuery> = /* GraphQL */ `
  query CoFinancingReportDeadlines($overdueOnly: Boolean) {
    coFinancingReportDeadlines(filter: { overdueOnly: $overdueOnly }) {
      initiativeId
      code
      name
      overdueCount
      nextDue {
        year
        kind
        dueDate
        overdue
      }
      reports {
        year
        kind
        dueDate
        overdue
        submission {
          submittedAt
          submittedByName
        }
      }
    }
  }
`;

const FIGURES = /* GraphQL */ `
  fragment TakeOutFigureFields on TakeOutFigures {
    grossBenefitNok: grossBenefitAmount
    disBenefitNok: disBenefitAmount
    runningCostNok: runningCostAmount
    runningCostIncreaseNok: runningCostIncreaseAmount
    netNok: netAmount
    takeOutNok: takeOutAmount
  }
`;

const GRANT_LINE = /* GraphQL */ `
  fragment GrantLineFields on GrantReconciliationLine {
    year
    grantPlannedNok: grantPlannedAmount
    grantReceivedNok: grantReceivedAmount
    plannedCostNok: plannedCostAmount
    actualCostNok: actualCostAmount
    grantSharePercent
    grantUsedNok: grantUsedAmount
    grantUnusedNok: grantUnusedAmount
    costDeviationPercent
    costFlagged
    grantDeviationPercent
    grantFlagged
  }
`;

export const CO_FINANCING_REPORT: GraphQLDocument<CoFinancingReportQuery> = /* GraphQL */ `
  query CoFinancingReport($initiativeId: ID!, $year: Int!) {
    coFinancingReport(initiativeId: $initiativeId, year: $year) {
      initiativeId
      year
      kind
      dueDate
      asOf
      benefitPlanVersion
      deviationThresholdPercent
      coFinancingGrantNok: coFinancingGrantAmount
      totalPlannedNok: totalPlannedAmount
      totalActualNok: totalActualAmount
      initiative {
        id
        code
        name
        endDate
        owner {
          id
          name
        }
      }
      submission {
        submittedAt
        submittedByName
      }
      grantReconciliation {
        years {
          ...GrantLineFields
        }
        total {
          ...GrantLineFields
        }
      }
      budgetTakeOut {
        takeOutPercent
        preProjectRunningCostNok: preProjectRunningCostAmount
        planned {
          ...TakeOutFigureFields
        }
        realised {
          ...TakeOutFigureFields
        }
        agencies {
          organisation {
            id
            name
          }
          isOwner
          budgetChapter
          budgetPost
          planned {
            ...TakeOutFigureFields
          }
          realised {
            ...TakeOutFigureFields
          }
        }
      }
      benefits {
        benefitId
        title
        category
        isExternal
        plannedNok: plannedAmount
        realisedNok: realisedAmount
        externalInputMissing
      }
    }
  }
  ${FIGURES}
  ${GRANT_LINE}
`;

export const MARK_CO_FINANCING_REPORT_SUBMITTED: GraphQLDocument<MarkCoFinancingReportSubmittedMutation> = /* GraphQL */ `
  mutation MarkCoFinancingReportSubmitted($input: MarkCoFinancingReportSubmittedInput!) {
    markCoFinancingReportSubmitted(input: $input) {
      year
      kind
      submittedAt
      submittedByName
    }
  }
`;
