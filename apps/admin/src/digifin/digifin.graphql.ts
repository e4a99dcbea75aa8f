/** The API's documents for the DigiFin fund's ledger page. */
import type { DigifinContributionsQuery, DigifinLedgerPageQuery, GraphQLDocument } from '../api/graphql';

/** The balance by year, the matching rule, the totals and the grants of the year. */
export const DIGIFIN_LEDGER: GraphQLDocument<DigifinLedgerPageQuery> = /* GraphQL */ `
  query DigifinLedgerPage($year: Int!) {
    digifinLedger(year: $year) {
      year
      years {
        year
        opening
        state
        municipalities
        countyAuthorities
        ks
        contributions
        grants
        closing
        overdrawn
        cumulativeState
        cumulativeLocal
        matchingMet
      }
      selectedYear {
        year
        contributions
        grants
        closing
      }
      matching {
        met
        metFrom
        yearsNotMet
        cumulativeState
        cumulativeLocal
        surplus
      }
      totals {
        state
        local
        contributions
        grants
        closing
      }
      grants {
        initiativeId
        code
        name
        ownerName
        year
        planned
        received
      }
    }
  }
`;

/** One page of the year's contributions per organisation, searched, with the totals of every matching row. */
export const DIGIFIN_CONTRIBUTIONS: GraphQLDocument<DigifinContributionsQuery> = /* GraphQL */ `
  query DigifinContributions($year: Int!, $search: String, $offset: Int!, $limit: Int!) {
    digifinLedger(year: $year) {
      contributions(search: $search, offset: $offset, limit: $limit) {
        totalCount
        totalAmount
        totalPopulation
        nodes {
          organisationId
          name
          orgNumber
          kind
          population
          populationYear
          rate
          amount
        }
      }
    }
  }
`;
