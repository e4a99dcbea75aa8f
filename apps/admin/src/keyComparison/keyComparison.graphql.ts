/** The API's documents for the key comparison (issue 15, "Agreeing a cost-sharing key"). */
import type { GraphQLDocument, KeyComparisonChoicesQuery, KeyComparisonQuery } from '../api/graphql';

/** The initiative and the keys that may be compared for it: its own key and its owner's keys. */
export const KEY_COMPARISON_CHOICES: GraphQLDocument<KeyComparisonChoicesQuery> = /* GraphQL */ `
  query KeyComparisonChoices($initiativeId: ID!, $ownerId: ID) {
    initiative(id: $initiativeId) {
      id
      code
      name
      owner {
        id
        name
      }
      costSharingKey {
        id
        name
      }
    }
    costSharingKeys(filter: { ownerOrganisationId: $ownerId }, limit: 100, offset: 0) {
      nodes {
        id
        name
      }
    }
  }
`;

export const KEY_COMPARISON: GraphQLDocument<KeyComparisonQuery> = /* GraphQL */ `
  query KeyComparison($input: KeyComparisonInput!) {
    keyComparison(input: $input) {
      year
      populationYear
      referenceIndex
      scope
      costItemAmount
      keys {
        index
        name
        method
        populationYear
        total: totalAmount
        difference: differenceAmount
        reconciles
      }
      rows {
        totalCount
        nodes {
          organisationId
          name
          orgNumber
          administrativeLevel
          countyName
          population
          amounts
          differences: differenceAmounts
          differencesPerInhabitant: differencePerInhabitantAmounts
          outcomes
        }
      }
      byLevel {
        keyIndex
        group
        gainers
        gainersSum: gainersAmount
        losers
        losersSum: losersAmount
        unchanged
        net: netAmount
      }
      byCounty {
        keyIndex
        group
        label
        gainers
        gainersSum: gainersAmount
        losers
        losersSum: losersAmount
        unchanged
        net: netAmount
      }
    }
  }
`;
