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
  funding: { scheme: FundingScheme; amount: string; description: string }[];
  /** Named participants by organisation number. */
  participants: { orgNumber: string; role: ParticipantRole; pays?: boolean }[];
  /** Whether the owner shares the costs too (default: no). */
  ownerPays?: boolean;
  /** Municipalities taking part, chosen by rule from the reference data. */
  municipalities?:
    { rule: 'ALL' } | { rule: 'COUNTY'; countyNumber: string } | { rule: 'LARGEST'; count: number };
  municipalityRole?: ParticipantRole;
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
      '[Demo] Felles plattform for sikker meldingsutveksling og integrasjoner mellom kommunale fagsystemer og nasjonale felleskomponenter. Finansiert gjennom DigiFin; alle kommuner deler kostnaden etter innbyggertall (20 kr per innbygger).',
    ownerOrgNumber: ORG.KS,
    ministryOrgNumber: ORG.KDD,
    lifeEvent: null,
    phase: InitiativePhase.REALISATION,
    startDate: '2021-01-01',
    endDate: '2027-12-31',
    funding: [
      {
        scheme: FundingScheme.DIGIFIN,
        amount: '111004060.00',
        description: 'Kommunenes andel: 20 kr per innbygger (2024)',
      },
      { scheme: FundingScheme.OWN_BUDGET, amount: '12000000.00', description: 'KS egen innsats' },
    ],
    participants: [{ orgNumber: ORG.DIGDIR, role: ParticipantRole.PARTNER, pays: false }],
    municipalities: { rule: 'ALL' },
    municipalityRole: ParticipantRole.FUNDER,
  },
  {
    code: 'DEMO-DIGIFIN-HELSESTASJON',
    name: 'Digital helsestasjon og skolehelsetjeneste',
    description:
      '[Demo] Digital dialog mellom foreldre og helsestasjon: timebestilling, meldinger og vaksinasjonsoversikt. Kommunene i Vestland utvikler løsningen sammen med KS; kostnaden deles etter innbyggertall.',
    ownerOrgNumber: ORG.BERGEN,
    ministryOrgNumber: ORG.HOD,
    lifeEvent: LifeEvent.HAVING_CHILDREN,
    phase: InitiativePhase.EXECUTION,
    startDate: '2023-03-01',
    endDate: '2026-12-31',
    funding: [
      { scheme: FundingScheme.DIGIFIN, amount: '18500000.00', description: 'DigiFin-tilskudd' },
      { scheme: FundingScheme.OWN_BUDGET, amount: '6200000.00', description: 'Deltakerkommunenes egenandel' },
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
      {
        scheme: FundingScheme.CO_FINANCING,
        amount: '14000000.00',
        description: 'Medfinansiering fra Digdir (50 %)',
      },
      { scheme: FundingScheme.OWN_BUDGET, amount: '14000000.00', description: 'IMDis egen finansiering' },
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
      '[Demo] Etterlatte får én samlet oversikt over avdødes forhold og kan gjennomføre skifte digitalt. Samarbeid mellom domstolene, Skatteetaten, NAV og Brønnøysundregistrene.',
    ownerOrgNumber: ORG.DOMSTOL,
    ministryOrgNumber: ORG.JD,
    lifeEvent: LifeEvent.DEATH_AND_INHERITANCE,
    phase: InitiativePhase.REALISATION,
    startDate: '2020-09-01',
    endDate: '2025-12-31',
    funding: [
      {
        scheme: FundingScheme.CO_FINANCING,
        amount: '32000000.00',
        description: 'Medfinansiering (kategori 2)',
      },
      {
        scheme: FundingScheme.OWN_BUDGET,
        amount: '9000000.00',
        description: 'Deltakende etaters egeninnsats',
      },
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
      '[Demo] Samordnet tjeneste for personer som mister jobben: dagpenger, kompetanse og kommunale tjenester i ett forløp. NAV eier; HK-dir og kommunene er partnere.',
    ownerOrgNumber: ORG.NAV,
    ministryOrgNumber: ORG.AID,
    lifeEvent: LifeEvent.LOSING_AND_FINDING_A_JOB,
    phase: InitiativePhase.PLANNING,
    startDate: '2025-01-01',
    endDate: '2028-12-31',
    funding: [{ scheme: FundingScheme.OWN_BUDGET, amount: '45000000.00', description: 'NAVs budsjett' }],
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
      '[Demo] Én inngang for gründere: registrering, skatt, merverdiavgift og kommunale tillatelser. Brønnøysundregistrene eier; Skatteetaten og Altinn-miljøet er partnere.',
    ownerOrgNumber: ORG.BRREG,
    ministryOrgNumber: ORG.NFD,
    lifeEvent: LifeEvent.STARTING_AND_RUNNING_A_BUSINESS,
    phase: InitiativePhase.REALISATION,
    startDate: '2021-06-01',
    endDate: '2025-06-30',
    funding: [
      {
        scheme: FundingScheme.CO_FINANCING,
        amount: '11500000.00',
        description: 'Medfinansiering (kategori 1)',
      },
      {
        scheme: FundingScheme.OWN_BUDGET,
        amount: '11500000.00',
        description: 'Brønnøysundregistrenes budsjett',
      },
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
      '[Demo] Familier med alvorlig syke barn får samlet informasjon og kan søke pleiepenger, hjelpestønad og kommunale tjenester samlet. Helsedirektoratet eier; NAV og kommunene deltar.',
    ownerOrgNumber: ORG.HDIR,
    ministryOrgNumber: ORG.HOD,
    lifeEvent: LifeEvent.SERIOUSLY_ILL_CHILD,
    phase: InitiativePhase.EXECUTION,
    startDate: '2022-08-01',
    endDate: '2026-12-31',
    funding: [
      { scheme: FundingScheme.STIMULAB, amount: '2500000.00', description: 'StimuLab: tjenestedesign' },
      { scheme: FundingScheme.OWN_BUDGET, amount: '21000000.00', description: 'Etatenes budsjetter' },
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
      {
        scheme: FundingScheme.OWN_BUDGET,
        amount: '8400000.00',
        description: 'Brønnøysundregistrenes budsjett',
      },
    ],
    participants: [{ orgNumber: ORG.KS, role: ParticipantRole.BENEFICIARY }],
  },
  {
    code: 'DEMO-DIGIFIN-BYGGESAK',
    name: 'Digital byggesøknad og plan',
    description:
      '[Demo] Felles løsning for digitale byggesøknader og planprosesser. DiBK eier; kommunene i Trøndelag piloterer og deler driftskostnaden med grunnavgift pluss andel etter innbyggertall.',
    ownerOrgNumber: ORG.DIBK,
    ministryOrgNumber: ORG.KDD,
    // Building permits are part of the life event "Starte og drive en bedrift" (and of building a home).
    lifeEvent: LifeEvent.STARTING_AND_RUNNING_A_BUSINESS,
    phase: InitiativePhase.EXECUTION,
    startDate: '2022-01-01',
    endDate: '2027-12-31',
    funding: [
      { scheme: FundingScheme.DIGIFIN, amount: '9600000.00', description: 'DigiFin-tilskudd' },
      {
        scheme: FundingScheme.CO_FINANCING,
        amount: '15000000.00',
        description: 'Medfinansiering (kategori 1, tak 15 MNOK)',
      },
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
      '[Demo] Videreutvikling av den felles digitale postkassen. Digdir eier; kommunene og statlige virksomheter betaler etter bruk (antall sendte brev).',
    ownerOrgNumber: ORG.DIGDIR,
    ministryOrgNumber: ORG.DFD,
    lifeEvent: null,
    phase: InitiativePhase.CONCEPT,
    startDate: '2026-01-01',
    endDate: '2029-12-31',
    funding: [{ scheme: FundingScheme.OWN_BUDGET, amount: '24000000.00', description: 'Digdirs budsjett' }],
    participants: [
      { orgNumber: ORG.NAV, role: ParticipantRole.FUNDER },
      { orgNumber: ORG.SKATT, role: ParticipantRole.FUNDER },
      { orgNumber: ORG.OSLO, role: ParticipantRole.FUNDER },
      { orgNumber: ORG.BERGEN, role: ParticipantRole.FUNDER },
    ],
  },
];
