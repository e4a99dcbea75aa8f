/** The API's documents for an initiative's binding benefits plan (tab «Gevinstplan»). */
import type {
  ApproveBenefitPlanVersionMutation,
  GraphQLDocument,
  InitiativeBenefitPlanQuery,
  ProposeBenefitPlanVersionMutation,
  RejectBenefitPlanVersionMutation,
} from '../api/graphql';

export const INITIATIVE_BENEFIT_PLAN: GraphQLDocument<InitiativeBenefitPlanQuery> = /* GraphQL */ `
  query InitiativeBenefitPlan($id: ID!) {
    initiative(id: $id) {
      id
      benefitPlanInForce {
        id
        versionNumber
        approvedAt
        approvedBy
      }
      benefitPlanVersions {
        id
        versionNumber
        status
        reason
        proposedAt
        proposedByName
        decidedAt
        decidedByName
        decisionNote
        supersededAt
      }
      benefitPlanDeviations {
        benefitId
        title
        kind
        field
        targetDate
        from
        to
        changedAt
        changedBy
        reason
      }
    }
  }
`;

export const PROPOSE_BENEFIT_PLAN_VERSION: GraphQLDocument<ProposeBenefitPlanVersionMutation> = /* GraphQL */ `
  mutation ProposeBenefitPlanVersion($initiativeId: ID!, $reason: String!) {
    proposeBenefitPlanVersion(initiativeId: $initiativeId, reason: $reason) {
      id
      status
    }
  }
`;

export const APPROVE_BENEFIT_PLAN_VERSION: GraphQLDocument<ApproveBenefitPlanVersionMutation> = /* GraphQL */ `
  mutation ApproveBenefitPlanVersion($id: ID!, $note: String) {
    approveBenefitPlanVersion(id: $id, note: $note) {
      id
      status
    }
  }
`;

export const REJECT_BENEFIT_PLAN_VERSION: GraphQLDocument<RejectBenefitPlanVersionMutation> = /* GraphQL */ `
  mutation RejectBenefitPlanVersion($id: ID!, $note: String) {
    rejectBenefitPlanVersion(id: $id, note: $note) {
      id
      status
    }
  }
`;
