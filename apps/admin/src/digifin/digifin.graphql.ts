/** The API's documents for the DigiFin fund's ledger page. */
import type { DigifinContributionsQuery, DigifinLedgerPageQuery, GraphQLDocument } from '../api/graphql';

/** The balance by year, the matching rule, the totals and the grants of the year. */
export const DIGIFIN_LEDGER: GraphQLDocument<DigifinLedgerPageQuery> = /* GraphQL */ `
  query DigifinLedgerPage($year: Int!) {
    digifinLedger(year: $year) {
      year
      years {
        year
        opening: openingAmount
        state: stateAmount
        municipalities: municipalitiesAmount
        countyAuthorities: countyAuthoritiesAmount
        ks: ksAmount
        contributions: contributionsAmount
        grants: grantsAmount
        closing: closingAmount
        overdrawn
        cumulativeState: cumulativeStateAmount
        cumulativeLocal: cumulativeLocalAmount
        matchingMet
      }
      selectedYear {
        year
        contributions: contributionsAmount
        grants: grantsAmount
        closing: closingAmount
      }
      matching {
        met
        metFrom
        yearsNotMet
        cumulativeState: cumulativeStateAmount
        cumulativeLocal: cumulativeLocalAmount
        surplus: surplusAmount
      }
      totals {
        state: stateAmount
        local: localAmount
        contributions: contributionsAmount
        grants: grantsAmount
        closing: closingAmount
      }
      grants {
        initiativeId
        code
        name
        ownerName
        year
        planned: plannedAmount
        received: receivedAmount
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
