/** The API's documents for an initiative's benefits map: enablers and the dependencies between nodes. */
import type {
  AddBenefitsMapEdgeMutation,
  BenefitsMapQuery,
  CreateEnablerMutation,
  DeleteEnablerMutation,
  GraphQLDocument,
  RemoveBenefitsMapEdgeMutation,
  UpdateEnablerMutation,
} from '../api/graphql';

export const BENEFITS_MAP: GraphQLDocument<BenefitsMapQuery> = /* GraphQL */ `
  query BenefitsMap($initiativeId: ID!) {
    benefitsMap(initiativeId: $initiativeId) {
      nodes {
        id
        type
        title
        benefitCategory
        benefitStatus
        enablerKind
        enabler {
          id
          description
          version
        }
        benefit {
          id
          realisation {
            rag
            percent
          }
        }
      }
      edges {
        id
        fromId
        toId
      }
    }
  }
`;

export const CREATE_ENABLER: GraphQLDocument<CreateEnablerMutation> = /* GraphQL */ `
  mutation CreateEnabler($input: CreateEnablerInput!) {
    createEnabler(input: $input) {
      id
      kind
      title
      description
      version
    }
  }
`;

export const UPDATE_ENABLER: GraphQLDocument<UpdateEnablerMutation> = /* GraphQL */ `
  mutation UpdateEnabler($input: UpdateEnablerInput!) {
    updateEnabler(input: $input) {
      id
      kind
      title
      description
      version
    }
  }
`;

export const DELETE_ENABLER: GraphQLDocument<DeleteEnablerMutation> = /* GraphQL */ `
  mutation DeleteEnabler($id: ID!, $version: Int!) {
    deleteEnabler(id: $id, version: $version)
  }
`;

export const ADD_BENEFITS_MAP_EDGE: GraphQLDocument<AddBenefitsMapEdgeMutation> = /* GraphQL */ `
  mutation AddBenefitsMapEdge($input: AddBenefitsMapEdgeInput!) {
    addBenefitsMapEdge(input: $input) {
      id
      fromId
      toId
    }
  }
`;

export const REMOVE_BENEFITS_MAP_EDGE: GraphQLDocument<RemoveBenefitsMapEdgeMutation> = /* GraphQL */ `
  mutation RemoveBenefitsMapEdge($id: ID!) {
    removeBenefitsMapEdge(id: $id)
  }
`;

export type MapNode = NonNullable<BenefitsMapQuery['benefitsMap']>['nodes'][number];
export type MapEdge = NonNullable<BenefitsMapQuery['benefitsMap']>['edges'][number];
