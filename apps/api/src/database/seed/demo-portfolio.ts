import { FundingScheme, InitiativePhase, LifeEvent, ParticipantRole } from '@gevinst/domain';

/**
 * The demo portfolio: realistic, clearly labelled examples grounded in the digital strategy 2019–2025
 * (its life events and funding schemes). Loaded only in demo mode; every record has is_demo = true, a
 * code starting with DEMO- and a description starting with "[Demo]". The organisations are real
 * (reference data); the initiatives, amounts and figures are illustrations, not real projects.
 */
export interface DemoInitiative {
  code: string;
  name: string;
  description: string;
  ownerOrgNumber: string;
  ministryOrgNumber: string;
  lifeEvent: LifeEvent | null;
  phase: InitiativePhase;
  startDate: string;
  endDate: string;
  /**
   * The funding plan: per year and source, the planned amount and (for years that are over) the amount
   * received. It reconciles with the cost items per year (demo-costs.seeder.ts) except where the
   * description says otherwise.
   */
  funding: DemoFunding[];
  /** Named participants by organisation number. */
  participants: { orgNumber: string; role: ParticipantRole; pays?: boolean }[];
  /** Whether the owner shares the costs too (default: no). */
  ownerPays?: boolean;
  /** Municipalities taking part, chosen by rule from the reference data. */
  municipalities?:
    { rule: 'ALL' } | { rule: 'COUNTY'; countyNumber: string } | { rule: 'LARGEST'; count: number };
  municipalityRole?: ParticipantRole;
}

/** One funding source for one year. */
export interface DemoFunding {
  year: number;
  scheme: FundingScheme;
  /** Planned NOK */
  amount: string;
  /** NOK received; given for years that are over (until 2025), absent for later years. */
  received?: string;
  description: string;
  /** OWN_BUDGET: whose budget (default the owner); never for a grant. */
  orgNumber?: string;
}

/** A source per year: planned = received for the years given in `receivedUpTo` and before. */
function perYear(
  scheme: FundingScheme,
  description: string,
  amounts: Record<number, string>,
  options: { orgNumber?: string; receivedUpTo?: number } = {},
): DemoFunding[] {
  const receivedUpTo = options.receivedUpTo ?? 2025;
  return Object.entries(amounts).map(([year, amount]) => ({
    year: Number(year),
    scheme,
    amount,
    ...(Number(year) <= receivedUpTo ? { received: amount } : {}),
    description,
    ...(options.orgNumber ? { orgNumber: options.orgNumber } : {}),
  }));
}

export const ORG = {
  KDD: '972417858', // Kommunal- og distriktsdepartementet
  DFD: '932384469', // Digitaliserings- og forvaltningsdepartementet
  AID: '983887457', // Arbeids- og inkluderingsdepartementet
  BFD: '972417793', // Barne- og familiedepartementet
  HOD: '983887406', // Helse- og omsorgsdepartementet
  JD: '972417831', // Justis- og beredskapsdepartementet
  NFD: '912660680', // Nærings- og fiskeridepartementet
  KUD: '972417866', // Kultur- og likestillingsdepartementet
  FIN: '972417807', // Finansdepartementet
  KS: '971032146',
  DIGDIR: '991825827',
  NAV: '889640782',
  SKATT: '974761076',
  BRREG: '974760673',
  IMDI: '987879696',
  UDI: '974760746',
  HDIR: '983544622',
  HELFO: '986965610',
  BUFDIR: '986128433',
  DOMSTOL: '926721720',
  DIBK: '974760223',
  KARTVERK: '971040238',
  HKDIR: '974788985',
  OSLO: '958935420',
  BERGEN: '964338531',
  TRONDHEIM: '942110464',
  STAVANGER: '964965226',
  VESTLAND_FK: '821311632',
} as const;

export const DEMO_PORTFOLIO: DemoInitiative[] = [
  {
    code: 'DEMO-DIGIFIN-FIKS',
    name: 'Felles integrasjonsplattform for kommunene',
    description:
      '[Demo] Felles plattform for sikker meldingsutveksling og integrasjoner mellom kommunale fagsystemer og nasjonale felleskomponenter. KS finansierte forprosjekt og utvikling; innføringen i 2024 ble finansiert av kommunenes DigiFin-andel, fordelt etter innbyggertall (20 kr per innbygger). KS drifter plattformen.',
    ownerOrgNumber: ORG.KS,
    ministryOrgNumber: ORG.KDD,
    lifeEvent: null,
    phase: InitiativePhase.REALISATION,
    startDate: '2021-01-01',
    endDate: '2027-12-31',
    funding: [
      ...perYear(FundingScheme.OWN_BUDGET, 'KS egen innsats: forprosjekt og utvikling', {
        2021: '3000000.00',
        2022: '6000000.00',
        2023: '3000000.00',
      }),
      // The 2024 rollout is paid by every municipality's DigiFin share, allocated by the key; KS invoices.
      ...perYear(
        FundingScheme.OWN_BUDGET,
        'Kommunenes andeler: 20 kr per innbygger (2024), fordelt med nøkkelen',
        {
          2024: '111004060.00',
        },
      ),
      ...perYear(FundingScheme.OWN_BUDGET, 'KS: drift og forvaltning', {
        2025: '4000000.00',
        2026: '4000000.00',
        2027: '4000000.00',
      }),
    ],
    participants: [{ orgNumber: ORG.DIGDIR, role: ParticipantRole.PARTNER, pays: false }],
    municipalities: { rule: 'ALL' },
    municipalityRole: ParticipantRole.FUNDER,
  },
  {
    code: 'DEMO-DIGIFIN-HELSESTASJON',
    name: 'Digital helsestasjon og skolehelsetjeneste',
    description:
      '[Demo] Digital dialog mellom foreldre og helsestasjon: timebestilling, meldinger og vaksinasjonsoversikt. Kommunene i Vestland utvikler løsningen sammen med KS med DigiFin-tilskudd; kommunenes egenandel og driften deles med grunnbeløp pluss andel etter innbyggertall.',
    ownerOrgNumber: ORG.BERGEN,
    ministryOrgNumber: ORG.HOD,
    lifeEvent: LifeEvent.HAVING_CHILDREN,
    phase: InitiativePhase.EXECUTION,
    startDate: '2023-03-01',
    endDate: '2026-12-31',
    funding: [
      ...perYear(FundingScheme.DIGIFIN, 'DigiFin-tilskudd', {
        2023: '1500000.00',
        2025: '2400000.00',
        2026: '1600000.00',
      }),
      ...perYear(FundingScheme.OWN_BUDGET, 'Deltakerkommunenes egenandel, fordelt etter nøkkelen', {
        2024: '3600000.00',
        2027: '800000.00',
      }),
    ],
    ownerPays: true,
    participants: [
      { orgNumber: ORG.KS, role: ParticipantRole.PARTNER, pays: false },
      { orgNumber: ORG.HDIR, role: ParticipantRole.PARTNER, pays: false },
      { orgNumber: ORG.VESTLAND_FK, role: ParticipantRole.BENEFICIARY },
    ],
    municipalities: { rule: 'COUNTY', countyNumber: '46' },
    municipalityRole: ParticipantRole.FUNDER,
  },
  {
    code: 'DEMO-MEDFIN-TOLK',
    name: 'Felles tolkebestilling for offentlig sektor',
    description:
      '[Demo] Én nasjonal løsning for bestilling av kvalifisert tolk, for stat og kommune. Medfinansiert (kategori 1, 50 % av prosjektkostnaden); de største kommunene er partnere.',
    ownerOrgNumber: ORG.IMDI,
    ministryOrgNumber: ORG.AID,
    lifeEvent: LifeEvent.NEW_IN_NORWAY,
    phase: InitiativePhase.EXECUTION,
    startDate: '2024-01-01',
    endDate: '2026-06-30',
    funding: [
      ...perYear(FundingScheme.CO_FINANCING, 'Medfinansiering fra Digdir (kategori 1, 50 %)', {
        2024: '7000000.00',
        2025: '7000000.00',
      }),
      ...perYear(FundingScheme.OWN_BUDGET, 'IMDis egen finansiering', {
        2024: '5000000.00',
        2025: '6000000.00',
        2026: '3500000.00',
      }),
      ...perYear(FundingScheme.OWN_BUDGET, 'Drift: stat og kommune 50/50, fordelt med nøkkelen', {
        2027: '2000000.00',
      }),
    ],
    participants: [
      { orgNumber: ORG.UDI, role: ParticipantRole.PARTNER },
      { orgNumber: ORG.NAV, role: ParticipantRole.BENEFICIARY },
      { orgNumber: ORG.KS, role: ParticipantRole.PARTNER, pays: false },
    ],
    municipalities: { rule: 'LARGEST', count: 10 },
    municipalityRole: ParticipantRole.PARTNER,
  },
  {
    code: 'DEMO-LIV-DODSFALL',
    name: 'Dødsfall og arv – sammenhengende tjeneste',
    description:
      '[Demo] Etterlatte får én samlet oversikt over avdødes forhold og kan gjennomføre skifte digitalt. Samarbeid mellom domstolene, Skatteetaten, NAV og Brønnøysundregistrene. Medfinansiert (kategori 2); Skatteetaten og NAV betaler sine integrasjoner.',
    ownerOrgNumber: ORG.DOMSTOL,
    ministryOrgNumber: ORG.JD,
    lifeEvent: LifeEvent.DEATH_AND_INHERITANCE,
    phase: InitiativePhase.REALISATION,
    startDate: '2020-09-01',
    endDate: '2025-12-31',
    funding: [
      ...perYear(FundingScheme.CO_FINANCING, 'Medfinansiering (kategori 2)', {
        2021: '14000000.00',
        2022: '16000000.00',
        2023: '12000000.00',
        2024: '3000000.00',
      }),
      ...perYear(FundingScheme.OWN_BUDGET, 'Domstolenes budsjett', {
        2020: '2000000.00',
        2024: '4000000.00',
        2025: '6500000.00',
        2026: '4500000.00',
        2027: '4500000.00',
      }),
      ...perYear(
        FundingScheme.OWN_BUDGET,
        'Skatteetatens budsjett: datadeling',
        { 2022: '3000000.00' },
        {
          orgNumber: ORG.SKATT,
        },
      ),
      ...perYear(
        FundingScheme.OWN_BUDGET,
        'NAVs budsjett: integrasjon',
        { 2023: '3000000.00' },
        {
          orgNumber: ORG.NAV,
        },
      ),
    ],
    participants: [
      { orgNumber: ORG.SKATT, role: ParticipantRole.PARTNER },
      { orgNumber: ORG.NAV, role: ParticipantRole.PARTNER },
      { orgNumber: ORG.BRREG, role: ParticipantRole.PARTNER },
      { orgNumber: ORG.DIGDIR, role: ParticipantRole.PARTNER },
    ],
  },
  {
    code: 'DEMO-LIV-JOBB',
    name: 'Miste og finne jobb – samordnet oppfølging',
    description:
      '[Demo] Samordnet tjeneste for personer som mister jobben: dagpenger, kompetanse og kommunale tjenester i ett forløp. NAV eier; HK-dir og kommunene er partnere. Finansieringsplanen viser underfinansiering: kommunenes del i 2028 (2 MNOK) er ikke finansiert ennå.',
    ownerOrgNumber: ORG.NAV,
    ministryOrgNumber: ORG.AID,
    lifeEvent: LifeEvent.LOSING_AND_FINDING_A_JOB,
    phase: InitiativePhase.PLANNING,
    startDate: '2025-01-01',
    endDate: '2028-12-31',
    funding: [
      ...perYear(FundingScheme.OWN_BUDGET, 'NAVs budsjett', {
        2025: '3000000.00',
        2026: '12000000.00',
        2027: '14000000.00',
        2028: '8000000.00',
        2029: '6000000.00',
        2030: '6000000.00',
      }),
      ...perYear(
        FundingScheme.OWN_BUDGET,
        'HK-dirs budsjett: kompetanseveiledning',
        { 2026: '3000000.00' },
        {
          orgNumber: ORG.HKDIR,
        },
      ),
      // 2028: the municipalities' part (2 MNOK) has no funding yet: underfunded on purpose.
    ],
    participants: [
      { orgNumber: ORG.HKDIR, role: ParticipantRole.PARTNER },
      { orgNumber: ORG.SKATT, role: ParticipantRole.BENEFICIARY },
      { orgNumber: ORG.OSLO, role: ParticipantRole.PARTNER },
      { orgNumber: ORG.TRONDHEIM, role: ParticipantRole.PARTNER },
    ],
  },
  {
    code: 'DEMO-LIV-BEDRIFT',
    name: 'Starte og drive bedrift – veiviser og samordnet registrering',
    description:
      '[Demo] Én inngang for gründere: registrering, skatt, merverdiavgift og kommunale tillatelser. Brønnøysundregistrene eier; Skatteetaten og Altinn-miljøet er partnere. Medfinansiert (kategori 1); Skatteetaten betaler mva-integrasjonen.',
    ownerOrgNumber: ORG.BRREG,
    ministryOrgNumber: ORG.NFD,
    lifeEvent: LifeEvent.STARTING_AND_RUNNING_A_BUSINESS,
    phase: InitiativePhase.REALISATION,
    startDate: '2021-06-01',
    endDate: '2025-06-30',
    funding: [
      ...perYear(FundingScheme.CO_FINANCING, 'Medfinansiering (kategori 1, tak 15 MNOK)', {
        2022: '6000000.00',
        2023: '6000000.00',
        2024: '3000000.00',
      }),
      ...perYear(FundingScheme.OWN_BUDGET, 'Brønnøysundregistrenes budsjett', {
        2021: '3000000.00',
        2022: '4000000.00',
        2023: '4000000.00',
        2024: '7000000.00',
        2025: '7500000.00',
      }),
      ...perYear(
        FundingScheme.OWN_BUDGET,
        'Skatteetatens budsjett: mva-integrasjonen',
        { 2023: '4000000.00' },
        {
          orgNumber: ORG.SKATT,
        },
      ),
    ],
    participants: [
      { orgNumber: ORG.SKATT, role: ParticipantRole.PARTNER },
      { orgNumber: ORG.DIGDIR, role: ParticipantRole.PARTNER },
      { orgNumber: ORG.STAVANGER, role: ParticipantRole.BENEFICIARY },
    ],
  },
  {
    code: 'DEMO-LIV-SYKTBARN',
    name: 'Alvorlig sykt barn – koordinert informasjon og søknader',
    description:
      '[Demo] Familier med alvorlig syke barn får samlet informasjon og kan søke pleiepenger, hjelpestønad og kommunale tjenester samlet. Helsedirektoratet eier; NAV og HELFO finansierer sine deler. Finansieringsplanen viser overfinansiering: StimuLab innvilget 3 MNOK for 2023, men tjenestedesignet det året kostet 1,5 MNOK.',
    ownerOrgNumber: ORG.HDIR,
    ministryOrgNumber: ORG.HOD,
    lifeEvent: LifeEvent.SERIOUSLY_ILL_CHILD,
    phase: InitiativePhase.EXECUTION,
    startDate: '2022-08-01',
    endDate: '2026-12-31',
    funding: [
      // StimuLab granted 3.0 MNOK for 2023, the design work cost 1.5 MNOK: 1.5 MNOK overfunded on purpose.
      ...perYear(FundingScheme.STIMULAB, 'StimuLab: tjenestedesign', {
        2022: '1000000.00',
        2023: '3000000.00',
      }),
      ...perYear(FundingScheme.OWN_BUDGET, 'Helsedirektoratets budsjett', {
        2023: '3000000.00',
        2024: '3000000.00',
        2025: '4000000.00',
        2026: '4000000.00',
        2027: '2300000.00',
      }),
      ...perYear(
        FundingScheme.OWN_BUDGET,
        'NAVs budsjett: samlet søknad',
        { 2024: '5000000.00' },
        {
          orgNumber: ORG.NAV,
        },
      ),
      ...perYear(
        FundingScheme.OWN_BUDGET,
        'HELFOs budsjett: oppgjør',
        { 2025: '2000000.00' },
        {
          orgNumber: ORG.HELFO,
        },
      ),
    ],
    participants: [
      { orgNumber: ORG.NAV, role: ParticipantRole.PARTNER },
      { orgNumber: ORG.HELFO, role: ParticipantRole.PARTNER },
      { orgNumber: ORG.BUFDIR, role: ParticipantRole.BENEFICIARY },
      { orgNumber: ORG.BERGEN, role: ParticipantRole.PARTNER },
      { orgNumber: ORG.OSLO, role: ParticipantRole.PARTNER },
    ],
  },
  {
    code: 'DEMO-LIV-FRIVILLIG',
    name: 'Starte og drive en frivillig organisasjon – forenklet registrering',
    description:
      '[Demo] Enklere registrering i Frivillighetsregisteret, søknad om momskompensasjon og tilskudd i samme løp.',
    ownerOrgNumber: ORG.BRREG,
    ministryOrgNumber: ORG.KUD,
    lifeEvent: LifeEvent.VOLUNTARY_ORGANISATION,
    phase: InitiativePhase.CLOSED,
    startDate: '2019-09-01',
    endDate: '2022-12-31',
    funding: [
      ...perYear(FundingScheme.OWN_BUDGET, 'Brønnøysundregistrenes budsjett', {
        2019: '600000.00',
        2020: '3000000.00',
        2021: '3200000.00',
        2022: '1600000.00',
        2023: '1200000.00',
        2024: '1200000.00',
        2025: '1200000.00',
        2026: '1200000.00',
      }),
    ],
    participants: [{ orgNumber: ORG.KS, role: ParticipantRole.BENEFICIARY }],
  },
  {
    code: 'DEMO-DIGIFIN-BYGGESAK',
    name: 'Digital byggesøknad og plan',
    description:
      '[Demo] Felles løsning for digitale byggesøknader og planprosesser. DiBK eier; medfinansiert (kategori 1). Pilotkommunene i Trøndelag tilpasser egne fagsystemer, betalt over Trondheim kommunes budsjett som vertskommune (DigiFin kan ikke gi tilskudd til et initiativ som en statlig virksomhet eier). Kommunene i Trøndelag deler driftskostnaden etter innbyggerbånd.',
    ownerOrgNumber: ORG.DIBK,
    ministryOrgNumber: ORG.KDD,
    // Building permits are part of the life event "Starte og drive en bedrift" (and of building a home).
    lifeEvent: LifeEvent.STARTING_AND_RUNNING_A_BUSINESS,
    phase: InitiativePhase.EXECUTION,
    startDate: '2022-01-01',
    endDate: '2027-12-31',
    funding: [
      ...perYear(FundingScheme.CO_FINANCING, 'Medfinansiering (kategori 1)', {
        2023: '2500000.00',
        2024: '1500000.00',
        2025: '1000000.00',
      }),
      // Issue 15: DigiFin funds only initiatives owned by a municipality, a county authority or KS, so the
      // municipalities' adaptations (a DigiFin grant before) are the pilot municipalities' own money, paid
      // by their host municipality Trondheim: the same 1,600,000.00 in 2024 and 2025.
      ...perYear(
        FundingScheme.OWN_BUDGET,
        'Pilotkommunenes tilpasninger av fagsystemene (Trondheim kommune som vertskommune)',
        {
          2024: '1600000.00',
          2025: '1600000.00',
        },
        { orgNumber: ORG.TRONDHEIM },
      ),
      ...perYear(FundingScheme.OWN_BUDGET, 'DiBKs budsjett', {
        2022: '1000000.00',
        2025: '800000.00',
        2026: '1000000.00',
        2027: '1000000.00',
      }),
      ...perYear(
        FundingScheme.OWN_BUDGET,
        'Driften: kommunenes avgift etter innbyggerbånd, fordelt med nøkkelen',
        {
          2028: '900000.00',
        },
      ),
    ],
    participants: [
      { orgNumber: ORG.KARTVERK, role: ParticipantRole.PARTNER, pays: false },
      { orgNumber: ORG.KS, role: ParticipantRole.PARTNER, pays: false },
    ],
    municipalities: { rule: 'COUNTY', countyNumber: '50' },
    municipalityRole: ParticipantRole.FUNDER,
  },
  {
    code: 'DEMO-FELLES-POSTKASSE',
    name: 'Digital postkasse til innbyggere – videreutvikling',
    description:
      '[Demo] Videreutvikling av den felles digitale postkassen. Digdir finansierer utviklingen; når løsningen er i drift, betaler kommunene og statlige virksomheter driften etter bruk (antall sendte brev).',
    ownerOrgNumber: ORG.DIGDIR,
    ministryOrgNumber: ORG.DFD,
    lifeEvent: null,
    phase: InitiativePhase.CONCEPT,
    startDate: '2026-01-01',
    endDate: '2029-12-31',
    funding: [
      ...perYear(FundingScheme.OWN_BUDGET, 'Digdirs budsjett', {
        2026: '3000000.00',
        2027: '10000000.00',
        2028: '8000000.00',
        2029: '3000000.00',
      }),
      ...perYear(
        FundingScheme.OWN_BUDGET,
        'Driften: avsendernes andeler etter antall brev, fordelt med nøkkelen',
        {
          2030: '6000000.00',
        },
      ),
    ],
    participants: [
      { orgNumber: ORG.NAV, role: ParticipantRole.FUNDER },
      { orgNumber: ORG.SKATT, role: ParticipantRole.FUNDER },
      { orgNumber: ORG.OSLO, role: ParticipantRole.FUNDER },
      { orgNumber: ORG.BERGEN, role: ParticipantRole.FUNDER },
    ],
  },
];
