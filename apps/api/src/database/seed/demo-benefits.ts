import {
  BenefitCategory,
  BenefitStatus,
  EnablerKind,
  IndicatorDirection,
  MeasurementFrequency,
  RagStatus,
  RiskLevel,
} from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import { ORG } from './demo-portfolio.js';

/**
 * The demo portfolio's benefits (gevinster): realistic illustrations after the DFØ guidance — baselines,
 * target trajectories, measurements, risks, benefit owners in the organisations where the benefits arise,
 * benefits maps and benefit owners' reports. Demo mode only; every record is_demo. The organisations are
 * real; the figures are illustrations.
 *
 * DEMO-LIV-BEDRIFT (owned by Brønnøysundregistrene, the eier@ persona) has the benefit used by the browser
 * test: "Færre manuelle registreringer i Enhetsregisteret" — 48 000 hours a year at the baseline, 18 000
 * planned from the end of 2025; the latest measurement (24 000 on 30 June 2026) is 24 000 / 30 000 = 80 %
 * of plan, AMBER. A new measurement of 21 000 hours or less (≥ 27 000 saved, 90 %) turns it GREEN; one of
 * 30 000 or more (≤ 18 000 saved, 60 %) turns it RED.
 */

type Point = [date: string, value: string];

interface DemoBenefit {
  initiativeCode: string;
  /** for the benefits map and reports below */
  key: string;
  title: string;
  description: string;
  category: BenefitCategory;
  isDisBenefit?: boolean;
  /** organisation number; null: citizens and business */
  receiving: string | null;
  owner: { name: string; role: string };
  indicator: { name: string; unit: string; direction: IndicatorDirection };
  baseline: Point;
  targets: Point[];
  valuePerUnit: string | null;
  method: string;
  frequency: MeasurementFrequency;
  status: BenefitStatus;
  risks?: { description: string; likelihood: RiskLevel; impact: RiskLevel; mitigation: string }[];
  measurements: Point[];
}

interface DemoEnabler {
  initiativeCode: string;
  key: string;
  kind: EnablerKind;
  title: string;
  description: string;
}

const { INCREASE, DECREASE } = IndicatorDirection;
const { MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY } = MeasurementFrequency;

/**
 * When each demo benefit's effect can begin, where that is later than its baseline (the solution's delivery):
 * nothing is valued before it (issue 14). The others start at their baseline.
 */
export const DEMO_EFFECT_STARTS: Record<string, string> = {
  // The first version of the digital health clinic goes live at the start of 2024, after a year of
  // development paid by DigiFin: no benefit in 2023.
  'helsestasjon-telefon': '2024-01-01',
  'helsestasjon-digital': '2024-01-01',
  // The national interpreter ordering service is delivered at the turn of 2025.
  'tolk-nav': '2025-01-01',
  'tolk-oslo': '2025-01-01',
  // The job-transition service is built in 2025 and used from 2026.
  'jobb-overgang': '2026-01-01',
  'jobb-dobbelt': '2026-01-01',
  // The common digital mailbox is built in the first half of 2026.
  'postkasse-nav': '2026-07-01',
  'postkasse-oslo': '2026-07-01',
};

export const DEMO_BENEFITS: DemoBenefit[] = [
  // Starte og drive bedrift – Brønnøysundregistrene
  {
    initiativeCode: 'DEMO-LIV-BEDRIFT',
    key: 'bedrift-timer',
    title: 'Færre manuelle registreringer i Enhetsregisteret',
    description:
      '[Demo] Automatisk kontroll og registrering av enkle nyregistreringer frigjør saksbehandlere til veiledning og kontroll.',
    category: BenefitCategory.FREED_CAPACITY,
    receiving: ORG.BRREG,
    owner: { name: 'Hanne Registerfører', role: 'Avdelingsdirektør, registerforvaltning' },
    indicator: {
      name: 'Saksbehandlingstimer for manuell registrering per år',
      unit: 'timer',
      direction: DECREASE,
    },
    baseline: ['2021-05-01', '48000'],
    targets: [
      ['2022-12-31', '40000'],
      ['2023-12-31', '30000'],
      ['2024-12-31', '22000'],
      ['2025-12-31', '18000'],
    ],
    valuePerUnit: '620.00',
    method: 'Timeregistrering i saksbehandlingssystemet, summert for siste 12 måneder',
    frequency: HALF_YEARLY,
    status: BenefitStatus.IN_REALISATION,
    risks: [
      {
        description: 'Flere registreringer enn ventet etter regelendringer gir mer manuelt arbeid',
        likelihood: RiskLevel.MEDIUM,
        impact: RiskLevel.MEDIUM,
        mitigation: 'Utvide de automatiske kontrollene til flere organisasjonsformer',
      },
      {
        description: 'Frigjort tid blir ikke brukt til veiledning',
        likelihood: RiskLevel.LOW,
        impact: RiskLevel.HIGH,
        mitigation: 'Gevinsteier følger opp bemanningsplanen hvert halvår',
      },
    ],
    measurements: [
      ['2022-06-30', '46500'],
      ['2022-12-31', '42100'],
      ['2023-06-30', '37800'],
      ['2023-12-31', '33400'],
      ['2024-06-30', '28900'],
      ['2024-12-31', '25300'],
      ['2025-06-30', '23600'],
      ['2025-12-31', '23100'],
      ['2026-06-30', '24000'],
    ],
  },
  {
    initiativeCode: 'DEMO-LIV-BEDRIFT',
    key: 'bedrift-grundere',
    title: 'Mindre tid på registrering for gründere',
    description: '[Demo] Én veiviser for registrering, skatt og merverdiavgift sparer gründerne tid.',
    category: BenefitCategory.CITIZENS_AND_BUSINESS,
    receiving: null,
    owner: { name: 'Per Brukerreise', role: 'Seksjonssjef, brukerdialog' },
    indicator: { name: 'Timer brukt av gründere på registrering per år', unit: 'timer', direction: DECREASE },
    baseline: ['2021-05-01', '180000'],
    targets: [
      ['2023-12-31', '120000'],
      ['2025-06-30', '90000'],
    ],
    valuePerUnit: '450.00',
    method: 'Brukerundersøkelse og loggdata fra veiviseren',
    frequency: YEARLY,
    status: BenefitStatus.IN_REALISATION,
    measurements: [
      ['2022-12-31', '171000'],
      ['2023-12-31', '131000'],
      ['2024-12-31', '104000'],
      ['2025-12-31', '93500'],
    ],
  },
  {
    initiativeCode: 'DEMO-LIV-BEDRIFT',
    key: 'bedrift-selvbetjening',
    title: 'Flere registreringer uten manuell behandling',
    description: '[Demo] Andelen registreringer som går rett gjennom uten manuell behandling.',
    category: BenefitCategory.NON_MONETISED,
    receiving: ORG.BRREG,
    owner: { name: 'Hanne Registerfører', role: 'Avdelingsdirektør, registerforvaltning' },
    indicator: { name: 'Andel registreringer uten manuell behandling', unit: 'prosent', direction: INCREASE },
    baseline: ['2021-05-01', '62'],
    targets: [
      ['2023-12-31', '80'],
      ['2025-06-30', '90'],
    ],
    valuePerUnit: null,
    method: 'Statistikk fra registreringsløsningen',
    frequency: QUARTERLY,
    status: BenefitStatus.IN_REALISATION,
    measurements: [
      ['2022-12-31', '68'],
      ['2023-12-31', '77'],
      ['2024-12-31', '85'],
      ['2025-12-31', '88'],
    ],
  },
  {
    initiativeCode: 'DEMO-LIV-BEDRIFT',
    key: 'bedrift-mva',
    title: 'Færre henvendelser til Skatteetaten om mva-registrering',
    description: '[Demo] Samordnet registrering gjør at færre gründere må kontakte Skatteetaten.',
    category: BenefitCategory.OTHER_PUBLIC_SECTOR,
    receiving: ORG.SKATT,
    owner: { name: 'Siri Skattesen', role: 'Seksjonssjef, veiledning (Skatteetaten)' },
    indicator: { name: 'Henvendelser om mva-registrering per år', unit: 'henvendelser', direction: DECREASE },
    baseline: ['2021-05-01', '85000'],
    targets: [['2024-12-31', '55000']],
    valuePerUnit: '180.00',
    method: 'Henvendelsesstatistikk fra Skatteetatens kontaktsenter',
    frequency: YEARLY,
    status: BenefitStatus.IN_REALISATION,
    measurements: [
      ['2023-06-30', '74000'],
      ['2024-12-31', '61000'],
      ['2025-12-31', '57500'],
    ],
  },
  {
    initiativeCode: 'DEMO-LIV-BEDRIFT',
    key: 'bedrift-lisens',
    title: 'Utfasing av gammel registreringsløsning',
    description: '[Demo] Lisens- og driftskostnader for den gamle løsningen faller bort.',
    category: BenefitCategory.BUDGET_RELEASING,
    receiving: ORG.BRREG,
    owner: { name: 'Geir Økonomisjef', role: 'Økonomidirektør' },
    indicator: {
      name: 'Lisens- og driftskostnader for gammel løsning per år',
      unit: 'kroner',
      direction: DECREASE,
    },
    baseline: ['2021-05-01', '4200000'],
    targets: [
      ['2024-12-31', '1000000'],
      ['2025-12-31', '0'],
    ],
    valuePerUnit: '1.00',
    method: 'Regnskap',
    frequency: YEARLY,
    status: BenefitStatus.IN_REALISATION,
    measurements: [
      ['2023-12-31', '3900000'],
      ['2024-12-31', '1400000'],
      ['2025-12-31', '300000'],
    ],
  },
  // Felles integrasjonsplattform (DigiFin) – the benefits arise in the municipalities
  ...(
    [
      ['Oslo', ORG.OSLO, '38000000', '26000000', ['37400000', '33100000', '29800000']],
      ['Bergen', ORG.BERGEN, '14500000', '10000000', ['14300000', '12900000', '11600000']],
      ['Trondheim', ORG.TRONDHEIM, '11000000', '7800000', ['10900000', '10100000', '9400000']],
      ['Stavanger', ORG.STAVANGER, '8200000', '5800000', ['8150000', '7600000', '7300000']],
    ] as const
  ).map(([name, orgNumber, baseline, target, [m2023, m2024, m2025]]): DemoBenefit => ({
    initiativeCode: 'DEMO-DIGIFIN-FIKS',
    key: `fiks-${name.toLowerCase()}`,
    title: `Lavere integrasjonskostnader i ${name} kommune`,
    description: `[Demo] Felles integrasjoner erstatter egne punkt-til-punkt-integrasjoner i ${name} kommune.`,
    category: BenefitCategory.BUDGET_RELEASING,
    receiving: orgNumber,
    owner: { name: `IT-sjef i ${name} kommune`, role: 'Leder, digitalisering' },
    indicator: { name: 'Kostnader til integrasjoner per år', unit: 'kroner', direction: DECREASE },
    baseline: ['2021-01-01', baseline],
    targets: [['2025-12-31', target]],
    valuePerUnit: '1.00',
    method: 'Kommuneregnskapet (KOSTRA-funksjon 120), integrasjonskostnader',
    frequency: YEARLY,
    status: BenefitStatus.IN_REALISATION,
    measurements: [
      ['2023-12-31', m2023],
      ['2024-12-31', m2024],
      ['2025-12-31', m2025],
    ],
  })),
  // Digital helsestasjon – Bergen
  {
    initiativeCode: 'DEMO-DIGIFIN-HELSESTASJON',
    key: 'helsestasjon-telefon',
    title: 'Færre telefonhenvendelser til helsestasjonene i Bergen',
    description: '[Demo] Foreldre bestiller og endrer timer selv og får svar i digital dialog.',
    category: BenefitCategory.FREED_CAPACITY,
    receiving: ORG.BERGEN,
    owner: { name: 'Liv Helsesøster', role: 'Enhetsleder, helsestasjonstjenesten' },
    indicator: { name: 'Telefonhenvendelser per år', unit: 'henvendelser', direction: DECREASE },
    baseline: ['2023-01-01', '52000'],
    targets: [
      ['2025-12-31', '36000'],
      ['2026-12-31', '30000'],
    ],
    valuePerUnit: '95.00',
    method: 'Telefonistatistikk, siste 12 måneder',
    frequency: HALF_YEARLY,
    status: BenefitStatus.IN_REALISATION,
    risks: [
      {
        description: 'Lav bruk blant foreldre med lite digital erfaring',
        likelihood: RiskLevel.MEDIUM,
        impact: RiskLevel.MEDIUM,
        mitigation: 'Veiledning ved første konsultasjon og informasjon på flere språk',
      },
    ],
    measurements: [
      ['2024-06-30', '50500'],
      ['2024-12-31', '47000'],
      ['2025-06-30', '44800'],
      ['2025-12-31', '41900'],
      ['2026-06-30', '39000'],
    ],
  },
  {
    initiativeCode: 'DEMO-DIGIFIN-HELSESTASJON',
    key: 'helsestasjon-digital',
    title: 'Foreldre bestiller timer digitalt',
    description: '[Demo] Andelen timer som bestilles digitalt.',
    category: BenefitCategory.NON_MONETISED,
    receiving: ORG.BERGEN,
    owner: { name: 'Liv Helsesøster', role: 'Enhetsleder, helsestasjonstjenesten' },
    indicator: { name: 'Andel timer bestilt digitalt', unit: 'prosent', direction: INCREASE },
    baseline: ['2023-01-01', '0'],
    targets: [
      ['2025-12-31', '60'],
      ['2026-12-31', '75'],
    ],
    valuePerUnit: null,
    method: 'Statistikk fra timebestillingen',
    frequency: MONTHLY,
    status: BenefitStatus.IN_REALISATION,
    measurements: [
      ['2024-12-31', '22'],
      ['2025-12-31', '48'],
      ['2026-06-30', '57'],
    ],
  },
  // Felles tolkebestilling – IMDi
  {
    initiativeCode: 'DEMO-MEDFIN-TOLK',
    key: 'tolk-nav',
    title: 'Mindre tid til tolkebestilling i NAV',
    description: '[Demo] Én bestillingsløsning erstatter telefon og e-post til mange tolkeformidlere.',
    category: BenefitCategory.OTHER_PUBLIC_SECTOR,
    receiving: ORG.NAV,
    owner: { name: 'Nina Navesen', role: 'Avdelingsdirektør, tjenesteområde arbeid (NAV)' },
    indicator: { name: 'Timer brukt på tolkebestilling per år', unit: 'timer', direction: DECREASE },
    baseline: ['2024-01-15', '64000'],
    targets: [
      ['2025-12-31', '40000'],
      ['2026-06-30', '32000'],
    ],
    valuePerUnit: '560.00',
    method: 'Tidsstudie i utvalgte NAV-kontor, oppskalert',
    frequency: HALF_YEARLY,
    status: BenefitStatus.IN_REALISATION,
    risks: [
      {
        description: 'NAV-kontorene fortsetter å bestille utenom løsningen',
        likelihood: RiskLevel.HIGH,
        impact: RiskLevel.HIGH,
        mitigation: 'Avvikle gamle rammeavtaler og gi opplæring på alle kontor',
      },
    ],
    measurements: [
      ['2025-06-30', '58000'],
      ['2025-12-31', '49000'],
      ['2026-06-30', '45500'],
    ],
  },
  {
    initiativeCode: 'DEMO-MEDFIN-TOLK',
    key: 'tolk-avlyst',
    title: 'Færre avlyste timer fordi tolk mangler',
    description: '[Demo] Innbyggere får tjenesten de har krav på når tolk bestilles i tide.',
    category: BenefitCategory.NON_MONETISED,
    receiving: null,
    owner: { name: 'Omar Integrering', role: 'Seksjonssjef, tolkefeltet (IMDi)' },
    indicator: {
      name: 'Avlyste timer på grunn av manglende tolk per år',
      unit: 'timer',
      direction: DECREASE,
    },
    baseline: ['2024-01-15', '9000'],
    targets: [['2026-06-30', '4000']],
    valuePerUnit: null,
    method: 'Avviksregistrering hos tjenesteyterne',
    frequency: HALF_YEARLY,
    status: BenefitStatus.IN_REALISATION,
    measurements: [
      ['2025-12-31', '6800'],
      ['2026-06-30', '5900'],
    ],
  },
  {
    initiativeCode: 'DEMO-MEDFIN-TOLK',
    key: 'tolk-oslo',
    title: 'Lavere administrasjonskostnader for tolk i Oslo kommune',
    description: '[Demo] Oslo kommune bruker mindre tid og penger på å skaffe tolk.',
    category: BenefitCategory.BUDGET_RELEASING,
    receiving: ORG.OSLO,
    owner: { name: 'Økonomisjef, Oslo kommune', role: 'Leder, økonomi og anskaffelser' },
    indicator: { name: 'Administrasjonskostnader for tolk per år', unit: 'kroner', direction: DECREASE },
    baseline: ['2024-01-15', '9500000'],
    targets: [['2026-06-30', '7000000']],
    valuePerUnit: '1.00',
    method: 'Kommuneregnskapet',
    frequency: YEARLY,
    status: BenefitStatus.IN_REALISATION,
    measurements: [['2025-12-31', '8600000']],
  },
  // Dødsfall og arv – domstolene
  {
    initiativeCode: 'DEMO-LIV-DODSFALL',
    key: 'dodsfall-etterlatte',
    title: 'Mindre tid på skifte for etterlatte',
    description:
      '[Demo] Etterlatte får oversikt over avdødes forhold på ett sted og gjennomfører skifte digitalt.',
    category: BenefitCategory.CITIZENS_AND_BUSINESS,
    receiving: null,
    owner: { name: 'Tor Tingrett', role: 'Avdelingsleder, skifte (Domstoladministrasjonen)' },
    indicator: { name: 'Timer brukt av etterlatte på skifte per år', unit: 'timer', direction: DECREASE },
    baseline: ['2020-06-30', '410000'],
    targets: [
      ['2023-12-31', '300000'],
      ['2025-12-31', '240000'],
    ],
    valuePerUnit: '300.00',
    method: 'Brukerundersøkelse blant etterlatte, vektet med antall dødsfall',
    frequency: YEARLY,
    status: BenefitStatus.IN_REALISATION,
    measurements: [
      ['2021-12-31', '402000'],
      ['2022-12-31', '371000'],
      ['2023-12-31', '318000'],
      ['2024-12-31', '281000'],
      ['2025-12-31', '255000'],
    ],
  },
  {
    initiativeCode: 'DEMO-LIV-DODSFALL',
    key: 'dodsfall-forespørsler',
    title: 'Færre manuelle forespørsler mellom etatene',
    description: '[Demo] Opplysninger om avdøde deles automatisk mellom domstolene, Skatteetaten og NAV.',
    category: BenefitCategory.FREED_CAPACITY,
    receiving: ORG.DOMSTOL,
    owner: { name: 'Tor Tingrett', role: 'Avdelingsleder, skifte (Domstoladministrasjonen)' },
    indicator: { name: 'Manuelle forespørsler per år', unit: 'forespørsler', direction: DECREASE },
    baseline: ['2020-06-30', '120000'],
    targets: [['2024-12-31', '40000']],
    valuePerUnit: '220.00',
    method: 'Saksstatistikk',
    frequency: YEARLY,
    status: BenefitStatus.REALISED,
    measurements: [
      ['2022-12-31', '98000'],
      ['2023-12-31', '71000'],
      ['2024-12-31', '46000'],
      ['2025-12-31', '41000'],
    ],
  },
  {
    initiativeCode: 'DEMO-LIV-DODSFALL',
    key: 'dodsfall-drift',
    title: 'Økte driftskostnader for datadeling i Skatteetaten',
    description: '[Demo] En ulempe: Skatteetaten drifter nye grensesnitt for datadeling med domstolene.',
    category: BenefitCategory.OTHER_PUBLIC_SECTOR,
    isDisBenefit: true,
    receiving: ORG.SKATT,
    owner: { name: 'Siri Skattesen', role: 'Seksjonssjef, forvaltning (Skatteetaten)' },
    indicator: { name: 'Driftskostnader for datadeling per år', unit: 'kroner', direction: DECREASE },
    baseline: ['2020-06-30', '0'],
    targets: [['2023-12-31', '1500000']],
    valuePerUnit: '1.00',
    method: 'Internregnskap',
    frequency: YEARLY,
    status: BenefitStatus.IN_REALISATION,
    measurements: [
      ['2023-12-31', '1650000'],
      ['2024-12-31', '1600000'],
    ],
  },
  // Miste og finne jobb – NAV (planning)
  {
    initiativeCode: 'DEMO-LIV-JOBB',
    key: 'jobb-overgang',
    title: 'Raskere overgang til ny jobb',
    description: '[Demo] Samordnet oppfølging gir kortere tid uten arbeid.',
    category: BenefitCategory.NON_MONETISED,
    receiving: null,
    owner: { name: 'Nina Navesen', role: 'Avdelingsdirektør, tjenesteområde arbeid (NAV)' },
    indicator: { name: 'Gjennomsnittlig tid fra oppsigelse til ny jobb', unit: 'dager', direction: DECREASE },
    baseline: ['2025-03-01', '142'],
    targets: [
      ['2027-12-31', '125'],
      ['2028-12-31', '115'],
    ],
    valuePerUnit: null,
    method: 'Registerdata (Aa-registeret og NAVs saksdata)',
    frequency: YEARLY,
    status: BenefitStatus.PLANNED,
    measurements: [],
  },
  {
    initiativeCode: 'DEMO-LIV-JOBB',
    key: 'jobb-dobbelt',
    title: 'Færre dobbeltregistreringer hos NAV',
    description: '[Demo] Opplysninger hentes fra kommunene og HK-dir i stedet for å registreres på nytt.',
    category: BenefitCategory.FREED_CAPACITY,
    receiving: ORG.NAV,
    owner: { name: 'Nina Navesen', role: 'Avdelingsdirektør, tjenesteområde arbeid (NAV)' },
    indicator: { name: 'Saksbehandlingstimer til registrering per år', unit: 'timer', direction: DECREASE },
    baseline: ['2025-03-01', '210000'],
    targets: [
      ['2027-12-31', '180000'],
      ['2028-12-31', '160000'],
    ],
    valuePerUnit: '640.00',
    method: 'Tidsstudie',
    frequency: YEARLY,
    status: BenefitStatus.PLANNED,
    measurements: [['2025-12-31', '208000']],
  },
  // Alvorlig sykt barn – Helsedirektoratet
  {
    initiativeCode: 'DEMO-LIV-SYKTBARN',
    key: 'syktbarn-familier',
    title: 'Mindre tid på søknader for familier med alvorlig syke barn',
    description: '[Demo] Familiene søker pleiepenger, hjelpestønad og kommunale tjenester samlet.',
    category: BenefitCategory.CITIZENS_AND_BUSINESS,
    receiving: null,
    owner: { name: 'Eva Helsedir', role: 'Avdelingsdirektør, tjenesteutvikling (Helsedirektoratet)' },
    indicator: { name: 'Timer brukt av familiene på søknader per år', unit: 'timer', direction: DECREASE },
    baseline: ['2022-06-01', '95000'],
    targets: [
      ['2025-12-31', '70000'],
      ['2026-12-31', '60000'],
    ],
    valuePerUnit: '350.00',
    method: 'Brukerundersøkelse, vektet med antall familier',
    frequency: YEARLY,
    status: BenefitStatus.IN_REALISATION,
    measurements: [
      ['2023-12-31', '93000'],
      ['2024-12-31', '86000'],
      ['2025-12-31', '77000'],
      ['2026-06-30', '72000'],
    ],
  },
  {
    initiativeCode: 'DEMO-LIV-SYKTBARN',
    key: 'syktbarn-nav',
    title: 'Færre saker sendt mellom NAV og HELFO',
    description: '[Demo] Søknaden går til riktig etat første gang.',
    category: BenefitCategory.OTHER_PUBLIC_SECTOR,
    receiving: ORG.NAV,
    owner: { name: 'Nina Navesen', role: 'Avdelingsdirektør (NAV)' },
    indicator: { name: 'Oversendte saker per år', unit: 'saker', direction: DECREASE },
    baseline: ['2022-06-01', '18000'],
    targets: [['2026-12-31', '8000']],
    valuePerUnit: '410.00',
    method: 'Saksstatistikk',
    frequency: YEARLY,
    status: BenefitStatus.IN_REALISATION,
    measurements: [
      ['2024-12-31', '15500'],
      ['2025-12-31', '12900'],
    ],
  },
  {
    initiativeCode: 'DEMO-LIV-SYKTBARN',
    key: 'syktbarn-bergen',
    title: 'Færre koordineringsmøter i Bergen kommune',
    description: '[Demo] Felles informasjon gir færre møter for å koordinere tjenestene rundt barnet.',
    category: BenefitCategory.OTHER_PUBLIC_SECTOR,
    receiving: ORG.BERGEN,
    owner: { name: 'Kommunalsjef, Bergen kommune', role: 'Helse og omsorg' },
    indicator: { name: 'Koordineringstimer per år', unit: 'timer', direction: DECREASE },
    baseline: ['2022-06-01', '12000'],
    targets: [['2026-12-31', '8000']],
    valuePerUnit: '700.00',
    method: 'Timeregistrering i kommunens fagsystem',
    frequency: YEARLY,
    status: BenefitStatus.IN_REALISATION,
    measurements: [['2025-12-31', '10400']],
  },
  // Frivillig organisasjon – Brønnøysundregistrene (closed)
  {
    initiativeCode: 'DEMO-LIV-FRIVILLIG',
    key: 'frivillig-registrering',
    title: 'Enklere registrering i Frivillighetsregisteret',
    description:
      '[Demo] Frivillige organisasjoner bruker mindre tid på registrering og søknad om momskompensasjon.',
    category: BenefitCategory.CITIZENS_AND_BUSINESS,
    receiving: null,
    owner: { name: 'Per Brukerreise', role: 'Seksjonssjef, brukerdialog' },
    indicator: {
      name: 'Timer brukt av frivillige organisasjoner per år',
      unit: 'timer',
      direction: DECREASE,
    },
    baseline: ['2019-06-01', '60000'],
    targets: [['2022-12-31', '35000']],
    valuePerUnit: '250.00',
    method: 'Brukerundersøkelse',
    frequency: YEARLY,
    status: BenefitStatus.REALISED,
    measurements: [
      ['2020-12-31', '55000'],
      ['2021-12-31', '44000'],
      ['2022-12-31', '36000'],
      ['2023-12-31', '33500'],
    ],
  },
  {
    initiativeCode: 'DEMO-LIV-FRIVILLIG',
    key: 'frivillig-kontroller',
    title: 'Færre manuelle kontroller av momskompensasjon',
    description: '[Demo] Registeropplysninger brukes i kontrollen i stedet for manuell dokumentasjon.',
    category: BenefitCategory.FREED_CAPACITY,
    receiving: ORG.BRREG,
    owner: { name: 'Hanne Registerfører', role: 'Avdelingsdirektør, registerforvaltning' },
    indicator: { name: 'Manuelle kontroller per år', unit: 'kontroller', direction: DECREASE },
    baseline: ['2019-06-01', '14000'],
    targets: [['2022-12-31', '6000']],
    valuePerUnit: '480.00',
    method: 'Saksstatistikk',
    frequency: YEARLY,
    status: BenefitStatus.REALISED,
    measurements: [
      ['2020-12-31', '12800'],
      ['2021-12-31', '9100'],
      ['2022-12-31', '6400'],
      ['2023-12-31', '5900'],
    ],
  },
  // Digital byggesøknad – DiBK, piloted in Trøndelag
  {
    initiativeCode: 'DEMO-DIGIFIN-BYGGESAK',
    key: 'byggesak-mangler',
    title: 'Færre mangelfulle byggesøknader i Trondheim',
    description: '[Demo] Digitale søknader med innebygde kontroller gir færre mangelbrev.',
    category: BenefitCategory.OTHER_PUBLIC_SECTOR,
    receiving: ORG.TRONDHEIM,
    owner: { name: 'Byggesakssjef, Trondheim kommune', role: 'Leder, byggesak' },
    indicator: { name: 'Mangelbrev per år', unit: 'brev', direction: DECREASE },
    baseline: ['2022-01-15', '4800'],
    targets: [
      ['2025-12-31', '2800'],
      ['2027-12-31', '1800'],
    ],
    valuePerUnit: '1100.00',
    method: 'Saksstatistikk fra byggesakssystemet',
    frequency: HALF_YEARLY,
    status: BenefitStatus.IN_REALISATION,
    measurements: [
      ['2023-12-31', '4500'],
      ['2024-12-31', '3900'],
      ['2025-12-31', '3300'],
      ['2026-06-30', '3000'],
    ],
  },
  {
    initiativeCode: 'DEMO-DIGIFIN-BYGGESAK',
    key: 'byggesak-tid',
    title: 'Kortere saksbehandlingstid for byggesøknader',
    description: '[Demo] Søkerne får svar raskere.',
    category: BenefitCategory.NON_MONETISED,
    receiving: null,
    owner: { name: 'Avdelingsdirektør, DiBK', role: 'Digitalisering av byggesak' },
    indicator: { name: 'Gjennomsnittlig saksbehandlingstid', unit: 'dager', direction: DECREASE },
    baseline: ['2022-01-15', '38'],
    targets: [['2027-12-31', '21']],
    valuePerUnit: null,
    method: 'KOSTRA',
    frequency: YEARLY,
    status: BenefitStatus.IN_REALISATION,
    measurements: [
      ['2024-12-31', '33'],
      ['2025-12-31', '29'],
    ],
  },
  // Digital postkasse – Digdir (concept)
  {
    initiativeCode: 'DEMO-FELLES-POSTKASSE',
    key: 'postkasse-nav',
    title: 'Lavere portokostnader i NAV',
    description: '[Demo] Brev som i dag sendes på papir, går til den digitale postkassen.',
    category: BenefitCategory.BUDGET_RELEASING,
    receiving: ORG.NAV,
    owner: { name: 'Økonomidirektør, NAV', role: 'Økonomi' },
    indicator: { name: 'Brev sendt på papir per år', unit: 'brev', direction: DECREASE },
    baseline: ['2025-12-31', '3100000'],
    targets: [
      ['2027-12-31', '1800000'],
      ['2029-12-31', '900000'],
    ],
    valuePerUnit: '14.00',
    method: 'Fakturaer fra utskriftsleverandøren',
    frequency: YEARLY,
    status: BenefitStatus.IDENTIFIED,
    measurements: [],
  },
  {
    initiativeCode: 'DEMO-FELLES-POSTKASSE',
    key: 'postkasse-oslo',
    title: 'Lavere portokostnader i Oslo kommune',
    description: '[Demo] Kommunens brev til innbyggerne sendes digitalt.',
    category: BenefitCategory.BUDGET_RELEASING,
    receiving: ORG.OSLO,
    owner: { name: 'Økonomisjef, Oslo kommune', role: 'Leder, økonomi og anskaffelser' },
    indicator: { name: 'Brev sendt på papir per år', unit: 'brev', direction: DECREASE },
    baseline: ['2025-12-31', '380000'],
    targets: [['2029-12-31', '120000']],
    valuePerUnit: '14.00',
    method: 'Fakturaer fra utskriftsleverandøren',
    frequency: YEARLY,
    status: BenefitStatus.IDENTIFIED,
    measurements: [],
  },
];

export const DEMO_ENABLERS: DemoEnabler[] = [
  {
    initiativeCode: 'DEMO-LIV-BEDRIFT',
    key: 'veiviser',
    kind: EnablerKind.DELIVERABLE,
    title: 'Veiviser for gründere',
    description: '[Demo] Én inngang for registrering, skatt, merverdiavgift og kommunale tillatelser.',
  },
  {
    initiativeCode: 'DEMO-LIV-BEDRIFT',
    key: 'mva-integrasjon',
    kind: EnablerKind.DELIVERABLE,
    title: 'Integrasjon mot Skatteetatens mva-register',
    description: '[Demo] Registreringen sendes automatisk videre til Skatteetaten.',
  },
  {
    initiativeCode: 'DEMO-LIV-BEDRIFT',
    key: 'automatisk',
    kind: EnablerKind.CHANGE,
    title: 'Nye rutiner for automatisk registrering',
    description: '[Demo] Saksbehandlerne behandler bare saker som stopper i de automatiske kontrollene.',
  },
  {
    initiativeCode: 'DEMO-LIV-BEDRIFT',
    key: 'utfasing',
    kind: EnablerKind.CHANGE,
    title: 'Utfasing av gammel registreringsløsning',
    description: '[Demo] Avtalen om den gamle løsningen sies opp når alle registreringer går i ny løsning.',
  },
];

/** "from → to": to depends on from. */
export const DEMO_MAP_EDGES: [initiativeCode: string, from: string, to: string][] = [
  ['DEMO-LIV-BEDRIFT', 'veiviser', 'bedrift-grundere'],
  ['DEMO-LIV-BEDRIFT', 'veiviser', 'bedrift-selvbetjening'],
  ['DEMO-LIV-BEDRIFT', 'mva-integrasjon', 'bedrift-mva'],
  ['DEMO-LIV-BEDRIFT', 'automatisk', 'bedrift-timer'],
  ['DEMO-LIV-BEDRIFT', 'bedrift-selvbetjening', 'bedrift-timer'],
  ['DEMO-LIV-BEDRIFT', 'veiviser', 'utfasing'],
  ['DEMO-LIV-BEDRIFT', 'utfasing', 'bedrift-lisens'],
];

export const DEMO_OWNER_REPORTS: {
  benefitKey: string;
  year: number;
  assessment: RagStatus;
  comment: string;
  reporterName: string;
  reporterOrgNumber: string;
}[] = [
  {
    benefitKey: 'bedrift-mva',
    year: 2025,
    assessment: RagStatus.GREEN,
    comment:
      '[Demo] Henvendelsene om mva-registrering gikk ned med 3 500 fra 2024. Gevinsten tas ut som redusert bemanning på kontaktsenteret fra 2026.',
    reporterName: 'Siri Skattesen',
    reporterOrgNumber: ORG.SKATT,
  },
  {
    benefitKey: 'dodsfall-drift',
    year: 2024,
    assessment: RagStatus.AMBER,
    comment:
      '[Demo] Driftskostnadene er litt høyere enn planlagt; vi forventer lavere kostnader når gammelt grensesnitt fases ut.',
    reporterName: 'Siri Skattesen',
    reporterOrgNumber: ORG.SKATT,
  },
];

export interface DemoBenefitsResult {
  benefitsAdded: number;
  measurementsAdded: number;
}

/**
 * Loads the demo benefits into the demo initiatives, in the order listed (clock_timestamp() keeps the
 * creation times apart within the seeding transaction, and lists are ordered by creation). Idempotent: a benefit that exists already (by
 * initiative and title) is left as it is, with its measurements; enablers likewise (by title); map edges
 * and reports are added only where missing. Initiatives that are not there (demo portfolio not loaded) are
 * skipped.
 */
export async function seedDemoBenefits(em: EntityManager): Promise<DemoBenefitsResult> {
  const initiativeIds = new Map(
    (
      await em.query<{ id: string; code: string }[]>(
        `SELECT id, code FROM initiatives WHERE code LIKE 'DEMO-%' AND is_demo`,
      )
    ).map((row) => [row.code, row.id]),
  );
  const orgIds = new Map(
    (await em.query<{ id: string; org_number: string }[]>(`SELECT id, org_number FROM organisations`)).map(
      (row) => [row.org_number, row.id],
    ),
  );
  const orgId = (orgNumber: string): string => {
    const id = orgIds.get(orgNumber);
    if (!id) throw new Error(`Demo benefits: organisation ${orgNumber} is not seeded`);
    return id;
  };
  const nodes = new Map<string, string>();
  let benefitsAdded = 0;
  let measurementsAdded = 0;

  for (const demo of DEMO_BENEFITS) {
    const initiativeId = initiativeIds.get(demo.initiativeCode);
    if (!initiativeId) continue;
    const [existing] = await em.query<{ id: string }[]>(
      `SELECT id FROM benefits WHERE initiative_id = $1 AND title = $2`,
      [initiativeId, demo.title],
    );
    if (existing) {
      nodes.set(demo.key, existing.id);
      continue;
    }
    const [{ id }] = await em.query<{ id: string }[]>(
      `INSERT INTO benefits (initiative_id, title, description, category, is_dis_benefit, receiving_organisation_id,
         owner_name, owner_role, indicator_name, indicator_unit, direction, baseline_value, baseline_date,
         value_per_unit, measurement_method, measurement_frequency, status, effect_start, is_demo, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, true,
               clock_timestamp(), clock_timestamp()) RETURNING id`,
      [
        initiativeId,
        demo.title,
        demo.description,
        demo.category,
        demo.isDisBenefit ?? false,
        demo.receiving === null ? null : orgId(demo.receiving),
        demo.owner.name,
        demo.owner.role,
        demo.indicator.name,
        demo.indicator.unit,
        demo.indicator.direction,
        demo.baseline[1],
        demo.baseline[0],
        demo.valuePerUnit,
        demo.method,
        demo.frequency,
        demo.status,
        DEMO_EFFECT_STARTS[demo.key] ?? null,
      ],
    );
    nodes.set(demo.key, id);
    benefitsAdded++;
    if (demo.targets.length)
      await em.query(
        `INSERT INTO benefit_targets (benefit_id, target_date, value)
         SELECT $1, d, v FROM unnest($2::date[], $3::numeric[]) AS t(d, v)`,
        [id, demo.targets.map(([date]) => date), demo.targets.map(([, value]) => value)],
      );
    for (const [position, risk] of (demo.risks ?? []).entries())
      await em.query(
        `INSERT INTO benefit_risks (benefit_id, position, description, likelihood, impact, mitigation)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, position, risk.description, risk.likelihood, risk.impact, risk.mitigation],
      );
    if (demo.measurements.length) {
      await em.query(
        `INSERT INTO benefit_measurements (benefit_id, measured_on, value, source, recorded_by_name, is_demo)
         SELECT $1, d, v, $4, 'Demodata', true FROM unnest($2::date[], $3::numeric[]) AS m(d, v)`,
        [
          id,
          demo.measurements.map(([date]) => date),
          demo.measurements.map(([, value]) => value),
          `[Demo] ${demo.method}`,
        ],
      );
      measurementsAdded += demo.measurements.length;
    }
  }

  for (const enabler of DEMO_ENABLERS) {
    const initiativeId = initiativeIds.get(enabler.initiativeCode);
    if (!initiativeId) continue;
    const [existing] = await em.query<{ id: string }[]>(
      `SELECT id FROM benefit_enablers WHERE initiative_id = $1 AND title = $2`,
      [initiativeId, enabler.title],
    );
    const id =
      existing?.id ??
      (
        await em.query<{ id: string }[]>(
          `INSERT INTO benefit_enablers (initiative_id, kind, title, description, is_demo, created_at, updated_at)
           VALUES ($1, $2, $3, $4, true, clock_timestamp(), clock_timestamp()) RETURNING id`,
          [initiativeId, enabler.kind, enabler.title, enabler.description],
        )
      )[0].id;
    nodes.set(enabler.key, id);
  }
  const enablerKeys = new Set(DEMO_ENABLERS.map((enabler) => enabler.key));
  for (const [code, from, to] of DEMO_MAP_EDGES) {
    const initiativeId = initiativeIds.get(code);
    const fromId = nodes.get(from);
    const toId = nodes.get(to);
    if (!initiativeId || !fromId || !toId) continue;
    await em.query(
      `INSERT INTO benefits_map_edges (initiative_id, from_benefit_id, from_enabler_id, to_benefit_id, to_enabler_id, is_demo, created_at)
       VALUES ($1, $2, $3, $4, $5, true, clock_timestamp()) ON CONFLICT (from_id, to_id) DO NOTHING`,
      [
        initiativeId,
        enablerKeys.has(from) ? null : fromId,
        enablerKeys.has(from) ? fromId : null,
        enablerKeys.has(to) ? null : toId,
        enablerKeys.has(to) ? toId : null,
      ],
    );
  }
  for (const report of DEMO_OWNER_REPORTS) {
    const benefitId = nodes.get(report.benefitKey);
    if (!benefitId) continue;
    await em.query(
      `INSERT INTO benefit_owner_reports (benefit_id, year, assessment, comment, reported_by_name, reported_by_organisation_id, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6, true) ON CONFLICT (benefit_id, year) DO NOTHING`,
      [
        benefitId,
        report.year,
        report.assessment,
        report.comment,
        report.reporterName,
        orgId(report.reporterOrgNumber),
      ],
    );
  }
  return { benefitsAdded, measurementsAdded };
}
