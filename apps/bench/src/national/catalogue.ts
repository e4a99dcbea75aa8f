import { BenefitCategory, CostCategory, IndicatorDirection, LifeEvent } from '@gevinst/domain';

/**
 * The words the national data set is made of: public services with the ministry responsible and the
 * agencies that run national solutions for them (real organisation numbers from data/reference), the
 * life event each serves, and indicator templates after the DFØ guidance. The figures drawn from these
 * are illustrations; the organisations are real.
 */
export interface ServiceArea {
  /** "søknad om barnehageplass": completes "Felles løsning for …" */
  service: string;
  ministry: string;
  lifeEvent: LifeEvent | null;
  /** state agencies that own national solutions in this area */
  agencies: string[];
  /** what the users do, for indicator names: "søknader", "saker" */
  cases: string;
}

const MINISTRY = {
  AID: '983887457',
  BFD: '972417793',
  DFD: '932384469',
  FIN: '972417807',
  HOD: '983887406',
  JD: '972417831',
  KLD: '972417882',
  KDD: '972417858',
  KUD: '972417866',
  KD: '872417842',
  LMD: '972417874',
  NFD: '912660680',
  SD: '972417904',
} as const;

const AGENCY = {
  NAV: '889640782',
  SKATT: '974761076',
  DIGDIR: '991825827',
  BRREG: '974760673',
  HDIR: '983544622',
  FHI: '983744516',
  HELFO: '986965610',
  UDIR: '970018131',
  UDI: '974760746',
  IMDI: '987879696',
  POLITI: '982531950',
  DA: '926721720',
  LOTTERI: '982391490',
  DIBK: '974760223',
  KARTVERK: '971040238',
  HUSBANK: '942114184',
  VEGVESEN: '971032081',
  DSB: '974760983',
  LDIR: '981544315',
  MDIR: '999601391',
  DFO: '986252932',
  LANEKASSE: '960885406',
  BUFDIR: '986128433',
  KULTURDIR: '971527412',
  RIKSANTIKVAR: '974760819',
  MATTILSYN: '985399077',
} as const;

export const SERVICE_AREAS: readonly ServiceArea[] = [
  {
    service: 'søknad om barnehageplass',
    ministry: MINISTRY.KD,
    lifeEvent: LifeEvent.HAVING_CHILDREN,
    agencies: [AGENCY.UDIR],
    cases: 'søknader',
  },
  {
    service: 'helsestasjon og skolehelsetjeneste',
    ministry: MINISTRY.HOD,
    lifeEvent: LifeEvent.HAVING_CHILDREN,
    agencies: [AGENCY.HDIR, AGENCY.FHI],
    cases: 'konsultasjoner',
  },
  {
    service: 'foreldrepenger og barnetrygd',
    ministry: MINISTRY.AID,
    lifeEvent: LifeEvent.HAVING_CHILDREN,
    agencies: [AGENCY.NAV],
    cases: 'søknader',
  },
  {
    service: 'barnevern',
    ministry: MINISTRY.BFD,
    lifeEvent: null,
    agencies: [AGENCY.BUFDIR],
    cases: 'saker',
  },
  {
    service: 'pleiepenger og oppfølging av alvorlig sykt barn',
    ministry: MINISTRY.HOD,
    lifeEvent: LifeEvent.SERIOUSLY_ILL_CHILD,
    agencies: [AGENCY.HDIR, AGENCY.NAV, AGENCY.HELFO],
    cases: 'saker',
  },
  {
    service: 'koordinator og individuell plan',
    ministry: MINISTRY.HOD,
    lifeEvent: LifeEvent.SERIOUSLY_ILL_CHILD,
    agencies: [AGENCY.HDIR],
    cases: 'planer',
  },
  {
    service: 'arbeidsrettet oppfølging',
    ministry: MINISTRY.AID,
    lifeEvent: LifeEvent.LOSING_AND_FINDING_A_JOB,
    agencies: [AGENCY.NAV],
    cases: 'saker',
  },
  {
    service: 'økonomisk sosialhjelp',
    ministry: MINISTRY.AID,
    lifeEvent: LifeEvent.LOSING_AND_FINDING_A_JOB,
    agencies: [AGENCY.NAV],
    cases: 'søknader',
  },
  {
    service: 'bosetting og introduksjonsprogram',
    ministry: MINISTRY.AID,
    lifeEvent: LifeEvent.NEW_IN_NORWAY,
    agencies: [AGENCY.IMDI],
    cases: 'saker',
  },
  {
    service: 'oppholdstillatelse og registrering',
    ministry: MINISTRY.JD,
    lifeEvent: LifeEvent.NEW_IN_NORWAY,
    agencies: [AGENCY.UDI, AGENCY.POLITI],
    cases: 'søknader',
  },
  {
    service: 'dødsfall og skifte',
    ministry: MINISTRY.JD,
    lifeEvent: LifeEvent.DEATH_AND_INHERITANCE,
    agencies: [AGENCY.DA, AGENCY.SKATT],
    cases: 'saker',
  },
  {
    service: 'frivillighetsregister og tilskudd til lag og foreninger',
    ministry: MINISTRY.KUD,
    lifeEvent: LifeEvent.VOLUNTARY_ORGANISATION,
    agencies: [AGENCY.BRREG, AGENCY.LOTTERI, AGENCY.KULTURDIR],
    cases: 'søknader',
  },
  {
    service: 'oppstart og drift av bedrift',
    ministry: MINISTRY.NFD,
    lifeEvent: LifeEvent.STARTING_AND_RUNNING_A_BUSINESS,
    agencies: [AGENCY.BRREG, AGENCY.SKATT],
    cases: 'registreringer',
  },
  {
    service: 'skjenke- og serveringsbevilling',
    ministry: MINISTRY.HOD,
    lifeEvent: LifeEvent.STARTING_AND_RUNNING_A_BUSINESS,
    agencies: [AGENCY.HDIR, AGENCY.MATTILSYN],
    cases: 'søknader',
  },
  {
    service: 'byggesøknad',
    ministry: MINISTRY.KDD,
    lifeEvent: null,
    agencies: [AGENCY.DIBK],
    cases: 'søknader',
  },
  {
    service: 'plan, kart og eiendom',
    ministry: MINISTRY.DFD,
    lifeEvent: null,
    agencies: [AGENCY.KARTVERK],
    cases: 'saker',
  },
  {
    service: 'eiendomsskatt og kommunale gebyrer',
    ministry: MINISTRY.KDD,
    lifeEvent: null,
    agencies: [AGENCY.KARTVERK, AGENCY.SKATT],
    cases: 'fakturaer',
  },
  {
    service: 'digital post og varsling',
    ministry: MINISTRY.DFD,
    lifeEvent: null,
    agencies: [AGENCY.DIGDIR],
    cases: 'forsendelser',
  },
  {
    service: 'innlogging og fullmakter',
    ministry: MINISTRY.DFD,
    lifeEvent: null,
    agencies: [AGENCY.DIGDIR],
    cases: 'henvendelser',
  },
  {
    service: 'arkiv og saksbehandling',
    ministry: MINISTRY.KDD,
    lifeEvent: null,
    agencies: [AGENCY.DIGDIR],
    cases: 'saker',
  },
  {
    service: 'velferdsteknologi i hjemmetjenesten',
    ministry: MINISTRY.HOD,
    lifeEvent: null,
    agencies: [AGENCY.HDIR],
    cases: 'besøk',
  },
  {
    service: 'skoleskyss',
    ministry: MINISTRY.SD,
    lifeEvent: null,
    agencies: [AGENCY.VEGVESEN],
    cases: 'søknader',
  },
  {
    service: 'beredskap og krisevarsling',
    ministry: MINISTRY.JD,
    lifeEvent: null,
    agencies: [AGENCY.DSB],
    cases: 'varsler',
  },
  {
    service: 'produksjonstilskudd i landbruket',
    ministry: MINISTRY.LMD,
    lifeEvent: null,
    agencies: [AGENCY.LDIR],
    cases: 'søknader',
  },
  {
    service: 'avfall og miljørapportering',
    ministry: MINISTRY.KLD,
    lifeEvent: null,
    agencies: [AGENCY.MDIR],
    cases: 'rapporter',
  },
  {
    service: 'innkjøp og elektronisk faktura',
    ministry: MINISTRY.FIN,
    lifeEvent: null,
    agencies: [AGENCY.DFO],
    cases: 'fakturaer',
  },
  {
    service: 'bostøtte og startlån',
    ministry: MINISTRY.KDD,
    lifeEvent: null,
    agencies: [AGENCY.HUSBANK],
    cases: 'søknader',
  },
  {
    service: 'skatt og folkeregister',
    ministry: MINISTRY.FIN,
    lifeEvent: LifeEvent.STARTING_AND_RUNNING_A_BUSINESS,
    agencies: [AGENCY.SKATT],
    cases: 'henvendelser',
  },
  {
    service: 'utdanningsstøtte',
    ministry: MINISTRY.KD,
    lifeEvent: null,
    agencies: [AGENCY.LANEKASSE],
    cases: 'søknader',
  },
  {
    service: 'kulturminner og dispensasjoner',
    ministry: MINISTRY.KLD,
    lifeEvent: null,
    agencies: [AGENCY.RIKSANTIKVAR],
    cases: 'saker',
  },
];

/** Kommunal- og distriktsdepartementet: the ministry of the municipal sector. */
export const KDD = MINISTRY.KDD;

export const NAME_PREFIXES = [
  'Felles løsning for',
  'Digital',
  'Selvbetjening for',
  'Automatisert',
  'Ny plattform for',
  'Samordnet',
  'Modernisering av',
  'Sammenhengende tjeneste for',
] as const;

export const COST_DESCRIPTIONS: Record<CostCategory, readonly string[]> = {
  [CostCategory.DEVELOPMENT]: [
    'Utvikling av løsningen',
    'Integrasjoner mot fagsystemer',
    'Utvikling – ny versjon',
    'Tjenestedesign og brukertesting',
  ],
  [CostCategory.OPERATION]: ['Drift og forvaltning', 'Drift av felles plattform', 'Brukerstøtte'],
  [CostCategory.MAINTENANCE]: ['Vedlikehold og feilretting', 'Sikkerhetsoppdateringer'],
  [CostCategory.LICENCE]: ['Lisenser', 'Skytjenester og lisenser'],
  [CostCategory.PERSONNEL]: ['Prosjektledelse', 'Opplæring og innføring i kommunene'],
  [CostCategory.OTHER]: ['Ekstern kvalitetssikring', 'Informasjon og kommunikasjon'],
};

export interface IndicatorTemplate {
  category: BenefitCategory;
  title: (area: ServiceArea) => string;
  indicator: (area: ServiceArea) => string;
  unit: string;
  direction: IndicatorDirection;
  /** baseline per 10,000 inhabitants served (or the baseline itself for `absolute` indicators) */
  baselinePer10k: [number, number];
  absolute?: boolean;
  /** the planned improvement as a share of the baseline (for `absolute`: points) */
  improvement: [number, number];
  /** NOK per unit, or null (NON_MONETISED) */
  valuePerUnit: [number, number] | null;
  method: string;
  decimals: 0 | 1;
}

const { INCREASE, DECREASE } = IndicatorDirection;

export const INDICATORS: readonly IndicatorTemplate[] = [
  {
    category: BenefitCategory.FREED_CAPACITY,
    title: (a) => `Mindre manuell saksbehandling av ${a.service}`,
    indicator: (a) => `Saksbehandlingstimer for ${a.cases} per år`,
    unit: 'timer',
    direction: DECREASE,
    baselinePer10k: [400, 3000],
    improvement: [0.15, 0.5],
    valuePerUnit: [560, 860],
    method: 'Timeregistrering i fagsystemet, summert for siste 12 måneder',
    decimals: 0,
  },
  {
    category: BenefitCategory.FREED_CAPACITY,
    title: () => 'Færre telefonhenvendelser',
    indicator: () => 'Telefonhenvendelser per år',
    unit: 'henvendelser',
    direction: DECREASE,
    baselinePer10k: [800, 6000],
    improvement: [0.2, 0.55],
    valuePerUnit: [90, 180],
    method: 'Statistikk fra sentralbordet og kontaktsenteret',
    decimals: 0,
  },
  {
    category: BenefitCategory.BUDGET_RELEASING,
    title: () => 'Utfasing av gamle fagsystemer',
    indicator: () => 'Lisens- og driftskostnader for gamle løsninger per år',
    unit: 'kroner',
    direction: DECREASE,
    baselinePer10k: [60_000, 400_000],
    improvement: [0.4, 1],
    valuePerUnit: [1, 1],
    method: 'Regnskap',
    decimals: 0,
  },
  {
    category: BenefitCategory.BUDGET_RELEASING,
    title: () => 'Lavere porto- og utskriftskostnader',
    indicator: () => 'Porto og utskrift per år',
    unit: 'kroner',
    direction: DECREASE,
    baselinePer10k: [20_000, 150_000],
    improvement: [0.3, 0.8],
    valuePerUnit: [1, 1],
    method: 'Regnskap og fakturaer fra leverandør',
    decimals: 0,
  },
  {
    category: BenefitCategory.OTHER_PUBLIC_SECTOR,
    title: (a) => `Færre henvendelser til andre etater om ${a.service}`,
    indicator: () => 'Henvendelser fra andre offentlige virksomheter per år',
    unit: 'henvendelser',
    direction: DECREASE,
    baselinePer10k: [300, 2500],
    improvement: [0.2, 0.5],
    valuePerUnit: [150, 380],
    method: 'Henvendelsesstatistikk fra mottakende virksomhet',
    decimals: 0,
  },
  {
    category: BenefitCategory.OTHER_PUBLIC_SECTOR,
    title: () => 'Mindre dobbeltregistrering i kommunene',
    indicator: () => 'Timer brukt på dobbeltregistrering per år',
    unit: 'timer',
    direction: DECREASE,
    baselinePer10k: [200, 1500],
    improvement: [0.25, 0.6],
    valuePerUnit: [560, 820],
    method: 'Utvalgsundersøkelse i kommunene to ganger i året',
    decimals: 0,
  },
  {
    category: BenefitCategory.NON_MONETISED,
    title: (a) => `Flere digitale ${a.cases}`,
    indicator: (a) => `Andel ${a.cases} levert digitalt`,
    unit: 'prosent',
    direction: INCREASE,
    baselinePer10k: [15, 60],
    absolute: true,
    improvement: [15, 35],
    valuePerUnit: null,
    method: 'Statistikk fra løsningen',
    decimals: 1,
  },
  {
    category: BenefitCategory.NON_MONETISED,
    title: () => 'Høyere brukertilfredshet',
    indicator: () => 'Brukertilfredshet (0–100)',
    unit: 'poeng',
    direction: INCREASE,
    baselinePer10k: [55, 72],
    absolute: true,
    improvement: [5, 15],
    valuePerUnit: null,
    method: 'Brukerundersøkelse',
    decimals: 1,
  },
  {
    category: BenefitCategory.NON_MONETISED,
    title: () => 'Kortere saksbehandlingstid',
    indicator: () => 'Gjennomsnittlig saksbehandlingstid',
    unit: 'dager',
    direction: DECREASE,
    baselinePer10k: [12, 75],
    absolute: true,
    improvement: [0.2, 0.6],
    valuePerUnit: null,
    method: 'Uttrekk fra fagsystemet',
    decimals: 1,
  },
  {
    category: BenefitCategory.CITIZENS_AND_BUSINESS,
    title: (a) => `Spart tid for innbyggerne ved ${a.service}`,
    indicator: () => 'Timer brukt av innbyggere og næringsliv per år',
    unit: 'timer',
    direction: DECREASE,
    baselinePer10k: [1500, 12_000],
    improvement: [0.2, 0.6],
    valuePerUnit: [320, 560],
    method: 'Brukerundersøkelse og loggdata fra løsningen',
    decimals: 0,
  },
  {
    category: BenefitCategory.CITIZENS_AND_BUSINESS,
    title: () => 'Færre reiser til servicetorget',
    indicator: () => 'Oppmøter ved servicetorg per år',
    unit: 'oppmøter',
    direction: DECREASE,
    baselinePer10k: [500, 4000],
    improvement: [0.2, 0.5],
    valuePerUnit: [250, 450],
    method: 'Besøkstelling ved servicetorgene',
    decimals: 0,
  },
];

export const OWNER_ROLES = [
  'Avdelingsdirektør',
  'Kommunalsjef',
  'Seksjonssjef',
  'Enhetsleder',
  'Økonomisjef',
  'Tjenesteleder',
] as const;

export const RISKS = [
  'Lav bruk av løsningen i oppstarten',
  'Frigjort tid blir ikke tatt ut',
  'Forsinkede integrasjoner mot fagsystemer',
  'Endrede regler gir mer manuelt arbeid',
] as const;
