/**
 * What the admin reads of a mutation payload's `userErrors` (docs/api.md, "Mutation payloads and
 * userErrors"); graphqlClient throws them as it throws `errors`, so each form shows them the same way.
 */
export const USER_ERROR_FIELDS = /* GraphQL */ `
  fragment UserErrorFields on UserError {
    code
    reason
    field
    message
  }
`;
