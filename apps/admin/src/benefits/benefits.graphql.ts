/** The API's documents for benefits and their measurements, and the record the admin shows. */
import type {
  BenefitDetailFragment,
  BenefitListQuery,
  BenefitQuery,
  CorrectMeasurementMutation,
  CreateBenefitMutation,
  GraphQLDocument,
  RecordMeasurementMutation,
  UpdateBenefitMutation,
} from '../api/graphql';

export const BENEFIT_FIELDS = /* GraphQL */ `
  fragment BenefitFields on Benefit {
    id
    title
    description
    category
    status
    isDisBenefit
    isDemo
    version
    updatedAt
    indicator {
      name
      unit
      direction
      kind
    }
    effectStart
    effectiveEffectStart
    baseline {
      date
      value
    }
    targets {
      date
      value
    }
    valuePerUnit: valuePerUnitAmount
    owner {
      name
      role
      userId
    }
    receivingOrganisation {
      id
      name
    }
    initiative {
      id
      code
      name
      owner {
        id
        name
      }
    }
    measurementFrequency
    measurementMethod
    realisation {
      asOf
      rag
      percent
      improvement
      plannedImprovement
      targetToDate
      latestValue
      latestDate
      monetisedPlannedNok: monetisedPlannedAmount
      monetisedRealisedNok: monetisedRealisedAmount
    }
  }
`;

/** A benefit with its measurements (each with its versions) and risks. */
export const BENEFIT_DETAIL = /* GraphQL */ `
  fragment BenefitDetail on Benefit {
    ...BenefitFields
    deviatesFromPlan
    planInForce {
      baseline {
        date
        value
      }
      targets {
        date
        value
      }
    }
    measurements {
      id
      date
      value
      source
      comment
      recordedAt
      recordedByName
      revision
      correctionReason
      versions {
        id
        value
        revision
        recordedAt
        recordedByName
        correctionReason
      }
    }
    risks {
      id
      description
      likelihood
      impact
      mitigation
    }
  }
`;

export const BENEFIT_LIST: GraphQLDocument<BenefitListQuery> = /* GraphQL */ `
  query BenefitList($filter: BenefitFilter, $sort: BenefitSort, $offset: Int!, $limit: Int!) {
    benefits(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
      totalCount
      nodes {
        ...BenefitFields
      }
    }
  }
  ${BENEFIT_FIELDS}
`;

export const BENEFIT_ONE: GraphQLDocument<BenefitQuery> = /* GraphQL */ `
  query Benefit($id: ID!) {
    benefit(id: $id) {
      ...BenefitDetail
    }
  }
  ${BENEFIT_DETAIL}
  ${BENEFIT_FIELDS}
`;

export const CREATE_BENEFIT: GraphQLDocument<CreateBenefitMutation> = /* GraphQL */ `
  mutation CreateBenefit($input: CreateBenefitInput!) {
    createBenefit(input: $input) {
      ...BenefitDetail
    }
  }
  ${BENEFIT_DETAIL}
  ${BENEFIT_FIELDS}
`;

export const UPDATE_BENEFIT: GraphQLDocument<UpdateBenefitMutation> = /* GraphQL */ `
  mutation UpdateBenefit($input: UpdateBenefitInput!) {
    updateBenefit(input: $input) {
      ...BenefitDetail
    }
  }
  ${BENEFIT_DETAIL}
  ${BENEFIT_FIELDS}
`;

export const RECORD_MEASUREMENT: GraphQLDocument<RecordMeasurementMutation> = /* GraphQL */ `
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      id
      date
      value
    }
  }
`;

/** A new version of a measurement (the old one stays readable, superseded). */
export const CORRECT_MEASUREMENT: GraphQLDocument<CorrectMeasurementMutation> = /* GraphQL */ `
  mutation CorrectMeasurement($input: CorrectMeasurementInput!) {
    correctMeasurement(input: $input) {
      id
      date
      value
      revision
      correctionReason
      supersedesId
    }
  }
`;

type ApiMeasurement = BenefitDetailFragment['measurements'][number];
/** One version of a measurement, as listed in a current measurement's history. */
export type MeasurementVersion = ApiMeasurement['versions'][number];
/** The current version of a measurement, with every version of the same date (oldest first) when fetched. */
export type Measurement = Omit<ApiMeasurement, 'versions'> & { versions?: MeasurementVersion[] };

/**
 * A benefit as the admin shows it: the API's fields (measurements and risks on its own page) plus the
 * ids the forms and references use and its RAG status today.
 */
export type Benefit = Omit<
  BenefitDetailFragment,
  'measurements' | 'risks' | 'deviatesFromPlan' | 'planInForce'
> &
  Partial<Pick<BenefitDetailFragment, 'measurements' | 'risks' | 'deviatesFromPlan' | 'planInForce'>> & {
    initiativeId: string;
    initiativeOwnerId: string;
    receivingOrganisationId: string | null;
    rag: BenefitDetailFragment['realisation']['rag'];
  };
