/** The API's document for service accounts (users of kind SERVICE_ACCOUNT; listed with the users). */
import type { CreateServiceAccountMutation, GraphQLDocument } from '../api/graphql';
import { USER_FIELDS } from '../users/users.graphql';

export const CREATE_SERVICE_ACCOUNT: GraphQLDocument<CreateServiceAccountMutation> = /* GraphQL */ `
  mutation CreateServiceAccount($input: CreateServiceAccountInput!) {
    createServiceAccount(input: $input) {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;
