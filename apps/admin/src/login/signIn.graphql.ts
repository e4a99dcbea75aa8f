/** The sign-in page's document: how one may sign in here (public). */
import type { GraphQLDocument, SignInOptionsQuery } from '../api/graphql';

export const SIGN_IN_OPTIONS: GraphQLDocument<SignInOptionsQuery> = /* GraphQL */ `
  query SignInOptions {
    signInOptions {
      passwordLoginEnabled
      providers {
        slug
        displayName
        startUrl
      }
    }
  }
`;
