/** The API's documents for status reports (issue 16): the timelines, the forms, deadlines and overviews. */
import type {
  BenefitStatusReportsQuery,
  GraphQLDocument,
  InitiativeStatusOverviewsQuery,
  InitiativeStatusReportsQuery,
  StatusReportDeadlinesQuery,
  SubmitBenefitStatusReportMutation,
  SubmitInitiativeStatusReportMutation,
} from '../api/graphql';

export const INITIATIVE_STATUS_REPORTS: GraphQLDocument<InitiativeStatusReportsQuery> = /* GraphQL */ `
  query InitiativeStatusReports($id: ID!) {
    initiative(id: $id) {
      id
      code
      owner {
        id
      }
      overdueStatusReports
      periodStatusReports {
        id
        periodStart
        periodEnd
        overallRag
        summary
        topRisks
        decisionsNeeded
        reportedByName
        version
        updatedAt
      }
      benefitStatusReports {
        id
        periodStart
        periodEnd
        ownerRag
        computedRag
        cause
        correctiveAction
        responsible
        nextReview
        forecast
        forecastTargetDate
        forecastValue
        reportedByName
        version
        updatedAt
        benefit {
          id
          title
          measurementFrequency
          indicator {
            unit
          }
        }
      }
      benefits {
        id
        title
        status
        measurementFrequency
        receivingOrganisation {
          id
        }
        indicator {
          unit
        }
        statusReportDue {
          state
          periodStart
          periodEnd
          dueDate
        }
      }
    }
  }
`;

export const BENEFIT_STATUS_REPORTS: GraphQLDocument<BenefitStatusReportsQuery> = /* GraphQL */ `
  query BenefitStatusReports($id: ID!) {
    benefit(id: $id) {
      id
      title
      status
      measurementFrequency
      initiative {
        id
        owner {
          id
        }
      }
      receivingOrganisation {
        id
      }
      indicator {
        unit
      }
      statusReportDue {
        state
        periodStart
        periodEnd
        dueDate
      }
      statusReports {
        id
        periodStart
        periodEnd
        ownerRag
        computedRag
        cause
        correctiveAction
        responsible
        nextReview
        forecast
        forecastTargetDate
        forecastValue
        reportedByName
        version
        updatedAt
      }
    }
  }
`;

export const STATUS_REPORT_DEADLINES: GraphQLDocument<StatusReportDeadlinesQuery> = /* GraphQL */ `
  query StatusReportDeadlines($overdueOnly: Boolean) {
    statusReportDeadlines(filter: { overdueOnly: $overdueOnly }) {
      benefitId
      benefitTitle
      initiativeId
      initiativeCode
      initiativeName
      state
      periodStart
      periodEnd
      dueDate
    }
  }
`;

export const INITIATIVE_STATUS_OVERVIEWS: GraphQLDocument<InitiativeStatusOverviewsQuery> = /* GraphQL */ `
  query InitiativeStatusOverviews($ids: [ID!]!) {
    initiativeStatusOverviews(filter: { initiativeIds: $ids }) {
      initiativeId
      overdueCount
      latestCause {
        id
        periodStart
        periodEnd
        ownerRag
        cause
        correctiveAction
        responsible
        updatedAt
        benefit {
          id
          title
        }
      }
      latestPeriodStatus {
        id
        overallRag
        updatedAt
      }
    }
  }
`;

export const SUBMIT_BENEFIT_STATUS_REPORT: GraphQLDocument<SubmitBenefitStatusReportMutation> = /* GraphQL */ `
  mutation SubmitBenefitStatusReport($input: SubmitBenefitStatusReportInput!) {
    submitBenefitStatusReport(input: $input) {
      id
      version
    }
  }
`;

export const SUBMIT_INITIATIVE_STATUS_REPORT: GraphQLDocument<SubmitInitiativeStatusReportMutation> = /* GraphQL */ `
  mutation SubmitInitiativeStatusReport($input: SubmitInitiativeStatusReportInput!) {
    submitInitiativeStatusReport(input: $input) {
      id
      version
    }
  }
`;

export type BenefitStatusReportRow = NonNullable<
  InitiativeStatusReportsQuery['initiative']
>['benefitStatusReports'][number];
export type PeriodStatusRow = NonNullable<
  InitiativeStatusReportsQuery['initiative']
>['periodStatusReports'][number];
export type StatusOverview = InitiativeStatusOverviewsQuery['initiativeStatusOverviews'][number];
