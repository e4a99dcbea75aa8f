/**
 * The GraphQL documents of the pages that go beyond react-admin's resources, with the shapes they
 * return. operations.spec.ts validates every document against the API's generated schema.
 */

// ---------------------------------------------------------------------------------------------------
// Participants

export const ADD_PARTICIPANT = `mutation AddParticipant($initiativeId: ID!, $organisationId: ID!, $role: ParticipantRole!, $pays: Boolean) {
  addParticipant(initiativeId: $initiativeId, organisationId: $organisationId, role: $role, pays: $pays) { id role pays }
}`;

export const REMOVE_PARTICIPANT = `mutation RemoveParticipant($initiativeId: ID!, $organisationId: ID!) {
  removeParticipant(initiativeId: $initiativeId, organisationId: $organisationId) { id version }
}`;

export const INITIATIVE_PARTICIPANTS = `query InitiativeParticipants($id: ID!) {
  initiative(id: $id) {
    id
    participants { id role pays costGroup organisation { id name kind administrativeLevel population } }
  }
}`;

export interface ParticipantDetail {
  id: string;
  role: string;
  pays: boolean;
  costGroup: string | null;
  organisation: {
    id: string;
    name: string;
    kind: string;
    administrativeLevel: string;
    population: number | null;
  };
}

// ---------------------------------------------------------------------------------------------------
// Cost sharing and allocation runs

export const INITIATIVE_COST_SHARING = `query InitiativeCostSharing($id: ID!) {
  initiative(id: $id) {
    id code version
    owner { id }
    costSharingKey { id name currentVersion current { spec populationYear } }
    costItems { id year plannedAmount actualAmount }
  }
}`;

export interface InitiativeCostSharing {
  initiative: {
    id: string;
    code: string;
    version: number;
    owner: { id: string };
    costSharingKey: {
      id: string;
      name: string;
      currentVersion: number;
      current: { spec: Record<string, unknown>; populationYear: number | null };
    } | null;
    costItems: { id: string; year: number; plannedAmount: string; actualAmount: string | null }[];
  } | null;
}

export const SET_INITIATIVE_KEY = `mutation SetInitiativeKey($input: UpdateInitiativeInput!) {
  updateInitiative(input: $input) { id version costSharingKey { id name } }
}`;

export const PREVIEW_ALLOCATION = `query PreviewAllocation($initiativeId: ID!, $year: Int!, $keyId: ID, $spec: JSONObject, $total: Money, $populationYear: Int, $language: ExplanationLanguage) {
  previewAllocation(initiativeId: $initiativeId, year: $year, keyId: $keyId, spec: $spec, total: $total, populationYear: $populationYear, language: $language) {
    total
    lines { organisationId amount share explanation organisation { id name } }
  }
}`;

export interface AllocationPreview {
  previewAllocation: {
    total: string;
    lines: {
      organisationId: string;
      amount: string;
      share: string;
      explanation: string;
      organisation: { id: string; name: string };
    }[];
  };
}

export const ALLOCATION_RUNS = `query AllocationRuns($initiativeId: ID!, $year: Int) {
  allocationRuns(initiativeId: $initiativeId, year: $year) {
    id year status plannedTotal actualTotal lineCount createdAt createdByEmail supersededAt
  }
}`;

export interface AllocationRun {
  id: string;
  year: number;
  /** CURRENT or SUPERSEDED. */
  status: string;
  plannedTotal: string;
  actualTotal: string | null;
  lineCount: number;
  createdAt: string;
  createdByEmail: string | null;
  supersededAt: string | null;
}

export const RUN_ALLOCATION = `mutation RunAllocation($initiativeId: ID!, $year: Int!, $supersedes: ID) {
  runAllocation(initiativeId: $initiativeId, year: $year, supersedes: $supersedes) { id year status plannedTotal lineCount }
}`;

export const ALLOCATION_SUMMARY = `query AllocationSummary($organisationId: ID!, $year: Int!) {
  organisation(id: $organisationId) {
    id name
    allocationSummary(year: $year) {
      year total actualTotal
      byInitiative { amount actualAmount initiative { id code name } }
    }
  }
}`;

export interface AllocationSummary {
  organisation: {
    id: string;
    name: string;
    allocationSummary: {
      year: number;
      total: string;
      actualTotal: string;
      byInitiative: {
        amount: string;
        actualAmount: string;
        initiative: { id: string; code: string; name: string };
      }[];
    };
  } | null;
}

/** Which initiatives use which key, and their cost years: the key editor's default preview. */
export const KEY_USAGE = `query KeyUsage {
  initiatives(limit: 500, sort: { field: CODE, direction: ASC }) {
    nodes { id code name owner { id } costSharingKey { id } costItems { year } }
  }
}`;

export interface KeyUsage {
  initiatives: {
    nodes: {
      id: string;
      code: string;
      name: string;
      owner: { id: string };
      costSharingKey: { id: string } | null;
      costItems: { year: number }[];
    }[];
  };
}

export const ALLOCATION_DRIVER_NAMES = `query AllocationDriverNames($initiativeId: ID!) {
  allocationDrivers(initiativeId: $initiativeId) { driver year }
}`;

export const ALLOCATION_DRIVERS = `query AllocationDrivers($initiativeId: ID!, $year: Int) {
  allocationDrivers(initiativeId: $initiativeId, year: $year) { driver year value source organisation { id name } }
}`;

export interface AllocationDrivers {
  allocationDrivers: {
    driver: string;
    year: number;
    value: string;
    source: string;
    organisation: { id: string; name: string };
  }[];
}

export const SET_ALLOCATION_DRIVERS = `mutation SetAllocationDrivers($input: SetAllocationDriversInput!) {
  setAllocationDrivers(input: $input) { driver year value }
}`;

// ---------------------------------------------------------------------------------------------------
// Benefits

export const RECORD_MEASUREMENT = `mutation RecordMeasurement($input: RecordMeasurementInput!) {
  recordMeasurement(input: $input) { id date value }
}`;

/** A new version of a measurement (the old one stays readable, superseded). */
export const CORRECT_MEASUREMENT = `mutation CorrectMeasurement($input: CorrectMeasurementInput!) {
  correctMeasurement(input: $input) { id date value revision correctionReason supersedesId }
}`;

export const BENEFITS_MAP = `query BenefitsMap($initiativeId: ID!) {
  benefitsMap(initiativeId: $initiativeId) {
    nodes {
      id type title benefitCategory benefitStatus enablerKind
      enabler { id description version }
      benefit { id realisation { rag percent } }
    }
    edges { id fromId toId }
  }
}`;

export interface BenefitsMapData {
  benefitsMap: {
    nodes: {
      id: string;
      type: 'BENEFIT' | 'ENABLER';
      title: string;
      benefitCategory: string | null;
      benefitStatus: string | null;
      enablerKind: string | null;
      enabler: { id: string; description: string; version: number } | null;
      benefit: { id: string; realisation: { rag: string | null; percent: string | null } } | null;
    }[];
    edges: { id: string; fromId: string; toId: string }[];
  };
}

export const CREATE_ENABLER = `mutation CreateEnabler($input: CreateEnablerInput!) {
  createEnabler(input: $input) { id kind title description version }
}`;

export const UPDATE_ENABLER = `mutation UpdateEnabler($input: UpdateEnablerInput!) {
  updateEnabler(input: $input) { id kind title description version }
}`;

export const DELETE_ENABLER = `mutation DeleteEnabler($id: ID!, $version: Int!) {
  deleteEnabler(id: $id, version: $version)
}`;

export const ADD_BENEFITS_MAP_EDGE = `mutation AddBenefitsMapEdge($input: AddBenefitsMapEdgeInput!) {
  addBenefitsMapEdge(input: $input) { id fromId toId }
}`;

export const REMOVE_BENEFITS_MAP_EDGE = `mutation RemoveBenefitsMapEdge($id: ID!) {
  removeBenefitsMapEdge(id: $id)
}`;

// ---------------------------------------------------------------------------------------------------
// Economics (NPV after R-109)

export const INITIATIVE_ECONOMICS = `query InitiativeEconomics($id: ID!) {
  initiative(id: $id) {
    id
    economics {
      asOf baseYear toYear npv npvPerNokInvested paybackYear taxFinancingCost
      presentValueBenefits presentValueCosts presentValueInvestment presentValueTaxFinancingCost
      totalPlannedCost totalActualCost totalPlannedBenefitNok totalRealisedBenefitNok
      discountRates { rate throughYear }
      costsByYear { year planned actual }
      benefitsByYear { year plannedNok realisedNok }
      npvByYear { year yearsFromBase cost benefit net discountFactor presentNet cumulativePresentNet }
    }
  }
}`;

export interface InitiativeEconomics {
  asOf: string;
  baseYear: number;
  toYear: number;
  npv: string;
  npvPerNokInvested: string | null;
  paybackYear: number | null;
  taxFinancingCost: string;
  presentValueBenefits: string;
  presentValueCosts: string;
  presentValueInvestment: string;
  presentValueTaxFinancingCost: string;
  totalPlannedCost: string;
  totalActualCost: string;
  totalPlannedBenefitNok: string;
  totalRealisedBenefitNok: string;
  discountRates: { rate: string; throughYear: number | null }[];
  costsByYear: { year: number; planned: string; actual: string | null }[];
  benefitsByYear: { year: number; plannedNok: string; realisedNok: string | null }[];
  npvByYear: {
    year: number;
    yearsFromBase: number;
    cost: string;
    benefit: string;
    net: string;
    discountFactor: string;
    presentNet: string;
    cumulativePresentNet: string;
  }[];
}

// ---------------------------------------------------------------------------------------------------
// Portfolio analytics

const FIGURES = `initiativeCount benefitCount plannedCostNok actualCostNok plannedBenefitNok plannedBenefitToDateNok
  realisedBenefitNok realisationPercent rag { green amber red notAssessed }`;

export const PORTFOLIO_SUMMARY = `query PortfolioSummary($filter: PortfolioFilter) {
  portfolioSummary(filter: $filter) {
    asOf fromYear toYear
    ${FIGURES}
    initiativeRag { green amber red notAssessed }
    byYear { year plannedCostNok actualCostNok plannedBenefitNok realisedBenefitNok }
    byMinistry { ministryId ministry { id name } ${FIGURES} }
    byLifeEvent { lifeEvent ${FIGURES} }
    byAdministrativeLevel { level ${FIGURES} }
  }
}`;

export interface RagCounts {
  green: number;
  amber: number;
  red: number;
  notAssessed: number;
}

export interface PortfolioFigures {
  initiativeCount: number;
  benefitCount: number;
  plannedCostNok: string;
  actualCostNok: string;
  plannedBenefitNok: string;
  plannedBenefitToDateNok: string;
  realisedBenefitNok: string;
  realisationPercent: string | null;
  rag: RagCounts;
}

export interface PortfolioSummary {
  portfolioSummary: PortfolioFigures & {
    /** Initiatives by their overall status (the worst of their benefits not cancelled). */
    initiativeRag: RagCounts;
    asOf: string;
    fromYear: number | null;
    toYear: number | null;
    byYear: {
      year: number;
      plannedCostNok: string;
      actualCostNok: string | null;
      plannedBenefitNok: string;
      realisedBenefitNok: string | null;
    }[];
    byMinistry: (PortfolioFigures & { ministryId: string; ministry: { id: string; name: string } })[];
    byLifeEvent: (PortfolioFigures & { lifeEvent: string | null })[];
    byAdministrativeLevel: (PortfolioFigures & { level: string })[];
  };
}

export const NET_POSITIONS = `query NetPositions($filter: PortfolioFilter) {
  netPositions(filter: $filter) {
    totals { allocatedCostNok plannedBenefitNok realisedBenefitNok plannedNetNok realisedNetNok }
    levels { level organisations allocatedCostNok plannedBenefitNok realisedBenefitNok plannedNetNok flags }
    matrix { payerLevel beneficiaryLevel costNok plannedBenefitNok realisedBenefitNok }
    organisations { organisationId organisation { id name } level allocatedCostNok plannedBenefitNok realisedBenefitNok plannedNetNok flags }
  }
}`;

export interface NetPositions {
  netPositions: {
    totals: {
      allocatedCostNok: string;
      plannedBenefitNok: string;
      realisedBenefitNok: string;
      plannedNetNok: string;
      realisedNetNok: string;
    };
    levels: {
      level: string;
      organisations: number;
      allocatedCostNok: string;
      plannedBenefitNok: string;
      realisedBenefitNok: string;
      plannedNetNok: string;
      flags: string[];
    }[];
    matrix: {
      payerLevel: string | null;
      beneficiaryLevel: string | null;
      costNok: string;
      plannedBenefitNok: string;
      realisedBenefitNok: string;
    }[];
    organisations: {
      organisationId: string;
      organisation: { id: string; name: string };
      level: string;
      allocatedCostNok: string;
      plannedBenefitNok: string;
      realisedBenefitNok: string;
      plannedNetNok: string;
      flags: string[];
    }[];
  };
}

/** The portfolio's initiatives with their benefits' realisation: which are furthest behind plan. */
export const INITIATIVES_REALISATION = `query InitiativesRealisation($filter: InitiativeFilter) {
  initiatives(filter: $filter, limit: 500) {
    totalCount
    nodes {
      id code name phase
      benefits { id status realisation { rag percent monetisedPlannedNok monetisedRealisedNok } }
    }
  }
}`;

export interface InitiativesRealisation {
  initiatives: {
    totalCount: number;
    nodes: {
      id: string;
      code: string;
      name: string;
      phase: string;
      benefits: {
        id: string;
        status: string;
        realisation: {
          rag: string | null;
          percent: string | null;
          monetisedPlannedNok: string | null;
          monetisedRealisedNok: string | null;
        };
      }[];
    }[];
  };
}

// ---------------------------------------------------------------------------------------------------
// Organisations and API tokens

export const SET_POPULATION = `mutation SetOrganisationPopulation($organisationId: ID!, $population: PopulationInput!) {
  setOrganisationPopulation(organisationId: $organisationId, population: $population) {
    id version population populations { year value source }
  }
}`;

export const IMPORT_POPULATION = `mutation ImportPopulation($csv: String!, $year: Int!, $dryRun: Boolean) {
  importPopulation(csv: $csv, year: $year, dryRun: $dryRun) {
    year dryRun source rows matched added changed unchanged
    problems { line message }
    unknownMunicipalityNumbers
    missingMunicipalities { municipalityNumber name }
  }
}`;

export interface PopulationImportReport {
  importPopulation: {
    year: number;
    dryRun: boolean;
    source: string;
    rows: number;
    matched: number;
    added: number;
    changed: number;
    unchanged: number;
    problems: { line: number | null; message: string }[];
    unknownMunicipalityNumbers: string[];
    missingMunicipalities: { municipalityNumber: string; name: string }[];
  };
}

export const REVOKE_API_TOKEN = `mutation RevokeToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`;

export const OPERATIONS = {
  ADD_PARTICIPANT,
  REMOVE_PARTICIPANT,
  INITIATIVE_PARTICIPANTS,
  INITIATIVE_COST_SHARING,
  SET_INITIATIVE_KEY,
  PREVIEW_ALLOCATION,
  ALLOCATION_RUNS,
  RUN_ALLOCATION,
  ALLOCATION_SUMMARY,
  KEY_USAGE,
  ALLOCATION_DRIVER_NAMES,
  ALLOCATION_DRIVERS,
  SET_ALLOCATION_DRIVERS,
  RECORD_MEASUREMENT,
  CORRECT_MEASUREMENT,
  BENEFITS_MAP,
  CREATE_ENABLER,
  UPDATE_ENABLER,
  DELETE_ENABLER,
  ADD_BENEFITS_MAP_EDGE,
  REMOVE_BENEFITS_MAP_EDGE,
  INITIATIVE_ECONOMICS,
  PORTFOLIO_SUMMARY,
  NET_POSITIONS,
  INITIATIVES_REALISATION,
  SET_POPULATION,
  IMPORT_POPULATION,
  REVOKE_API_TOKEN,
};
