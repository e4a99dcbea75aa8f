/** The API's documents for organisations, and the record the admin edits. */
import type {
  CreateOrganisationMutation,
  GraphQLDocument,
  ImportPopulationMutation,
  OrganisationFieldsFragment,
  OrganisationListQuery,
  OrganisationQuery,
  SetOrganisationPopulationMutation,
  UpdateOrganisationMutation,
} from '../api/graphql';

export const ORGANISATION_FIELDS = /* GraphQL */ `
  fragment OrganisationFields on Organisation {
    id
    orgNumber
    name
    displayName
    kind
    administrativeLevel
    municipalityNumber
    countyNumber
    parent {
      id
      name
    }
    population
    populations {
      year
      value
      source
    }
    isDemo
    version
  }
`;

export const ORGANISATION_LIST: GraphQLDocument<OrganisationListQuery> = /* GraphQL */ `
  query OrganisationList($filter: OrganisationFilter, $offset: Int, $limit: Int, $sort: OrganisationSort) {
    organisations(filter: $filter, offset: $offset, limit: $limit, sort: $sort) {
      totalCount
      nodes {
        ...OrganisationFields
      }
    }
  }
  ${ORGANISATION_FIELDS}
`;

export const ORGANISATION_ONE: GraphQLDocument<OrganisationQuery> = /* GraphQL */ `
  query Organisation($id: ID!) {
    organisation(id: $id) {
      ...OrganisationFields
    }
  }
  ${ORGANISATION_FIELDS}
`;

export const CREATE_ORGANISATION: GraphQLDocument<CreateOrganisationMutation> = /* GraphQL */ `
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      ...OrganisationFields
    }
  }
  ${ORGANISATION_FIELDS}
`;

export const UPDATE_ORGANISATION: GraphQLDocument<UpdateOrganisationMutation> = /* GraphQL */ `
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      ...OrganisationFields
    }
  }
  ${ORGANISATION_FIELDS}
`;

export const SET_POPULATION: GraphQLDocument<SetOrganisationPopulationMutation> = /* GraphQL */ `
  mutation SetOrganisationPopulation($organisationId: ID!, $population: PopulationInput!) {
    setOrganisationPopulation(organisationId: $organisationId, population: $population) {
      id
      version
      population
      populations {
        year
        value
        source
      }
    }
  }
`;

export const IMPORT_POPULATION: GraphQLDocument<ImportPopulationMutation> = /* GraphQL */ `
  mutation ImportPopulation($csv: String!, $year: Int!, $dryRun: Boolean) {
    importPopulation(csv: $csv, year: $year, dryRun: $dryRun) {
      year
      dryRun
      source
      rows
      matched
      added
      changed
      unchanged
      problems {
        line
        message
      }
      unknownMunicipalityNumbers
      missingMunicipalities {
        municipalityNumber
        name
      }
    }
  }
`;

/** An organisation as the admin shows and edits it: the API's fields plus the parent's id for the form. */
export type Organisation = OrganisationFieldsFragment & { parentId: string | null };
