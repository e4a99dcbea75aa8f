import { Injectable, Logger } from '@nestjs/common';
import { CostCategory, type CostSharingKeySpec, FundingScheme } from '@gevinst/domain';
import { AllocationService } from '../../allocation/allocation.service.js';
import { SYSTEM_ACTOR } from '../../auth/actor.js';
import { CostItemService } from '../../cost-item/cost-item.service.js';
import { CostSharingKeyService } from '../../cost-sharing-key/cost-sharing-key.service.js';
import { InitiativeService } from '../../initiative/initiative.service.js';
import { OrganisationRepository } from '../../organisation/organisation.repository.js';
import { ORG } from './demo-portfolio.js';
import { SeedRepository } from './seed.repository.js';

/** Who pays a cost item that no key allocates: a grant's scheme, or an organisation's own budget. */
interface DemoPayer {
  scheme: FundingScheme;
  /** OWN_BUDGET only: whose budget (absent: the owner's). */
  orgNumber?: string;
}

interface DemoCostItem {
  year: number;
  category: CostCategory;
  description: string;
  planned: string;
  /** Given for the years that are over (until 2025). */
  actual?: string;
  /** Absent: the item is allocated by the initiative's key in a run of its year. */
  paidBy?: DemoPayer;
}

interface DemoKey {
  owner: string;
  name: string;
  description: string;
  spec: CostSharingKeySpec;
  populationYear: number | null;
  drivers?: { year: number; driver: string; source: string; values: Record<string, string> };
  /** The years whose items the key allocates (every item of such a year). */
  runYears: number[];
}

/** A key drawn up as an alternative to the initiative's key, for a key comparison; never run. */
type DemoAlternativeKey = Pick<DemoKey, 'owner' | 'name' | 'description' | 'spec' | 'populationYear'>;

interface DemoCosts {
  initiativeCode: string;
  key?: DemoKey;
  /** Alternatives under discussion (issue 15, the key comparison): created, marked demo, never run. */
  alternatives?: DemoAlternativeKey[];
  items: DemoCostItem[];
}

const { DEVELOPMENT, OPERATION, MAINTENANCE, LICENCE } = CostCategory;
const OWN: DemoPayer = { scheme: FundingScheme.OWN_BUDGET };
const CO_FINANCING: DemoPayer = { scheme: FundingScheme.CO_FINANCING };
const DIGIFIN: DemoPayer = { scheme: FundingScheme.DIGIFIN };
const STIMULAB: DemoPayer = { scheme: FundingScheme.STIMULAB };
const ownBudgetOf = (orgNumber: string): DemoPayer => ({ scheme: FundingScheme.OWN_BUDGET, orgNumber });

/** Operation and maintenance for each of `years` (planned; actual as given for years that are over). */
function running(
  years: number[],
  operation: string,
  maintenance: string,
  paidBy: DemoPayer | undefined,
  actuals: Record<number, [operation: string, maintenance: string]> = {},
): DemoCostItem[] {
  return years.flatMap((year) => [
    {
      year,
      category: OPERATION,
      description: 'Drift',
      planned: operation,
      ...(actuals[year] ? { actual: actuals[year][0] } : {}),
      ...(paidBy ? { paidBy } : {}),
    },
    {
      year,
      category: MAINTENANCE,
      description: 'Forvaltning og videreutvikling',
      planned: maintenance,
      ...(actuals[year] ? { actual: actuals[year][1] } : {}),
      ...(paidBy ? { paidBy } : {}),
    },
  ]);
}

/**
 * The demo portfolio's cost items, keys and allocation runs: per initiative and year, development while
 * it is carried out, then operation and maintenance after delivery, at sizes that fit each initiative's
 * story and funding plan (demo-portfolio.ts: the funding of each year equals its planned cost, except the
 * two imbalances the descriptions name). An item that no key allocates names the source that pays it (a
 * grant's scheme, or an organisation's own budget; the owner's when no organisation is named); a key
 * allocates every item of its run years. Created through the same services users call, so every figure
 * is computed and audited as in real use. Demo mode only; marked as demo.
 */
export const DEMO_COSTS: DemoCosts[] = [
  {
    // KS builds the platform (2021–2023), every municipality pays the rollout through its DigiFin share in
    // 2024 (20 NOK per inhabitant, 111,004,060.00 for 5,550,203 inhabitants), KS runs it from 2025.
    initiativeCode: 'DEMO-DIGIFIN-FIKS',
    key: {
      owner: ORG.KS,
      name: '[Demo] DigiFin – 20 kr per innbygger',
      description: 'Kommunenes andel i DigiFin: 20 kroner per innbygger per 1. januar 2024 (SSB).',
      spec: { method: 'PER_UNIT', driver: 'population', rate: '20.00' },
      populationYear: 2024,
      runYears: [2024],
    },
    // Before the DigiFin share was agreed, KS and the municipalities compared it with two alternatives
    // (the key comparison of docs/funding-schemes.md): an equal split and a base fee plus population.
    alternatives: [
      {
        owner: ORG.KS,
        name: '[Demo] FIKS-alternativ – likt per kommune',
        description:
          'Alternativ til vurdering, ikke vedtatt: innføringskostnaden deles likt mellom alle kommunene.',
        spec: { method: 'EQUAL' },
        populationYear: null,
      },
      {
        owner: ORG.KS,
        name: '[Demo] FIKS-alternativ – grunnbeløp og innbyggertall',
        description:
          'Alternativ til vurdering, ikke vedtatt: 100 000 kr per kommune, resten etter innbyggertall 1. januar 2024.',
        spec: { method: 'BASE_PLUS_PROPORTIONAL', base: '100000.00', driver: 'population' },
        populationYear: 2024,
      },
    ],
    items: [
      {
        year: 2021,
        category: DEVELOPMENT,
        description: 'Forprosjekt og arkitektur',
        planned: '3000000.00',
        actual: '3100000.00',
        paidBy: OWN,
      },
      {
        year: 2022,
        category: DEVELOPMENT,
        description: 'Utvikling av plattformen',
        planned: '6000000.00',
        actual: '5800000.00',
        paidBy: OWN,
      },
      {
        year: 2023,
        category: DEVELOPMENT,
        description: 'Pilot med ti kommuner',
        planned: '3000000.00',
        actual: '3000000.00',
        paidBy: OWN,
      },
      {
        year: 2024,
        category: DEVELOPMENT,
        description: 'Innføring i alle kommuner: kommunenes DigiFin-andel 2024',
        planned: '111004060.00',
        actual: '111004060.00',
      },
      ...running([2025, 2026, 2027], '2800000.00', '1200000.00', OWN, { 2025: ['2700000.00', '1250000.00'] }),
    ],
  },
  {
    // Development with DigiFin grants; the municipalities' own share (2024) and the operation after
    // delivery (2027) are shared by the key: 5,000 NOK per municipality and item, the rest by population.
    initiativeCode: 'DEMO-DIGIFIN-HELSESTASJON',
    key: {
      owner: ORG.BERGEN,
      name: '[Demo] Helsestasjon – grunnbeløp og innbyggertall',
      description:
        'Hver kommune betaler 5 000 kr per kostnadspost; resten fordeles etter innbyggertall 1. januar 2024.',
      spec: { method: 'BASE_PLUS_PROPORTIONAL', base: '5000.00', driver: 'population' },
      populationYear: 2024,
      runYears: [2024, 2027],
    },
    items: [
      {
        year: 2023,
        category: DEVELOPMENT,
        description: 'Forprosjekt og tjenestedesign',
        planned: '1500000.00',
        actual: '1450000.00',
        paidBy: DIGIFIN,
      },
      {
        year: 2024,
        category: DEVELOPMENT,
        description: 'Utvikling av løsningen',
        planned: '3200000.00',
        actual: '3350000.00',
      },
      { year: 2024, category: LICENCE, description: 'Lisenser', planned: '400000.00', actual: '400000.00' },
      {
        year: 2025,
        category: DEVELOPMENT,
        description: 'Timebestilling og meldinger',
        planned: '2400000.00',
        actual: '2500000.00',
        paidBy: DIGIFIN,
      },
      {
        year: 2026,
        category: DEVELOPMENT,
        description: 'Vaksinasjonsoversikt og innføring',
        planned: '1600000.00',
        paidBy: DIGIFIN,
      },
      ...running([2027], '500000.00', '300000.00', undefined),
    ],
  },
  {
    // Category 1 co-financing: the grant pays half the project cost (14 of 28 MNOK) through the
    // development items it names, IMDi the rest; from 2027 the operation is shared 50/50 by state and
    // municipalities.
    initiativeCode: 'DEMO-MEDFIN-TOLK',
    key: {
      owner: ORG.IMDI,
      name: '[Demo] Tolk – stat og kommune 50/50',
      description: 'Halvparten bæres av staten (likt), halvparten av kommunene etter innbyggertall.',
      spec: {
        method: 'TWO_LEVEL',
        groups: [
          { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL' } },
          { group: 'LOCAL', percent: '50', key: { method: 'PROPORTIONAL', driver: 'population' } },
        ],
      },
      populationYear: 2024,
      runYears: [2027],
    },
    items: [
      {
        year: 2024,
        category: DEVELOPMENT,
        description: 'Utvikling av bestillingsløsningen',
        planned: '7000000.00',
        actual: '6800000.00',
        paidBy: CO_FINANCING,
      },
      {
        year: 2024,
        category: DEVELOPMENT,
        description: 'Prosjektledelse, tjenestedesign og anskaffelse',
        planned: '5000000.00',
        actual: '5100000.00',
        paidBy: OWN,
      },
      {
        year: 2025,
        category: DEVELOPMENT,
        description: 'Integrasjoner mot NAV, UDI og kommunene',
        planned: '7000000.00',
        actual: '7200000.00',
        paidBy: CO_FINANCING,
      },
      {
        year: 2025,
        category: DEVELOPMENT,
        description: 'Innføring og opplæring',
        planned: '6000000.00',
        actual: '5700000.00',
        paidBy: OWN,
      },
      {
        year: 2026,
        category: DEVELOPMENT,
        description: 'Ferdigstillelse og overlevering til drift',
        planned: '3000000.00',
        paidBy: OWN,
      },
      {
        year: 2026,
        category: OPERATION,
        description: 'Drift andre halvår',
        planned: '500000.00',
        paidBy: OWN,
      },
      { year: 2027, category: LICENCE, description: 'Bestillingsløsning', planned: '1200000.00' },
      { year: 2027, category: OPERATION, description: 'Drift', planned: '800000.00' },
    ],
  },
  {
    // Category 2 co-financing (45 of 59 MNOK of development, 76 %); Skatteetaten and NAV pay their own
    // integrations; the courts run the service from 2025.
    initiativeCode: 'DEMO-LIV-DODSFALL',
    items: [
      {
        year: 2020,
        category: DEVELOPMENT,
        description: 'Forprosjekt',
        planned: '2000000.00',
        actual: '2000000.00',
        paidBy: OWN,
      },
      {
        year: 2021,
        category: DEVELOPMENT,
        description: 'Utvikling: samlet oversikt over avdødes forhold',
        planned: '14000000.00',
        actual: '13600000.00',
        paidBy: CO_FINANCING,
      },
      {
        year: 2022,
        category: DEVELOPMENT,
        description: 'Utvikling: digitalt skifte',
        planned: '16000000.00',
        actual: '16800000.00',
        paidBy: CO_FINANCING,
      },
      {
        year: 2022,
        category: DEVELOPMENT,
        description: 'Datadeling fra Skatteetaten',
        planned: '3000000.00',
        actual: '3100000.00',
        paidBy: ownBudgetOf(ORG.SKATT),
      },
      {
        year: 2023,
        category: DEVELOPMENT,
        description: 'Utvikling og pilot i tre tingretter',
        planned: '12000000.00',
        actual: '11500000.00',
        paidBy: CO_FINANCING,
      },
      {
        year: 2023,
        category: DEVELOPMENT,
        description: 'Integrasjon mot NAV',
        planned: '3000000.00',
        actual: '2900000.00',
        paidBy: ownBudgetOf(ORG.NAV),
      },
      {
        year: 2024,
        category: DEVELOPMENT,
        description: 'Nasjonal innføring',
        planned: '3000000.00',
        actual: '3200000.00',
        paidBy: CO_FINANCING,
      },
      {
        year: 2024,
        category: DEVELOPMENT,
        description: 'Innføring i domstolene',
        planned: '4000000.00',
        actual: '4200000.00',
        paidBy: OWN,
      },
      {
        year: 2025,
        category: DEVELOPMENT,
        description: 'Avslutning og gevinstoppfølging',
        planned: '2000000.00',
        actual: '1900000.00',
        paidBy: OWN,
      },
      ...running([2025, 2026, 2027], '3000000.00', '1500000.00', OWN, { 2025: ['2900000.00', '1500000.00'] }),
    ],
  },
  {
    // NAV's own budget (HK-dir its guidance); the rollout in 2028 costs 10 MNOK, 8 MNOK funded so far.
    initiativeCode: 'DEMO-LIV-JOBB',
    items: [
      {
        year: 2025,
        category: DEVELOPMENT,
        description: 'Konseptutredning',
        planned: '3000000.00',
        actual: '2800000.00',
        paidBy: OWN,
      },
      {
        year: 2026,
        category: DEVELOPMENT,
        description: 'Utvikling: samordnet forløp',
        planned: '12000000.00',
        paidBy: OWN,
      },
      {
        year: 2026,
        category: DEVELOPMENT,
        description: 'Kompetanseveiledning i forløpet',
        planned: '3000000.00',
        paidBy: ownBudgetOf(ORG.HKDIR),
      },
      {
        year: 2027,
        category: DEVELOPMENT,
        description: 'Utvikling: dagpenger og kompetanse i ett forløp',
        planned: '14000000.00',
        paidBy: OWN,
      },
      {
        year: 2028,
        category: DEVELOPMENT,
        description: 'Innføring i NAV-kontorene',
        planned: '8000000.00',
        paidBy: OWN,
      },
      {
        year: 2028,
        category: DEVELOPMENT,
        description: 'Innføring i kommunene (Oslo og Trondheim)',
        planned: '2000000.00',
        paidBy: OWN,
      },
      ...running([2029, 2030], '4000000.00', '2000000.00', OWN),
    ],
  },
  {
    // Category 1 co-financing: 15 MNOK (the cap) of 39 MNOK of development; Skatteetaten pays the VAT
    // register integration; Brønnøysundregistrene the rest and the operation. No key: the owner's browser
    // test adds a 2026 cost and allocates it with a key of its choice.
    initiativeCode: 'DEMO-LIV-BEDRIFT',
    items: [
      {
        year: 2021,
        category: DEVELOPMENT,
        description: 'Forprosjekt og tjenestedesign',
        planned: '3000000.00',
        actual: '2900000.00',
        paidBy: OWN,
      },
      {
        year: 2022,
        category: DEVELOPMENT,
        description: 'Utvikling av veiviseren',
        planned: '6000000.00',
        actual: '6000000.00',
        paidBy: CO_FINANCING,
      },
      {
        year: 2022,
        category: DEVELOPMENT,
        description: 'Prosjektledelse og testing',
        planned: '4000000.00',
        actual: '4400000.00',
        paidBy: OWN,
      },
      {
        year: 2023,
        category: DEVELOPMENT,
        description: 'Samordnet registrering',
        planned: '6000000.00',
        actual: '6100000.00',
        paidBy: CO_FINANCING,
      },
      {
        year: 2023,
        category: DEVELOPMENT,
        description: 'Integrasjon mot Skatteetatens mva-register',
        planned: '4000000.00',
        actual: '4200000.00',
        paidBy: ownBudgetOf(ORG.SKATT),
      },
      {
        year: 2023,
        category: DEVELOPMENT,
        description: 'Prosjektledelse og testing',
        planned: '4000000.00',
        actual: '3800000.00',
        paidBy: OWN,
      },
      {
        year: 2024,
        category: DEVELOPMENT,
        description: 'Kommunale tillatelser i veiviseren',
        planned: '3000000.00',
        actual: '3000000.00',
        paidBy: CO_FINANCING,
      },
      {
        year: 2024,
        category: DEVELOPMENT,
        description: 'Innføring og nye rutiner',
        planned: '6000000.00',
        actual: '6300000.00',
        paidBy: OWN,
      },
      {
        year: 2024,
        category: OPERATION,
        description: 'Drift av piloten',
        planned: '1000000.00',
        actual: '900000.00',
        paidBy: OWN,
      },
      {
        year: 2025,
        category: DEVELOPMENT,
        description: 'Utfasing av gammel registreringsløsning',
        planned: '3000000.00',
        actual: '3100000.00',
        paidBy: OWN,
      },
      ...running([2025], '3000000.00', '1500000.00', OWN, { 2025: ['2900000.00', '1400000.00'] }),
    ],
  },
  {
    // StimuLab pays the service design (its 2023 grant of 3 MNOK is twice what the design cost: the
    // overfunding shown on purpose); NAV and HELFO pay their parts; Helsedirektoratet the rest.
    initiativeCode: 'DEMO-LIV-SYKTBARN',
    items: [
      {
        year: 2022,
        category: DEVELOPMENT,
        description: 'Tjenestedesign: innsikt hos familiene',
        planned: '1000000.00',
        actual: '1000000.00',
        paidBy: STIMULAB,
      },
      {
        year: 2023,
        category: DEVELOPMENT,
        description: 'Tjenestedesign: prototyper',
        planned: '1500000.00',
        actual: '1500000.00',
        paidBy: STIMULAB,
      },
      {
        year: 2023,
        category: DEVELOPMENT,
        description: 'Felles informasjonsside',
        planned: '3000000.00',
        actual: '2800000.00',
        paidBy: OWN,
      },
      {
        year: 2024,
        category: DEVELOPMENT,
        description: 'Samlet søknad: pleiepenger og hjelpestønad',
        planned: '5000000.00',
        actual: '5300000.00',
        paidBy: ownBudgetOf(ORG.NAV),
      },
      {
        year: 2024,
        category: DEVELOPMENT,
        description: 'Informasjonsløsning',
        planned: '3000000.00',
        actual: '3000000.00',
        paidBy: OWN,
      },
      {
        year: 2025,
        category: DEVELOPMENT,
        description: 'Kommunale tjenester i søknaden',
        planned: '4000000.00',
        actual: '4400000.00',
        paidBy: OWN,
      },
      {
        year: 2025,
        category: DEVELOPMENT,
        description: 'Oppgjør mot HELFO',
        planned: '2000000.00',
        actual: '1900000.00',
        paidBy: ownBudgetOf(ORG.HELFO),
      },
      { year: 2026, category: DEVELOPMENT, description: 'Innføring', planned: '3000000.00', paidBy: OWN },
      { year: 2026, category: OPERATION, description: 'Drift', planned: '1000000.00', paidBy: OWN },
      ...running([2027], '1500000.00', '800000.00', OWN),
    ],
  },
  {
    // A small closed project on the owner's budget, in operation since 2023.
    initiativeCode: 'DEMO-LIV-FRIVILLIG',
    items: [
      {
        year: 2019,
        category: DEVELOPMENT,
        description: 'Forprosjekt',
        planned: '600000.00',
        actual: '600000.00',
        paidBy: OWN,
      },
      {
        year: 2020,
        category: DEVELOPMENT,
        description: 'Ny registrering i Frivillighetsregisteret',
        planned: '3000000.00',
        actual: '3200000.00',
        paidBy: OWN,
      },
      {
        year: 2021,
        category: DEVELOPMENT,
        description: 'Momskompensasjon og tilskudd i samme løp',
        planned: '3200000.00',
        actual: '3100000.00',
        paidBy: OWN,
      },
      {
        year: 2022,
        category: DEVELOPMENT,
        description: 'Innføring',
        planned: '1600000.00',
        actual: '1500000.00',
        paidBy: OWN,
      },
      ...running([2023, 2024, 2025, 2026], '800000.00', '400000.00', OWN, {
        2023: ['800000.00', '400000.00'],
        2024: ['800000.00', '450000.00'],
        2025: ['780000.00', '400000.00'],
      }),
    ],
  },
  {
    // Category 1 co-financing (5 of 12 MNOK), the pilot municipalities' adaptations from Trondheim's own
    // budget (the host municipality; DigiFin may not fund a state agency's initiative, issue 15), DiBK the rest;
    // the operation after delivery (2028) is shared by Trøndelag's municipalities by population band.
    initiativeCode: 'DEMO-DIGIFIN-BYGGESAK',
    key: {
      owner: ORG.DIBK,
      name: '[Demo] Byggesak – avgift etter innbyggerbånd',
      description:
        'Under 5 000 innbyggere: 25 000 kr; 5 000–20 000: 60 000 kr; 20 000 eller flere: 150 000 kr (vekter).',
      spec: {
        method: 'BANDS',
        driver: 'population',
        bands: [{ upTo: 5000, fee: '25000.00' }, { upTo: 20000, fee: '60000.00' }, { fee: '150000.00' }],
      },
      populationYear: 2024,
      runYears: [2028],
    },
    items: [
      {
        year: 2022,
        category: DEVELOPMENT,
        description: 'Forprosjekt og piloter i Trøndelag',
        planned: '1000000.00',
        actual: '950000.00',
        paidBy: OWN,
      },
      {
        year: 2023,
        category: DEVELOPMENT,
        description: 'Utvikling: digital byggesøknad',
        planned: '2500000.00',
        actual: '2600000.00',
        paidBy: CO_FINANCING,
      },
      {
        year: 2024,
        category: DEVELOPMENT,
        description: 'Utvikling: planprosesser',
        planned: '1500000.00',
        actual: '1500000.00',
        paidBy: CO_FINANCING,
      },
      {
        year: 2024,
        category: DEVELOPMENT,
        description: 'Kommunenes tilpasninger av fagsystemene',
        planned: '1600000.00',
        actual: '1700000.00',
        paidBy: ownBudgetOf(ORG.TRONDHEIM),
      },
      {
        year: 2025,
        category: DEVELOPMENT,
        description: 'Utvikling: ferdigattest og tilsyn',
        planned: '1000000.00',
        actual: '1000000.00',
        paidBy: CO_FINANCING,
      },
      {
        year: 2025,
        category: DEVELOPMENT,
        description: 'Kommunenes tilpasninger av fagsystemene',
        planned: '1600000.00',
        actual: '1500000.00',
        paidBy: ownBudgetOf(ORG.TRONDHEIM),
      },
      {
        year: 2025,
        category: DEVELOPMENT,
        description: 'Prosjektledelse',
        planned: '800000.00',
        actual: '800000.00',
        paidBy: OWN,
      },
      {
        year: 2026,
        category: DEVELOPMENT,
        description: 'Nasjonal innføring',
        planned: '1000000.00',
        paidBy: OWN,
      },
      {
        year: 2027,
        category: DEVELOPMENT,
        description: 'Avslutning og overlevering til drift',
        planned: '1000000.00',
        paidBy: OWN,
      },
      ...running([2028], '600000.00', '300000.00', undefined),
    ],
  },
  {
    // Digdir develops on its own budget (2026–2029); from 2030 the senders pay the operation by the
    // number of letters they send.
    initiativeCode: 'DEMO-FELLES-POSTKASSE',
    key: {
      owner: ORG.DIGDIR,
      name: '[Demo] Postkasse – etter antall brev',
      description: 'Kostnaden fordeles etter antall sendte brev året før.',
      spec: { method: 'PROPORTIONAL', driver: 'letters' },
      populationYear: null,
      drivers: {
        year: 2030,
        driver: 'letters',
        source: 'Demo: anslått antall brev 2029',
        values: {
          [ORG.NAV]: '4500000',
          [ORG.SKATT]: '3800000',
          [ORG.OSLO]: '420000',
          [ORG.BERGEN]: '180000',
        },
      },
      runYears: [2030],
    },
    items: [
      {
        year: 2026,
        category: DEVELOPMENT,
        description: 'Konseptutredning og arkitektur',
        planned: '3000000.00',
        paidBy: OWN,
      },
      {
        year: 2027,
        category: DEVELOPMENT,
        description: 'Videreutvikling: varsler og mottak',
        planned: '10000000.00',
        paidBy: OWN,
      },
      {
        year: 2028,
        category: DEVELOPMENT,
        description: 'Innføring hos avsenderne',
        planned: '8000000.00',
        paidBy: OWN,
      },
      { year: 2029, category: DEVELOPMENT, description: 'Avslutning', planned: '3000000.00', paidBy: OWN },
      { year: 2030, category: OPERATION, description: 'Drift', planned: '6000000.00' },
    ],
  },
];

@Injectable()
export class DemoCostsSeeder {
  private readonly logger = new Logger(DemoCostsSeeder.name);

  constructor(
    private readonly seeds: SeedRepository,
    private readonly organisations: OrganisationRepository,
    private readonly keys: CostSharingKeyService,
    private readonly costItems: CostItemService,
    private readonly allocations: AllocationService,
    private readonly initiatives: InitiativeService,
  ) {}

  /**
   * Adds the costs of each demo initiative that has no cost items yet; an initiative with cost items (a
   * re-run, or items users added) is left as it is.
   */
  async seed(): Promise<void> {
    let added = 0;
    for (const demo of DEMO_COSTS) {
      const initiative = await this.seeds.demoInitiative(demo.initiativeCode);
      if (initiative) for (const alternative of demo.alternatives ?? []) await this.alternative(alternative);
      if (!initiative || (await this.seeds.hasCostItems(initiative.id))) continue;
      const keyId = demo.key ? await this.keyFor(initiative, demo.key) : null;
      if (demo.key && !keyId) continue;
      const payers = new Map(
        (
          await this.seeds.organisationIds(
            demo.items.flatMap((item) => (item.paidBy?.orgNumber ? [item.paidBy.orgNumber] : [])),
          )
        ).map((row) => [row.org_number, row.id]),
      );
      for (const item of demo.items) {
        const created = await this.costItems.create(SYSTEM_ACTOR, {
          initiativeId: initiative.id,
          year: item.year,
          category: item.category,
          description: item.description,
          plannedAmount: item.planned,
          actualAmount: item.actual ?? null,
        });
        if (item.paidBy)
          await this.seeds.setCostItemPayer(
            created.id,
            item.paidBy.scheme,
            item.paidBy.orgNumber ? (payers.get(item.paidBy.orgNumber) ?? null) : null,
          );
      }
      for (const year of demo.key?.runYears ?? [])
        await this.allocations.run(SYSTEM_ACTOR, initiative.id, year);
      await this.seeds.markDemoCosts(keyId, initiative.id);
      added++;
    }
    if (added)
      this.logger.log(`Demo costs: cost items, keys and allocation runs for ${added} initiatives added`);
  }

  /** Creates an alternative key (unless it exists), marked as demo; it is no initiative's key. */
  private async alternative(demo: DemoAlternativeKey): Promise<void> {
    const owner = await this.organisations.findByOrgNumber(demo.owner);
    if (!owner || (await this.seeds.keyId(owner.id, demo.name))) return;
    const key = await this.keys.create(SYSTEM_ACTOR, {
      name: demo.name,
      description: demo.description,
      ownerOrganisationId: owner.id,
      spec: demo.spec as unknown as Record<string, unknown>,
      populationYear: demo.populationYear,
    });
    await this.seeds.markDemoKey(key.id);
  }

  /** Creates the key (unless it exists), makes it the initiative's key and enters its drivers. */
  private async keyFor(initiative: { id: string; version: number }, demo: DemoKey): Promise<string | null> {
    const owner = await this.organisations.findByOrgNumber(demo.owner);
    if (!owner) return null;
    const existing = await this.seeds.keyId(owner.id, demo.name);
    const keyId =
      existing ??
      (
        await this.keys.create(SYSTEM_ACTOR, {
          name: demo.name,
          description: demo.description,
          ownerOrganisationId: owner.id,
          spec: demo.spec as unknown as Record<string, unknown>,
          populationYear: demo.populationYear,
        })
      ).id;
    await this.initiatives.update(SYSTEM_ACTOR, {
      id: initiative.id,
      version: initiative.version,
      costSharingKeyId: keyId,
    });
    if (demo.drivers) {
      const drivers = demo.drivers;
      const ids = await this.seeds.organisationIds(Object.keys(drivers.values));
      await this.allocations.setDrivers(SYSTEM_ACTOR, {
        initiativeId: initiative.id,
        year: drivers.year,
        driver: drivers.driver,
        source: drivers.source,
        values: ids.map((row) => ({ organisationId: row.id, value: drivers.values[row.org_number] })),
      });
    }
    return keyId;
  }
}
