/** The API's documents for API tokens (the secret comes once, from create). */
import type {
  ApiTokenListQuery,
  CreateApiTokenMutation,
  GraphQLDocument,
  RevokeApiTokenMutation,
} from '../api/graphql';

export const API_TOKEN_FIELDS = /* GraphQL */ `
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    scopes
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    owner {
      id
      name
      email
      kind
      organisation {
        id
        name
      }
    }
  }
`;

export const API_TOKEN_LIST: GraphQLDocument<ApiTokenListQuery> = /* GraphQL */ `
  query ApiTokenList(
    $all: Boolean!
    $active: Boolean
    $search: String
    $sort: ApiTokenSort
    $offset: Int!
    $limit: Int!
  ) {
    apiTokens(
      filter: { all: $all, active: $active, search: $search }
      sort: $sort
      offset: $offset
      limit: $limit
    ) {
      totalCount
      nodes {
        ...ApiTokenFields
      }
    }
  }
  ${API_TOKEN_FIELDS}
`;

export const CREATE_API_TOKEN: GraphQLDocument<CreateApiTokenMutation> = /* GraphQL */ `
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        ...ApiTokenFields
      }
    }
  }
  ${API_TOKEN_FIELDS}
`;

export const REVOKE_API_TOKEN: GraphQLDocument<RevokeApiTokenMutation> = /* GraphQL */ `
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
  ${API_TOKEN_FIELDS}
`;
