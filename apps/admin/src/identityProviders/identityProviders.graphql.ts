/** The API's documents for identity providers (administrators). */
import type {
  CreateIdentityProviderMutation,
  DeleteIdentityProviderMutation,
  GraphQLDocument,
  IdentityProvidersQuery,
  UpdateIdentityProviderMutation,
} from '../api/graphql';
import { USER_ERROR_FIELDS } from '../api/userErrors.graphql';

export const IDENTITY_PROVIDER_FIELDS = /* GraphQL */ `
  fragment IdentityProviderFields on IdentityProvider {
    id
    slug
    displayName
    issuerUrl
    clientId
    scopes
    organisationClaim
    organisationId
    groupClaim
    roleMappings {
      claimValue
      role
    }
    enabled
    fromEnvironment
    redirectUri
    version
    createdAt
  }
`;

export const IDENTITY_PROVIDERS: GraphQLDocument<IdentityProvidersQuery> = /* GraphQL */ `
  query IdentityProviders {
    identityProviders {
      ...IdentityProviderFields
    }
  }
  ${IDENTITY_PROVIDER_FIELDS}
`;

export const CREATE_IDENTITY_PROVIDER: GraphQLDocument<CreateIdentityProviderMutation> = /* GraphQL */ `
  mutation CreateIdentityProvider($input: IdentityProviderInput!) {
    createIdentityProvider(input: $input) {
      identityProvider {
        ...IdentityProviderFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${IDENTITY_PROVIDER_FIELDS}
  ${USER_ERROR_FIELDS}
`;

export const UPDATE_IDENTITY_PROVIDER: GraphQLDocument<UpdateIdentityProviderMutation> = /* GraphQL */ `
  mutation UpdateIdentityProvider($id: ID!, $input: UpdateIdentityProviderInput!) {
    updateIdentityProvider(id: $id, input: $input) {
      identityProvider {
        ...IdentityProviderFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${IDENTITY_PROVIDER_FIELDS}
  ${USER_ERROR_FIELDS}
`;

export const DELETE_IDENTITY_PROVIDER: GraphQLDocument<DeleteIdentityProviderMutation> = /* GraphQL */ `
  mutation DeleteIdentityProvider($id: ID!) {
    deleteIdentityProvider(id: $id) {
      deletedId
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`;
