/** The API's documents for co-financing calls, applications, eligibility and ranking (issue 15). */
import type {
  CoFinancingApplicationQuery,
  CoFinancingCallQuery,
  CoFinancingCallsQuery,
  CoFinancingEligibilityPreviewQuery,
  CoFinancingRankingQuery,
  CreateCoFinancingApplicationMutation,
  CreateCoFinancingCallMutation,
  DecideCoFinancingApplicationMutation,
  GraphQLDocument,
  OwnInitiativesForCoFinancingQuery,
  RecordCoFinancingExceptionMutation,
  RejectCoFinancingApplicationMutation,
  SubmitCoFinancingApplicationMutation,
  UpdateCoFinancingApplicationMutation,
  UpdateCoFinancingCallMutation,
} from '../api/graphql';

export const CO_FINANCING_CALLS: GraphQLDocument<CoFinancingCallsQuery> = /* GraphQL */ `
  query CoFinancingCalls {
    coFinancingCalls {
      id
      year
      title
      deadline
      status
      version
      ruleSet {
        id
      }
    }
  }
`;

export const CO_FINANCING_CALL: GraphQLDocument<CoFinancingCallQuery> = /* GraphQL */ `
  query CoFinancingCall($id: ID!) {
    coFinancingCall(id: $id) {
      id
      year
      title
      deadline
      status
      version
      ruleSet {
        id
        source
        categories {
          category
          minTotalCost: minTotalCostAmount
          maxTotalCost: maxTotalCostAmount
          maxGrantPercent
          maxGrant: maxGrantAmount
        }
      }
      applications {
        id
        status
        category
        requestedGrant: requestedGrantAmount
        initiative {
          id
          code
          name
        }
        applicant {
          name
        }
      }
    }
  }
`;

export const CO_FINANCING_RANKING: GraphQLDocument<CoFinancingRankingQuery> = /* GraphQL */ `
  query CoFinancingRanking($callId: ID!) {
    coFinancingRanking(filter: { callId: $callId }) {
      rank
      applicationId
      initiativeCode
      initiativeName
      applicantName
      category
      status
      totalCost: totalCostAmount
      requestedGrant: requestedGrantAmount
      npv: npvAmount
      budgetKroner: budgetAmount
      npvPerBudgetKrone
      fromYear
      toYear
      priceBaseYear
      eligible
      errorCount
      exceptedCount
    }
  }
`;

export const CO_FINANCING_APPLICATION: GraphQLDocument<CoFinancingApplicationQuery> = /* GraphQL */ `
  query CoFinancingApplication($id: ID!) {
    coFinancingApplication(id: $id) {
      id
      version
      status
      category
      totalCost: totalCostAmount
      requestedGrant: requestedGrantAmount
      requestedByYear {
        year
        amount
      }
      ksConsulted
      ksConsultedOn
      ksNote
      decisionNote
      decidedByName
      decidedAt
      exceptions {
        code
        reason
        recordedByName
        recordedAt
      }
      call {
        id
        title
        status
      }
      initiative {
        id
        code
        name
        owner {
          id
        }
        fundingSources {
          year
          scheme
          plannedAmount
          receivedAmount
          description
        }
        benefits {
          id
          title
          category
          status
          isDisBenefit
        }
      }
      applicant {
        name
        kind
      }
      partners {
        id
        name
        kind
      }
      eligibility {
        eligible
        errorCount
        exceptedCount
        maxGrant: maxGrantAmount
        findings {
          code
          severity
          message
          exceptionReason
        }
      }
      economics {
        npv: npvAmount
        npvPerBudgetKrone
        presentValueNetPublicSpending: presentValueNetPublicSpendingAmount
        fromYear
        toYear
        priceBaseYear
        sensitivity {
          case
          npv: npvAmount
        }
      }
    }
  }
`;

export const OWN_INITIATIVES_FOR_CO_FINANCING: GraphQLDocument<OwnInitiativesForCoFinancingQuery> = /* GraphQL */ `
  query OwnInitiativesForCoFinancing($ownerId: ID) {
    initiatives(filter: { ownerId: $ownerId }, limit: 200) {
      nodes {
        id
        code
        name
      }
    }
  }
`;

export const CREATE_CO_FINANCING_CALL: GraphQLDocument<CreateCoFinancingCallMutation> = /* GraphQL */ `
  mutation CreateCoFinancingCall($input: CreateCoFinancingCallInput!) {
    createCoFinancingCall(input: $input) {
      id
    }
  }
`;

export const UPDATE_CO_FINANCING_CALL: GraphQLDocument<UpdateCoFinancingCallMutation> = /* GraphQL */ `
  mutation UpdateCoFinancingCall($input: UpdateCoFinancingCallInput!) {
    updateCoFinancingCall(input: $input) {
      id
      status
    }
  }
`;

export const CREATE_CO_FINANCING_APPLICATION: GraphQLDocument<CreateCoFinancingApplicationMutation> = /* GraphQL */ `
  mutation CreateCoFinancingApplication($input: CreateCoFinancingApplicationInput!) {
    createCoFinancingApplication(input: $input) {
      id
    }
  }
`;

export const UPDATE_CO_FINANCING_APPLICATION: GraphQLDocument<UpdateCoFinancingApplicationMutation> = /* GraphQL */ `
  mutation UpdateCoFinancingApplication($input: UpdateCoFinancingApplicationInput!) {
    updateCoFinancingApplication(input: $input) {
      id
      version
    }
  }
`;

export const SUBMIT_CO_FINANCING_APPLICATION: GraphQLDocument<SubmitCoFinancingApplicationMutation> = /* GraphQL */ `
  mutation SubmitCoFinancingApplication($input: CoFinancingApplicationActionInput!) {
    submitCoFinancingApplication(input: $input) {
      id
      status
    }
  }
`;

export const RECORD_CO_FINANCING_EXCEPTION: GraphQLDocument<RecordCoFinancingExceptionMutation> = /* GraphQL */ `
  mutation RecordCoFinancingException($input: RecordCoFinancingExceptionInput!) {
    recordCoFinancingException(input: $input) {
      id
      version
    }
  }
`;

export const APPROVE_CO_FINANCING_APPLICATION: GraphQLDocument<DecideCoFinancingApplicationMutation> = /* GraphQL */ `
  mutation DecideCoFinancingApplication($input: CoFinancingApplicationActionInput!) {
    approveCoFinancingApplication(input: $input) {
      id
      status
    }
  }
`;

export const REJECT_CO_FINANCING_APPLICATION: GraphQLDocument<RejectCoFinancingApplicationMutation> = /* GraphQL */ `
  mutation RejectCoFinancingApplication($input: CoFinancingApplicationActionInput!) {
    rejectCoFinancingApplication(input: $input) {
      id
      status
    }
  }
`;

export const CO_FINANCING_ELIGIBILITY_PREVIEW: GraphQLDocument<CoFinancingEligibilityPreviewQuery> = /* GraphQL */ `
  query CoFinancingEligibilityPreview($input: CreateCoFinancingApplicationInput!) {
    coFinancingEligibilityPreview(input: $input) {
      eligible
      maxGrant: maxGrantAmount
      findings {
        code
        severity
        message
      }
    }
  }
`;
