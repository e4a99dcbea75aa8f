import type { RaRecord } from 'react-admin';

export interface IndicatorValue {
  date: string;
  value: string;
}

export interface Realisation {
  asOf: string;
  rag: string | null;
  percent: string | null;
  improvement: string | null;
  plannedImprovement: string;
  targetToDate: string;
  latestValue: string | null;
  latestDate: string | null;
  monetisedPlannedNok: string | null;
  monetisedRealisedNok: string | null;
}

/** One version of a measurement, as listed in a current measurement's history. */
export interface MeasurementVersion {
  id: string;
  value: string;
  revision: number;
  recordedAt: string;
  recordedByName: string | null;
  /** Why the version before this one was corrected (null for the first recording). */
  correctionReason: string | null;
}

/** The current version of a measurement, with every version of the same date (oldest first). */
export interface Measurement extends MeasurementVersion {
  date: string;
  source: string;
  comment: string;
  versions?: MeasurementVersion[];
}

export interface Benefit extends RaRecord {
  id: string;
  title: string;
  description: string;
  category: string;
  status: string;
  isDisBenefit: boolean;
  indicator: { name: string; unit: string; direction: 'INCREASE' | 'DECREASE' };
  baseline: IndicatorValue;
  targets: IndicatorValue[];
  valuePerUnit: string | null;
  owner: { name: string; role: string; userId: string | null };
  receivingOrganisation: { id: string; name: string } | null;
  receivingOrganisationId: string | null;
  initiative: { id: string; code: string; name: string; owner: { id: string; name: string } };
  initiativeId: string;
  initiativeOwnerId: string;
  measurementFrequency: string;
  measurementMethod: string;
  realisation: Realisation;
  rag: string | null;
  measurements?: Measurement[];
  risks?: { id: string; description: string; likelihood: string; impact: string; mitigation: string }[];
  version: number;
}
