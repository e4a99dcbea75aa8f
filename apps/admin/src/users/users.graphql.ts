/** The API's documents for users. */
import type {
  CreateUserMutation,
  GraphQLDocument,
  UpdateUserMutation,
  UserListQuery,
  UserQuery,
} from '../api/graphql';

export const USER_FIELDS = /* GraphQL */ `
  fragment UserFields on User {
    id
    email
    kind
    name
    roles
    organisation {
      id
      name
    }
    active
    lastLoginAt
    createdAt
    isDemo
    version
  }
`;

export const USER_LIST: GraphQLDocument<UserListQuery> = /* GraphQL */ `
  query UserList(
    $search: String
    $organisationId: ID
    $role: Role
    $active: Boolean
    $sort: UserSort
    $offset: Int!
    $limit: Int!
  ) {
    users(
      filter: { search: $search, organisationId: $organisationId, role: $role, active: $active }
      sort: $sort
      offset: $offset
      limit: $limit
    ) {
      totalCount
      nodes {
        ...UserFields
      }
    }
  }
  ${USER_FIELDS}
`;

export const USER_ONE: GraphQLDocument<UserQuery> = /* GraphQL */ `
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;

export const CREATE_USER: GraphQLDocument<CreateUserMutation> = /* GraphQL */ `
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;

export const UPDATE_USER: GraphQLDocument<UpdateUserMutation> = /* GraphQL */ `
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;
