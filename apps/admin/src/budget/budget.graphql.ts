/** The API's documents for issue 21: the four-year forecast, KOSTRA codes, invoice basis, key confirmations. */
import type {
  AdoptBudgetForecastMutation,
  BudgetForecastQuery,
  GraphQLDocument,
  KeyConfirmationsQuery,
  KostraCodesQuery,
  RespondToKeyMutation,
  SetKostraCodeMutation,
} from '../api/graphql';
import { USER_ERROR_FIELDS } from '../api/userErrors.graphql';

export const BUDGET_FORECAST: GraphQLDocument<BudgetForecastQuery> = /* GraphQL */ `
  query BudgetForecast($organisationId: ID!, $startYear: Int) {
    budgetForecast(organisationId: $organisationId, startYear: $startYear) {
      years
      totals {
        year
        amount
        adopted: adoptedAmount
        deviation: deviationAmount
      }
      rows {
        initiativeId
        initiativeCode
        initiativeName
        kostraArt
        kostraFunction
        cells {
          year
          amount
          status
          populationYears
          adopted: adoptedAmount
          deviation: deviationAmount
          problemNb
          problem
        }
      }
    }
  }
`;

export const ADOPT_BUDGET_FORECAST: GraphQLDocument<AdoptBudgetForecastMutation> = /* GraphQL */ `
  mutation AdoptBudgetForecast($organisationId: ID!, $year: Int!) {
    adoptBudgetForecast(organisationId: $organisationId, year: $year) {
      budgetForecast {
        years
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`;

export const KOSTRA_CODES: GraphQLDocument<KostraCodesQuery> = /* GraphQL */ `
  query KostraCodes($organisationId: ID!) {
    kostraCodes(filter: { organisationId: $organisationId }) {
      category
      art
      function
      own
    }
  }
`;

export const SET_KOSTRA_CODE: GraphQLDocument<SetKostraCodeMutation> = /* GraphQL */ `
  mutation SetKostraCode($organisationId: ID!, $category: CostCategory!, $art: String!, $function: String!) {
    setKostraCode(organisationId: $organisationId, category: $category, art: $art, function: $function) {
      kostraCodes {
        category
        art
        function
        own
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`;

export const KEY_CONFIRMATIONS: GraphQLDocument<KeyConfirmationsQuery> = /* GraphQL */ `
  query KeyConfirmations($initiativeId: ID!) {
    keyConfirmations(initiativeId: $initiativeId) {
      keyName
      keyVersion
      keyVersionId
      participants {
        organisationId
        orgNumber
        name
        status
        comment
        decidedAt
        decidedByEmail
      }
    }
  }
`;

export const RESPOND_TO_KEY: GraphQLDocument<RespondToKeyMutation> = /* GraphQL */ `
  mutation RespondToKey($input: RespondToKeyInput!) {
    respondToKey(input: $input) {
      keyConfirmation {
        decision
        comment
        decidedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`;
