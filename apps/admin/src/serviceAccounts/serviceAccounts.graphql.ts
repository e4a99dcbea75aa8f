/** The API's document for service accounts (users of kind SERVICE_ACCOUNT; listed with the users). */
import type { CreateServiceAccountMutation, GraphQLDocument } from '../api/graphql';
import { USER_ERROR_FIELDS } from '../api/userErrors.graphql';
import { USER_FIELDS } from '../users/users.graphql';

export const CREATE_SERVICE_ACCOUNT: GraphQLDocument<CreateServiceAccountMutation> = /* GraphQL */ `
  mutation CreateServiceAccount($input: CreateServiceAccountInput!) {
    createServiceAccount(input: $input) {
      serviceAccount {
        ...UserFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_FIELDS}
  ${USER_ERROR_FIELDS}
`;
