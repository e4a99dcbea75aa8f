/** The API's documents for an initiative's participants. */
import type {
  AddParticipantMutation,
  GraphQLDocument,
  InitiativeParticipantsQuery,
  ParticipantListQuery,
  RemoveParticipantMutation,
} from '../api/graphql';

/** One page of an initiative's participants, with how many of all of them pay. */
export const PARTICIPANT_LIST: GraphQLDocument<ParticipantListQuery> = /* GraphQL */ `
  query ParticipantList(
    $initiativeId: ID!
    $filter: ParticipantFilter
    $sort: ParticipantSort
    $offset: Int!
    $limit: Int!
  ) {
    participants(initiativeId: $initiativeId, filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
      totalCount
      payingCount
      nodes {
        id
        role
        pays
        costGroup
        organisation {
          id
          name
          displayName
          kind
          administrativeLevel
          population
        }
      }
    }
  }
`;

export const ADD_PARTICIPANT: GraphQLDocument<AddParticipantMutation> = /* GraphQL */ `
  mutation AddParticipant($initiativeId: ID!, $organisationId: ID!, $role: ParticipantRole!, $pays: Boolean) {
    addParticipant(initiativeId: $initiativeId, organisationId: $organisationId, role: $role, pays: $pays) {
      id
      role
      pays
    }
  }
`;

export const REMOVE_PARTICIPANT: GraphQLDocument<RemoveParticipantMutation> = /* GraphQL */ `
  mutation RemoveParticipant($initiativeId: ID!, $organisationId: ID!) {
    removeParticipant(initiativeId: $initiativeId, organisationId: $organisationId) {
      id
      version
    }
  }
`;

export const INITIATIVE_PARTICIPANTS: GraphQLDocument<InitiativeParticipantsQuery> = /* GraphQL */ `
  query InitiativeParticipants($id: ID!) {
    initiative(id: $id) {
      id
      participants {
        id
        role
        pays
        costGroup
        organisation {
          id
          name
          displayName
          kind
          administrativeLevel
          population
        }
      }
    }
  }
`;

export type ParticipantDetail = ParticipantListQuery['participants']['nodes'][number];

/** The `meta` of a participants page. */
export interface ParticipantListMeta {
  payingCount: number;
}
