import type {
  BenefitCategory,
  BenefitStatus,
  IndicatorDirection,
  MeasurementFrequency,
  RiskLevel,
} from '@gevinst/domain';
import { type EnumValue, mutate, nextFixtureNumber, withDefaults } from './graphql.js';
import type { Gql } from './test-app.js';

/** A dated indicator value; the value is a decimal string, never a float. */
export interface IndicatorValueFixture {
  date: string;
  value: string;
}

/** CreateBenefitInput as the API takes it; only the initiative has no default. */
export interface BenefitFixture {
  initiativeId: string;
  /** Default "Gevinst <n>". */
  title?: string;
  /** Default NON_MONETISED, which needs neither a receiving organisation nor a value per unit. */
  category?: EnumValue<BenefitCategory>;
  description?: string;
  isDisBenefit?: boolean;
  receivingOrganisationId?: string | null;
  /** Default { name: 'Gevinsteier' }. */
  owner?: { name: string; role?: string; userId?: string };
  /** Default "Indikator", counted in "stk", higher is better. */
  indicator?: { name: string; unit: string; direction: EnumValue<IndicatorDirection> };
  /** Default 0 on 1 January 2024. */
  baseline?: IndicatorValueFixture;
  targets?: IndicatorValueFixture[];
  valuePerUnit?: string;
  measurementMethod?: string;
  measurementFrequency?: EnumValue<MeasurementFrequency>;
  status?: EnumValue<BenefitStatus>;
  risks?: {
    description: string;
    likelihood: EnumValue<RiskLevel>;
    impact: EnumValue<RiskLevel>;
    mitigation?: string;
  }[];
}

export interface CreatedBenefit {
  id: string;
  version: number;
}

/** Creates a benefit of an initiative through createBenefit as `gql`'s caller. */
export async function aBenefit(gql: Gql, input: BenefitFixture): Promise<CreatedBenefit> {
  const data = await mutate<{ createBenefit: CreatedBenefit }>(
    gql,
    'aBenefit',
    `mutation($i: CreateBenefitInput!) { createBenefit(input: $i) { id version } }`,
    {
      i: withDefaults(
        {
          title: `Gevinst ${nextFixtureNumber()}`,
          category: 'NON_MONETISED',
          owner: { name: 'Gevinsteier' },
          indicator: { name: 'Indikator', unit: 'stk', direction: 'INCREASE' },
          baseline: { date: '2024-01-01', value: '0' },
        },
        input,
      ),
    },
  );
  return data.createBenefit;
}

/** RecordMeasurementInput as the API takes it: the date and the value are the point, so no defaults. */
export interface MeasurementFixture {
  benefitId: string;
  date: string;
  /** A decimal string, never a float. */
  value: string;
  source?: string;
  comment?: string;
}

export interface RecordedMeasurement {
  id: string;
  revision: number;
}

/** Records a measurement of a benefit through recordMeasurement as `gql`'s caller. */
export async function aMeasurement(gql: Gql, input: MeasurementFixture): Promise<RecordedMeasurement> {
  const data = await mutate<{ recordMeasurement: RecordedMeasurement }>(
    gql,
    'aMeasurement',
    `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { id revision } }`,
    { i: input },
  );
  return data.recordMeasurement;
}
