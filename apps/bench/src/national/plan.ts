import {
  AdministrativeLevel,
  BenefitCategory,
  BenefitStatus,
  CostCategory,
  type CostSharingKeySpec,
  IndicatorDirection,
  InitiativePhase,
  type LifeEvent,
  MeasurementFrequency,
  OrganisationKind,
  ParticipantRole,
  RiskLevel,
} from '@gevinst/domain';
import { formatOre } from '@gevinst/cost-model';
import {
  COST_DESCRIPTIONS,
  INDICATORS,
  type IndicatorTemplate,
  KDD,
  NAME_PREFIXES,
  OWNER_ROLES,
  RISKS,
  SERVICE_AREAS,
  type ServiceArea,
} from './catalogue.js';
import {
  addDays,
  amountOre,
  daysBetween,
  monthStart,
  periodEnds,
  scaledOre,
  spreadExactly,
  yearOfDate,
} from './distributions.js';
import { type FundingRow, fundingPlan } from './funding.js';
import type { Rng } from './prng.js';

/** The data set describes the portfolio as it stood on this day (fixed, so the data never depends on when it is generated). */
export const AS_OF = '2026-10-31';
export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2026;
/** The keys use the stored population of 1 January of this year (the reference data's year). */
export const POPULATION_YEAR = 2024;
export const CODE_PREFIX = 'NAT-';

export interface RefOrganisation {
  id: string;
  orgNumber: string;
  name: string;
  kind: OrganisationKind;
  level: AdministrativeLevel;
  municipalityNumber: string | null;
  countyNumber: string | null;
  /** population on 1 January POPULATION_YEAR, when stored */
  population: number | null;
}

export interface NationalReference {
  byOrgNumber: Map<string, RefOrganisation>;
  byId: Map<string, RefOrganisation>;
  /** by municipality number */
  municipalities: RefOrganisation[];
  municipalitiesByCounty: Map<string, RefOrganisation[]>;
  countyAuthorities: Map<string, RefOrganisation>;
  /** county numbers with at least two municipalities, for county and local collaborations */
  counties: string[];
  ks: RefOrganisation;
}

export function buildReference(organisations: readonly RefOrganisation[]): NationalReference {
  const byOrgNumber = new Map(organisations.map((o) => [o.orgNumber, o]));
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const municipalities = organisations
    .filter((o) => o.kind === OrganisationKind.MUNICIPALITY)
    .sort((a, b) => (a.municipalityNumber! < b.municipalityNumber! ? -1 : 1));
  const missing = municipalities.filter((m) => m.population === null);
  if (missing.length)
    throw new Error(
      `No population for ${POPULATION_YEAR} is stored for ${missing.length} municipalities (${missing
        .slice(0, 3)
        .map((m) => m.name)
        .join(', ')}, …): the reference data must be loaded first`,
    );
  const municipalitiesByCounty = new Map<string, RefOrganisation[]>();
  for (const m of municipalities) {
    const list = municipalitiesByCounty.get(m.countyNumber!) ?? [];
    list.push(m);
    municipalitiesByCounty.set(m.countyNumber!, list);
  }
  const countyAuthorities = new Map(
    organisations
      .filter((o) => o.kind === OrganisationKind.COUNTY_AUTHORITY && o.countyNumber && o.population !== null)
      .map((o) => [o.countyNumber!, o]),
  );
  const ks = organisations.find((o) => o.kind === OrganisationKind.KS);
  if (!ks) throw new Error('KS is missing from the reference data');
  const counties = [...municipalitiesByCounty.entries()]
    .filter(([, list]) => list.length >= 2)
    .map(([county]) => county)
    .sort();
  return { byOrgNumber, byId, municipalities, municipalitiesByCounty, countyAuthorities, counties, ks };
}

export type Scale = 'NATIONAL' | 'REGIONAL' | 'COUNTY' | 'LOCAL';

export interface ParticipantRow {
  id: string;
  organisationId: string;
  role: ParticipantRole;
  pays: boolean;
}

export type { FundingRow } from './funding.js';

export interface CostItemRow {
  id: string;
  year: number;
  category: CostCategory;
  description: string;
  planned: string;
  actual: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface KeyRow {
  id: string;
  versionId: string;
  name: string;
  description: string;
  ownerOrganisationId: string;
  spec: CostSharingKeySpec;
  populationYear: number;
}

export interface TargetRow {
  date: string;
  value: string;
}

export interface RiskRow {
  id: string;
  description: string;
  likelihood: RiskLevel;
  impact: RiskLevel;
  mitigation: string;
}

export interface BenefitRow {
  id: string;
  initiativeId: string;
  title: string;
  description: string;
  category: BenefitCategory;
  isDisBenefit: boolean;
  receivingOrganisationId: string | null;
  ownerName: string;
  ownerRole: string;
  indicatorName: string;
  unit: string;
  direction: IndicatorDirection;
  baselineValue: number;
  baselineDate: string;
  valuePerUnit: string | null;
  method: string;
  frequency: MeasurementFrequency;
  status: BenefitStatus;
  createdAt: string;
  targets: TargetRow[];
  risks: RiskRow[];
  decimals: 0 | 1;
  /** how far the measurements follow the plan (1 = exactly on plan) */
  performance: number;
  /** the organisation whose people record the measurements */
  recorderOrganisationId: string;
  /** the dates the benefit could have been measured on by AS_OF */
  measurableDates: string[];
}

export interface InitiativePlan {
  index: number;
  id: string;
  code: string;
  name: string;
  description: string;
  scale: Scale;
  ownerId: string;
  ministryId: string;
  lifeEvent: LifeEvent | null;
  phase: InitiativePhase;
  startDate: string;
  endDate: string;
  createdAt: string;
  participants: ParticipantRow[];
  funding: FundingRow[];
  key: KeyRow;
  costItems: CostItemRow[];
  /** years with cost items: one CURRENT allocation run each */
  runYears: number[];
  /** years whose current run supersedes an earlier run made before the accounts were closed */
  supersededYears: number[];
  benefits: BenefitRow[];
}

export interface PlanOptions {
  initiatives: number;
  benefits: number;
}

const SCALES: readonly (readonly [Scale, number])[] = [
  ['NATIONAL', 7],
  ['REGIONAL', 10],
  ['COUNTY', 28],
  ['LOCAL', 55],
];

/** Months an initiative runs, by scale. */
const DURATION: Record<Scale, [number, number]> = {
  NATIONAL: [48, 120],
  REGIONAL: [36, 96],
  COUNTY: [24, 72],
  LOCAL: [12, 60],
};

/** Cost items per year, by scale. */
const ITEMS_PER_YEAR: Record<Scale, [number, number]> = {
  NATIONAL: [3, 10],
  REGIONAL: [2, 6],
  COUNTY: [2, 5],
  LOCAL: [1, 4],
};

/** A cost item's planned amount in NOK, by scale. */
const ITEM_AMOUNT: Record<Scale, [number, number, number]> = {
  NATIONAL: [2_000_000, 40_000_000, 10_000],
  REGIONAL: [500_000, 10_000_000, 5_000],
  COUNTY: [200_000, 4_000_000, 1_000],
  LOCAL: [50_000, 1_500_000, 1_000],
};

const BENEFIT_WEIGHT: Record<Scale, number> = { NATIONAL: 2.6, REGIONAL: 1.6, COUNTY: 1, LOCAL: 0.7 };

const CATEGORY_MIX: readonly (readonly [BenefitCategory, number])[] = [
  [BenefitCategory.FREED_CAPACITY, 25],
  [BenefitCategory.BUDGET_RELEASING, 20],
  [BenefitCategory.OTHER_PUBLIC_SECTOR, 15],
  [BenefitCategory.NON_MONETISED, 20],
  [BenefitCategory.CITIZENS_AND_BUSINESS, 20],
];

const FREQUENCY_MIX: readonly (readonly [MeasurementFrequency, number])[] = [
  [MeasurementFrequency.MONTHLY, 40],
  [MeasurementFrequency.QUARTERLY, 32],
  [MeasurementFrequency.HALF_YEARLY, 14],
  [MeasurementFrequency.YEARLY, 13],
  [MeasurementFrequency.ONCE, 1],
];

/** How well benefits go: on plan, somewhat behind, far behind, ahead. */
const PERFORMANCE_MIX: readonly (readonly [[number, number], number])[] = [
  [[0.92, 1.08], 40],
  [[0.6, 0.9], 30],
  [[0.15, 0.58], 18],
  [[1.08, 1.35], 12],
];

const DIS_BENEFIT: IndicatorTemplate = {
  category: BenefitCategory.BUDGET_RELEASING,
  title: () => 'Økte driftskostnader i overgangsperioden',
  indicator: () => 'Driftskostnader for gammel og ny løsning per år',
  unit: 'kroner',
  direction: IndicatorDirection.DECREASE,
  baselinePer10k: [30_000, 200_000],
  improvement: [-0.25, -0.08],
  valuePerUnit: [1, 1],
  method: 'Regnskap',
  decimals: 0,
};

function ministryOf(area: ServiceArea, reference: NationalReference): RefOrganisation {
  const ministry = reference.byOrgNumber.get(area.ministry) ?? reference.byOrgNumber.get(KDD);
  if (!ministry) throw new Error(`The ministry ${area.ministry} is missing from the reference data`);
  return ministry;
}

function agencyOf(rng: Rng, area: ServiceArea, reference: NationalReference): RefOrganisation | null {
  const agencies = area.agencies
    .map((orgNumber) => reference.byOrgNumber.get(orgNumber))
    .filter((o): o is RefOrganisation => o !== undefined);
  return agencies.length ? rng.pick(agencies) : null;
}

function pad(index: number, total: number): string {
  return String(index).padStart(Math.max(4, String(total).length), '0');
}

function phaseOf(rng: Rng, startDate: string, endDate: string): InitiativePhase {
  const sinceStart = daysBetween(startDate, AS_OF);
  if (sinceStart < 120) return rng.chance(0.35) ? InitiativePhase.CONCEPT : InitiativePhase.PLANNING;
  if (endDate < AS_OF)
    return daysBetween(endDate, AS_OF) > 365 && rng.chance(0.7)
      ? InitiativePhase.CLOSED
      : InitiativePhase.REALISATION;
  const elapsed = sinceStart / Math.max(1, daysBetween(startDate, endDate));
  return elapsed > 0.6 && rng.chance(0.5) ? InitiativePhase.REALISATION : InitiativePhase.EXECUTION;
}

function participantsOf(
  rng: Rng,
  scale: Scale,
  reference: NationalReference,
): { municipalities: RefOrganisation[]; countyAuthorities: RefOrganisation[]; county: string | null } {
  if (scale === 'NATIONAL')
    return { municipalities: reference.municipalities, countyAuthorities: [], county: null };
  if (scale === 'REGIONAL') {
    const counties = rng.sample(reference.counties, rng.int(2, Math.min(5, reference.counties.length)));
    return {
      municipalities: counties.flatMap((c) => reference.municipalitiesByCounty.get(c) ?? []),
      countyAuthorities: counties
        .map((c) => reference.countyAuthorities.get(c))
        .filter((o): o is RefOrganisation => o !== undefined),
      county: null,
    };
  }
  const county = rng.pick(reference.counties);
  const inCounty = reference.municipalitiesByCounty.get(county) ?? [];
  if (scale === 'COUNTY') {
    const count = rng.chance(0.6)
      ? inCounty.length
      : Math.max(2, Math.round(inCounty.length * rng.between(0.5, 0.9)));
    const authority = reference.countyAuthorities.get(county);
    return {
      municipalities: rng.sample(inCounty, count),
      countyAuthorities: authority && rng.chance(0.5) ? [authority] : [],
      county,
    };
  }
  const count = Math.min(inCounty.length, rng.int(2, 12));
  return { municipalities: rng.sample(inCounty, count), countyAuthorities: [], county };
}

function nok(whole: number): string {
  return `${whole}.00`;
}

function keySpecOf(
  rng: Rng,
  scale: Scale,
  owner: RefOrganisation,
  payingCount: number,
  smallestItemOre: bigint,
): CostSharingKeySpec {
  if (owner.kind === OrganisationKind.KS && rng.chance(0.4))
    return { method: 'PER_UNIT', driver: 'population', rate: nok(rng.int(2, 8)) };
  const choices: Record<Scale, readonly (readonly [string, number])[]> = {
    NATIONAL:
      owner.level === AdministrativeLevel.CENTRAL
        ? [
            ['TWO_LEVEL', 25],
            ['PROPORTIONAL', 45],
            ['BASE_PLUS_PROPORTIONAL', 20],
            ['BANDS', 10],
          ]
        : [
            ['PROPORTIONAL', 60],
            ['BASE_PLUS_PROPORTIONAL', 25],
            ['BANDS', 15],
          ],
    REGIONAL: [
      ['PROPORTIONAL', 50],
      ['BASE_PLUS_PROPORTIONAL', 25],
      ['BANDS', 15],
      ['EQUAL', 10],
    ],
    COUNTY: [
      ['PROPORTIONAL', 45],
      ['EQUAL', 20],
      ['BASE_PLUS_PROPORTIONAL', 20],
      ['BANDS', 15],
    ],
    LOCAL: [
      ['EQUAL', 35],
      ['PROPORTIONAL', 45],
      ['BASE_PLUS_PROPORTIONAL', 20],
    ],
  };
  const method = rng.weighted(choices[scale]);
  if (method === 'TWO_LEVEL') {
    const central = rng.pick([25, 30, 40, 50]);
    return {
      method: 'TWO_LEVEL',
      groups: [
        { group: 'CENTRAL', percent: String(central), key: { method: 'EQUAL' } },
        {
          group: 'LOCAL',
          percent: String(100 - central),
          key: { method: 'PROPORTIONAL', driver: 'population' },
        },
      ],
    };
  }
  if (method === 'BASE_PLUS_PROPORTIONAL') {
    // The base fees may take at most 40 % of the smallest item (actual amounts are at least 80 % of it).
    const limit = (smallestItemOre * 4n) / 10n / BigInt(payingCount) / 100_000n; // whole thousands of NOK
    const base = Math.min(Number(limit), rng.pick([5, 10, 20, 25]));
    if (base >= 1) return { method: 'BASE_PLUS_PROPORTIONAL', base: nok(base * 1000), driver: 'population' };
    return { method: 'PROPORTIONAL', driver: 'population' };
  }
  if (method === 'BANDS')
    return {
      method: 'BANDS',
      driver: 'population',
      bands: [{ upTo: 5000, fee: '10000.00' }, { upTo: 20000, fee: '20000.00' }, { fee: '30000.00' }],
    };
  if (method === 'EQUAL') return { method: 'EQUAL' };
  return { method: 'PROPORTIONAL', driver: 'population' };
}

const METHOD_NAMES: Record<string, string> = {
  EQUAL: 'likt fordelt',
  PROPORTIONAL: 'etter innbyggertall',
  PER_UNIT: 'kroner per innbygger',
  BASE_PLUS_PROPORTIONAL: 'grunnbeløp og innbyggertall',
  BANDS: 'avgift etter innbyggerbånd',
  TWO_LEVEL: 'stat og kommune',
};

function describeKey(spec: CostSharingKeySpec): string {
  switch (spec.method) {
    case 'PER_UNIT':
      return `${spec.rate} kroner per innbygger 1. januar ${POPULATION_YEAR} (SSB).`;
    case 'BASE_PLUS_PROPORTIONAL':
      return `Hver deltaker betaler ${spec.base} kroner per kostnadspost; resten fordeles etter innbyggertall 1. januar ${POPULATION_YEAR}.`;
    case 'BANDS':
      return 'Under 5 000 innbyggere: vekt 10 000; 5 000–20 000: 20 000; 20 000 eller flere: 30 000.';
    case 'TWO_LEVEL':
      return `Staten bærer ${spec.groups[0].percent} %, kommunene resten etter innbyggertall 1. januar ${POPULATION_YEAR}.`;
    case 'EQUAL':
      return 'Kostnaden deles likt mellom deltakerne.';
    default:
      return `Kostnaden fordeles etter innbyggertall 1. januar ${POPULATION_YEAR} (SSB).`;
  }
}

function costCategoryOf(rng: Rng, early: boolean): CostCategory {
  return rng.weighted(
    early
      ? [
          [CostCategory.DEVELOPMENT, 5],
          [CostCategory.PERSONNEL, 2],
          [CostCategory.LICENCE, 1],
          [CostCategory.OTHER, 1],
        ]
      : [
          [CostCategory.OPERATION, 4],
          [CostCategory.MAINTENANCE, 2],
          [CostCategory.LICENCE, 2],
          [CostCategory.DEVELOPMENT, 1],
          [CostCategory.PERSONNEL, 1],
        ],
  );
}

function timestamp(date: string, hour: number): string {
  return `${date}T${String(hour).padStart(2, '0')}:00:00Z`;
}

function sumPopulation(orgs: readonly RefOrganisation[]): number {
  return orgs.reduce((sum, o) => sum + (o.population ?? 0), 0);
}

/** The planned indicator value at `date`: linear from the baseline through the targets, flat after. */
export function plannedValue(
  benefit: Pick<BenefitRow, 'baselineDate' | 'baselineValue' | 'targets'>,
  date: string,
): number {
  let fromDate = benefit.baselineDate;
  let fromValue = benefit.baselineValue;
  if (date <= fromDate) return fromValue;
  for (const target of benefit.targets) {
    const value = Number(target.value);
    if (date <= target.date) {
      const span = daysBetween(fromDate, target.date);
      return span <= 0 ? value : fromValue + ((value - fromValue) * daysBetween(fromDate, date)) / span;
    }
    fromDate = target.date;
    fromValue = value;
  }
  return fromValue;
}

function roundTo(value: number, decimals: 0 | 1): number {
  return decimals === 0 ? Math.round(value) : Math.round(value * 10) / 10;
}

function text(value: number, decimals: 0 | 1): string {
  return decimals === 0 ? String(Math.round(value)) : value.toFixed(1);
}

function benefitStatusOf(rng: Rng, phase: InitiativePhase): BenefitStatus {
  if (rng.chance(0.02)) return BenefitStatus.CANCELLED;
  switch (phase) {
    case InitiativePhase.CONCEPT:
      return BenefitStatus.IDENTIFIED;
    case InitiativePhase.PLANNING:
      return rng.chance(0.5) ? BenefitStatus.IDENTIFIED : BenefitStatus.PLANNED;
    case InitiativePhase.EXECUTION:
      return rng.chance(0.4) ? BenefitStatus.PLANNED : BenefitStatus.IN_REALISATION;
    case InitiativePhase.REALISATION:
      return rng.chance(0.8) ? BenefitStatus.IN_REALISATION : BenefitStatus.REALISED;
    default:
      return rng.chance(0.75) ? BenefitStatus.REALISED : BenefitStatus.NOT_REALISED;
  }
}

function buildBenefit(
  rng: Rng,
  plan: Omit<InitiativePlan, 'benefits'>,
  area: ServiceArea,
  owner: RefOrganisation,
  municipalities: readonly RefOrganisation[],
  reference: NationalReference,
): BenefitRow {
  const disBenefit = rng.chance(0.03);
  const category = disBenefit ? BenefitCategory.BUDGET_RELEASING : rng.weighted(CATEGORY_MIX);
  const template = disBenefit ? DIS_BENEFIT : rng.pick(INDICATORS.filter((t) => t.category === category));
  let receiving: RefOrganisation | null = null;
  if (category === BenefitCategory.BUDGET_RELEASING || category === BenefitCategory.FREED_CAPACITY) {
    receiving = rng.chance(0.5) || !municipalities.length ? owner : rng.pick(municipalities);
  } else if (category === BenefitCategory.OTHER_PUBLIC_SECTOR) {
    const agency = agencyOf(rng, area, reference);
    receiving =
      municipalities.length && (rng.chance(0.6) || !agency || agency.id === owner.id)
        ? rng.pick(municipalities)
        : (agency ?? reference.ks);
  } else if (category === BenefitCategory.NON_MONETISED) {
    receiving = rng.chance(0.6) ? owner : null;
  }
  const served =
    receiving?.kind === OrganisationKind.MUNICIPALITY
      ? (receiving.population ?? 1)
      : Math.max(1, sumPopulation(municipalities));
  const perTenK = rng.between(template.baselinePer10k[0], template.baselinePer10k[1]);
  const baselineValue = template.absolute
    ? roundTo(perTenK, template.decimals)
    : Math.max(50, roundTo((perTenK * served) / 10_000, template.decimals));
  const baselineDate = [addDays(plan.startDate, rng.int(0, 120)), AS_OF].sort()[0];
  const startYear = yearOfDate(baselineDate);
  const lastTargetYear = Math.max(startYear + 1, yearOfDate(plan.endDate) + 1);
  const targetCount = Math.min(4, lastTargetYear - startYear);
  const improvement = rng.between(template.improvement[0], template.improvement[1]);
  const decrease = template.direction === IndicatorDirection.DECREASE;
  const targets: TargetRow[] = [];
  for (let k = 1; k <= targetCount; k++) {
    const year = startYear + Math.round(((lastTargetYear - startYear) * k) / targetCount);
    const fraction = k / targetCount;
    let value: number;
    if (template.absolute && !decrease) value = Math.min(100, baselineValue + improvement * fraction);
    else if (template.absolute) value = baselineValue * (1 - improvement * fraction);
    else value = baselineValue * (1 - (decrease ? 1 : -1) * improvement * fraction);
    targets.push({
      date: `${year}-12-31`,
      value: text(roundTo(Math.max(0, value), template.decimals), template.decimals),
    });
  }
  const valuePerUnit = template.valuePerUnit
    ? nok(rng.int(template.valuePerUnit[0], template.valuePerUnit[1]))
    : null;
  const frequency =
    template.unit === 'kroner'
      ? rng.weighted([
          [MeasurementFrequency.YEARLY, 1],
          [MeasurementFrequency.HALF_YEARLY, 1],
          [MeasurementFrequency.QUARTERLY, 2],
        ])
      : rng.weighted(FREQUENCY_MIX);
  const role = rng.pick(OWNER_ROLES);
  const where = receiving ?? owner;
  const [low, high] = rng.weighted(PERFORMANCE_MIX);
  const risks: RiskRow[] = rng.chance(0.3)
    ? [
        {
          id: rng.uuid(),
          description: rng.pick(RISKS),
          likelihood: rng.pick([RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH]),
          impact: rng.pick([RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH]),
          mitigation: 'Gevinsteier følger opp i den halvårlige gevinstrapporten',
        },
      ]
    : [];
  return {
    id: rng.uuid(),
    initiativeId: plan.id,
    title: template.title(area),
    description: `Gevinst i ${plan.code}: ${template.indicator(area).toLowerCase()}.`,
    category,
    isDisBenefit: disBenefit,
    receivingOrganisationId: receiving?.id ?? null,
    ownerName: `${role}, ${where.name}`,
    ownerRole: role,
    indicatorName: template.indicator(area),
    unit: template.unit,
    direction: template.direction,
    baselineValue,
    baselineDate,
    valuePerUnit,
    method: template.method,
    frequency,
    status: benefitStatusOf(rng, plan.phase),
    createdAt: timestamp(baselineDate, 9),
    targets,
    risks,
    decimals: template.decimals,
    performance: rng.between(low, high),
    recorderOrganisationId: where.id,
    measurableDates: periodEnds(frequency, baselineDate, AS_OF),
  };
}

function buildInitiative(
  rng: Rng,
  index: number,
  total: number,
  reference: NationalReference,
  benefitCount: number,
): InitiativePlan {
  const scale = rng.weighted(SCALES);
  const area = rng.pick(SERVICE_AREAS);
  const ministry = ministryOf(area, reference);
  const { municipalities, countyAuthorities, county } = participantsOf(rng, scale, reference);
  const agency = agencyOf(rng, area, reference);
  let owner: RefOrganisation;
  if (scale === 'NATIONAL') owner = agency && rng.chance(0.75) ? agency : reference.ks;
  else if (scale === 'REGIONAL')
    owner = rng.weighted<RefOrganisation>([
      [agency ?? reference.ks, 40],
      [countyAuthorities.length ? rng.pick(countyAuthorities) : reference.ks, 40],
      [reference.ks, 20],
    ]);
  else if (scale === 'COUNTY') {
    const authority = county ? reference.countyAuthorities.get(county) : undefined;
    owner =
      authority && rng.chance(0.55)
        ? authority
        : [...municipalities].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
  } else
    owner = rng.chance(0.9)
      ? municipalities[0]
      : (reference.countyAuthorities.get(county!) ?? municipalities[0]);

  const startMonth = rng.int(0, (LAST_YEAR - FIRST_YEAR) * 12 + 7);
  const startDate = monthStart(FIRST_YEAR + Math.floor(startMonth / 12), (startMonth % 12) + 1);
  const months = rng.int(DURATION[scale][0], DURATION[scale][1]);
  const endDate = addDays(
    monthStart(FIRST_YEAR + Math.floor((startMonth + months) / 12), ((startMonth + months) % 12) + 1),
    -1,
  );
  const phase = phaseOf(rng, startDate, endDate);
  const id = rng.uuid();
  const code = `${CODE_PREFIX}${pad(index, total)}`;
  const place =
    scale === 'NATIONAL'
      ? ''
      : scale === 'LOCAL'
        ? ` – ${municipalities
            .slice(0, 3)
            .map((m) => m.name)
            .join(', ')}${municipalities.length > 3 ? ' m.fl.' : ''}`
        : scale === 'COUNTY'
          ? ` – ${reference.countyAuthorities.get(county!)?.name.replace(' fylkeskommune', '') ?? municipalities[0].name}`
          : ` – ${countyAuthorities.length} fylker`;
  const prefix = rng.pick(NAME_PREFIXES);
  const name = `${prefix} ${area.service}${place}`;
  const createdAt = timestamp(addDays(startDate, -rng.int(20, 90)), 10);

  // Participants: the owner (paying when it is a municipality or county authority, which have a population),
  // the municipalities and county authorities as paying partners, sometimes agencies as beneficiaries.
  const ownerPays =
    owner.kind === OrganisationKind.MUNICIPALITY || owner.kind === OrganisationKind.COUNTY_AUTHORITY;
  const participants: ParticipantRow[] = [
    { id: rng.uuid(), organisationId: owner.id, role: ParticipantRole.OWNER, pays: ownerPays },
  ];
  const seen = new Set([owner.id]);
  for (const org of [...municipalities, ...countyAuthorities]) {
    if (seen.has(org.id)) continue;
    seen.add(org.id);
    participants.push({ id: rng.uuid(), organisationId: org.id, role: ParticipantRole.PARTNER, pays: true });
  }
  if (rng.chance(0.3)) {
    const beneficiary = agencyOf(rng, area, reference);
    if (beneficiary && !seen.has(beneficiary.id)) {
      seen.add(beneficiary.id);
      participants.push({
        id: rng.uuid(),
        organisationId: beneficiary.id,
        role: ParticipantRole.BENEFICIARY,
        pays: false,
      });
    }
  }
  const paying = participants.filter((p) => p.pays).map((p) => reference.byId.get(p.organisationId)!);

  // Cost items for every year the initiative runs within the ten years.
  const firstYear = Math.max(FIRST_YEAR, yearOfDate(startDate));
  const lastYear = Math.min(LAST_YEAR, yearOfDate(endDate));
  const years: number[] = [];
  for (let year = firstYear; year <= lastYear; year++) years.push(year);
  const [minAmount, maxAmount, step] = ITEM_AMOUNT[scale];
  const draft: { year: number; category: CostCategory; description: string; planned: bigint }[] = [];
  years.forEach((year, k) => {
    const early = k < Math.max(1, Math.ceil(years.length * 0.4));
    const count = rng.int(ITEMS_PER_YEAR[scale][0], ITEMS_PER_YEAR[scale][1]);
    for (let j = 0; j < count; j++) {
      const category = costCategoryOf(rng, early);
      draft.push({
        year,
        category,
        description: rng.pick(COST_DESCRIPTIONS[category]),
        planned: amountOre(rng, minAmount, maxAmount, step),
      });
    }
  });
  const smallest = draft.reduce(
    (min, item) => (item.planned < min ? item.planned : min),
    draft[0]?.planned ?? 0n,
  );
  let spec = keySpecOf(rng, scale, owner, paying.length, smallest);
  if (spec.method === 'TWO_LEVEL') {
    // The owning agency carries the state's part.
    participants[0].pays = true;
    paying.unshift(owner);
  }
  if (spec.method === 'PER_UNIT' && !paying.length) spec = { method: 'EQUAL' };
  const costItems: CostItemRow[] = [];
  const rate = spec.method === 'PER_UNIT' ? BigInt(spec.rate.split('.')[0]) : null;
  const itemsOf =
    rate === null
      ? draft
      : // A rate per inhabitant: one contribution a year, whose amount is what the rate gives.
        years.map((year) => ({
          year,
          category: CostCategory.OPERATION,
          description: 'Deltakernes andel etter sats per innbygger',
          planned: rate * BigInt(sumPopulation(paying)) * 100n,
        }));
  itemsOf.forEach((item, j) => {
    const createdAt = timestamp(`${item.year - 1}-11-${String(10 + (j % 18)).padStart(2, '0')}`, 9);
    const closed = item.year < LAST_YEAR;
    const actual = closed ? (rate !== null ? item.planned : scaledOre(rng, item.planned, 800, 1200)) : null;
    costItems.push({
      id: rng.uuid(),
      year: item.year,
      category: item.category,
      description: item.description,
      planned: formatOre(item.planned),
      actual: actual === null ? null : formatOre(actual),
      createdAt,
      updatedAt: actual === null ? createdAt : timestamp(`${item.year + 1}-02-15`, 10),
    });
  });
  const supersededYears = years.filter((year) => year < LAST_YEAR && rng.chance(0.05));

  // The funding plan: per year, grants for a share of the initiatives and the owner's own budget for the
  // rest (funding.ts), from its own stream so the other draws stay as they were.
  const costsByYear = years.map((year) => ({
    year,
    planned: costItems
      .filter((item) => item.year === year)
      .reduce((sum, item) => sum + BigInt(item.planned.replace('.', '')), 0n),
  }));
  const funding = fundingPlan(rng.fork('funding'), {
    ownerId: owner.id,
    owner:
      owner.kind === OrganisationKind.KS
        ? 'KS'
        : owner.level === AdministrativeLevel.CENTRAL
          ? 'CENTRAL'
          : 'OTHER',
    costs: costsByYear,
    currentYear: LAST_YEAR,
  });

  const base: Omit<InitiativePlan, 'benefits'> = {
    index,
    id,
    code,
    name,
    description: `Generert nasjonalt datasett (${code}): ${area.service}, ${scale.toLowerCase()} samarbeid med ${paying.length} betalende deltakere.`,
    scale,
    ownerId: owner.id,
    ministryId: ministry.id,
    lifeEvent: area.lifeEvent,
    phase,
    startDate,
    endDate,
    createdAt,
    participants,
    funding,
    key: {
      id: rng.uuid(),
      versionId: rng.uuid(),
      name: `${code} – ${METHOD_NAMES[spec.method]}`,
      description: describeKey(spec),
      ownerOrganisationId: owner.id,
      spec,
      populationYear: POPULATION_YEAR,
    },
    costItems,
    runYears: years,
    supersededYears,
  };
  const benefitMunicipalities = paying.filter((o) => o.kind === OrganisationKind.MUNICIPALITY);
  const benefits = Array.from({ length: benefitCount }, (_, j) =>
    buildBenefit(rng.fork('benefit', j), base, area, owner, benefitMunicipalities, reference),
  );
  return { ...base, benefits };
}

/**
 * Every initiative of the data set with its participants, key, cost items and benefits (measurements and
 * allocation runs are derived from these by measurements.ts and allocation.ts). The number of benefits is
 * exactly `options.benefits`, spread over the initiatives by their scale.
 */
export function buildPlans(rng: Rng, reference: NationalReference, options: PlanOptions): InitiativePlan[] {
  const weights = Array.from({ length: options.initiatives }, (_, i) => {
    const r = rng.fork('initiative', i + 1);
    return BENEFIT_WEIGHT[r.weighted(SCALES)] * rng.fork('benefit-weight', i + 1).between(0.6, 1.4);
  });
  const counts = spreadExactly(options.benefits, weights);
  return counts.map((count, i) =>
    buildInitiative(rng.fork('initiative', i + 1), i + 1, options.initiatives, reference, count),
  );
}
