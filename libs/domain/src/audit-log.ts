/**
 * The audit log in words (issue 17): what an audit event changed, named as a person reads it. Pure
 * functions, used by the admin per UI language; the API only resolves the names behind the ids
 * (`AuditReference`). Definitions and sources: docs/audit-log.md.
 *
 * - `describeAuditEntity`: the entity an event is about («Måling 30.06.2026 for Mindre tid på registrering»).
 * - `auditActorName`: the person (their name; an API token or Gevinst itself in words).
 * - `auditSentence`: the operation as a sentence («Kari Nordmann registrerte en måling: …»).
 * - `auditFieldChanges`: the fields in words with their values formatted (nb-NO numbers and dates, times
 *   in Europe/Oslo, enum values as labels, ids as names).
 */

export type AuditLanguage = 'nb' | 'en';

/** An entity an id names, as the API resolves it (or as the event's own snapshot describes it). */
export interface AuditReference {
  id: string;
  /** The audit entity type: Organisation, User, Initiative, Benefit, BenefitMeasurement, … */
  entityType: string;
  /** Its own name: an organisation's or user's name, an initiative's code, a benefit's title, … */
  name: string | null;
  /** The calendar date that names it (a measurement's date), ISO `YYYY-MM-DD`. */
  date: string | null;
  /** The year that names it (a cost item's, an allocation run's, an owner report's). */
  year: number | null;
  /** What it belongs to: the benefit of a measurement, the initiative (code) of a cost item, a user's organisation. */
  parentName: string | null;
}

type Words = Record<AuditLanguage, string>;

/** How a field's value is shown. */
export type AuditFieldKind =
  | 'text'
  | 'money'
  | 'number'
  | 'integer'
  | 'year'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'enum'
  | 'enumList'
  | 'reference'
  | 'list'
  | 'object'
  | 'opaque'
  | 'hidden';

export interface AuditFieldSpec extends Words {
  kind: AuditFieldKind;
  /** For `enum` and `enumList`: the GraphQL enum whose labels name the values (`enums.<name>.<VALUE>`). */
  enumName?: string;
}

const f = (nb: string, en: string, kind: AuditFieldKind = 'text', enumName?: string): AuditFieldSpec => ({
  nb,
  en,
  kind,
  ...(enumName ? { enumName } : {}),
});
const hidden = f('Intern identifikator', 'Internal identifier', 'hidden');

/**
 * Every field that appears in an audit event's before/after snapshots, by name. Where a name means something
 * else for one entity type, AUDIT_FIELDS_BY_TYPE says so. `hidden` fields are ids the heading already names.
 */
export const AUDIT_FIELDS: Record<string, AuditFieldSpec> = {
  id: hidden,
  version: f('Versjon (intern)', 'Version (internal)', 'hidden'),
  isDemo: f('Demodata', 'Demo data', 'boolean'),
  createdAt: f('Opprettet', 'Created', 'datetime'),
  updatedAt: f('Sist endret', 'Last changed', 'datetime'),
  // Moved by the database when the row or anything in it changes (issue 19): no news in a change of its own.
  lastActivityAt: f('Siste aktivitet', 'Last activity', 'hidden'),
  // Raised by the database whenever a benefit's figures may change (issue 18): the portfolio cache's stamp.
  figuresVersion: f('Tallversjon (intern)', 'Figures version (internal)', 'hidden'),
  // The source system's own reference of a cost item or measurement (issue 19): the upsert key of imports.
  externalId: f('Ekstern referanse', 'External reference'),
  // Initiative
  code: f('Kode', 'Code'),
  name: f('Navn', 'Name'),
  description: f('Beskrivelse', 'Description'),
  ownerId: f('Eier', 'Owner', 'reference'),
  ministryId: f('Departement', 'Ministry', 'reference'),
  lifeEvent: f('Livshendelse', 'Life event', 'enum', 'LifeEvent'),
  phase: f('Fase', 'Phase', 'enum', 'InitiativePhase'),
  startDate: f('Startdato', 'Start date', 'date'),
  endDate: f('Sluttdato', 'End date', 'date'),
  lifetimeYears: f('Levetid (år)', 'Lifetime (years)', 'integer'),
  residualValue: f('Restverdi', 'Residual value', 'money'),
  preProjectRunningCost: f('Driftskostnad før prosjektet', 'Running cost before the project', 'money'),
  priceBaseYear: f('Prisnivå (år)', 'Price base year', 'year'),
  costSharingKeyId: f('Fordelingsnøkkel', 'Cost-sharing key', 'reference'),
  fundingSources: f('Finansieringskilder', 'Funding sources', 'list'),
  participants: f('Deltakere', 'Participants', 'list'),
  participant: f('Deltaker', 'Participant', 'object'),
  coFinancingReport: f('Rapport til medfinansieringsordningen', 'Co-financing report', 'object'),
  submittedByName: f('Levert av', 'Submitted by'),
  drivers: f('Fordelingsgrunnlag', 'Allocation drivers', 'list'),
  driver: f('Fordelingsgrunnlag', 'Driver', 'enum', 'AllocationDriver'),
  values: f('Verdier', 'Values', 'list'),
  // Funding sources and participants
  position: f('Rekkefølge', 'Position', 'integer'),
  scheme: f('Finansieringskilde', 'Funding source', 'enum', 'FundingScheme'),
  amount: f('Beløp', 'Amount', 'money'),
  year: f('År', 'Year', 'year'),
  organisationId: f('Organisasjon', 'Organisation', 'reference'),
  receivedAmount: f('Mottatt beløp', 'Amount received', 'money'),
  budgetChapter: f('Budsjettkapittel', 'Budget chapter'),
  budgetPost: f('Budsjettpost', 'Budget post'),
  inKindDescription: f('Bidrag i form av arbeid', 'In-kind contribution'),
  initiativeId: f('Initiativ', 'Initiative', 'reference'),
  role: f('Rolle', 'Role', 'enum', 'ParticipantRole'),
  pays: f('Betaler', 'Pays', 'boolean'),
  costGroup: f('Kostnadsgruppe', 'Cost group', 'enum', 'CostGroup'),
  // Cost items and allocation runs
  category: f('Kategori', 'Category', 'enum', 'CostCategory'),
  plannedAmount: f('Planlagt beløp', 'Planned amount', 'money'),
  actualAmount: f('Faktisk beløp', 'Actual amount', 'money'),
  fundingScheme: f('Finansieringskilde', 'Funding source', 'enum', 'FundingScheme'),
  payingOrganisationId: f('Betalende organisasjon', 'Paying organisation', 'reference'),
  setFromKeyByRunId: f('Satt fra fordelingskjøring', 'Set from allocation run', 'reference'),
  currentRunId: f('Gjeldende fordelingskjøring', 'Current allocation run', 'reference'),
  plannedTotal: f('Planlagt sum', 'Planned total', 'money'),
  actualTotal: f('Faktisk sum', 'Actual total', 'money'),
  lineCount: f('Antall linjer', 'Number of lines', 'integer'),
  costItemAmount: f('Beløp i kostnadspostene', 'Amount in the cost items', 'money'),
  difference: f('Differanse', 'Difference', 'money'),
  reconciliation: f('Avstemming', 'Reconciliation', 'enum', 'AllocationReconciliation'),
  // Benefits
  title: f('Tittel', 'Title'),
  isDisBenefit: f('Ulempe', 'Dis-benefit', 'boolean'),
  receivingOrganisationId: f('Mottakende organisasjon', 'Receiving organisation', 'reference'),
  ownerName: f('Gevinsteier', 'Benefit owner'),
  ownerRole: f('Gevinsteiers rolle', 'Benefit owner’s role'),
  ownerUserId: f('Gevinsteier (bruker)', 'Benefit owner (user)', 'reference'),
  indicatorName: f('Indikator', 'Indicator'),
  indicatorUnit: f('Enhet', 'Unit'),
  direction: f('Retning', 'Direction', 'enum', 'IndicatorDirection'),
  baselineValue: f('Nullpunkt', 'Baseline', 'number'),
  baselineDate: f('Dato for nullpunktmåling', 'Baseline date', 'date'),
  effectStart: f('Effekt fra', 'Effect from', 'date'),
  indicatorKind: f('Type indikator', 'Indicator kind', 'enum', 'IndicatorKind'),
  valuePerUnit: f('Verdi per enhet', 'Value per unit', 'money'),
  measurementMethod: f('Målemetode', 'Measurement method'),
  measurementFrequency: f('Målefrekvens', 'Measurement frequency', 'enum', 'MeasurementFrequency'),
  status: f('Status', 'Status', 'enum', 'BenefitStatus'),
  targets: f('Mål', 'Targets', 'list'),
  risks: f('Risikoer', 'Risks', 'list'),
  changeReason: f('Begrunnelse for endringen', 'Reason for the change'),
  benefitId: f('Gevinst', 'Benefit', 'reference'),
  likelihood: f('Sannsynlighet', 'Likelihood', 'enum', 'RiskLevel'),
  impact: f('Konsekvens', 'Impact', 'enum', 'RiskLevel'),
  mitigation: f('Tiltak', 'Mitigation'),
  // Measurements
  date: f('Dato', 'Date', 'date'),
  value: f('Verdi', 'Value', 'number'),
  source: f('Kilde', 'Source'),
  comment: f('Kommentar', 'Comment'),
  revision: f('Revisjon', 'Revision', 'integer'),
  supersedesId: f('Erstatter måling', 'Replaces measurement', 'reference'),
  correctionReason: f('Begrunnelse for korrigeringen', 'Reason for the correction'),
  supersededAt: f('Erstattet', 'Superseded', 'datetime'),
  supersededById: f('Erstattet av måling', 'Replaced by measurement', 'reference'),
  recordedAt: f('Registrert', 'Recorded', 'datetime'),
  recordedByUserId: f('Registrert av (bruker)', 'Recorded by (user)', 'reference'),
  recordedByName: f('Registrert av', 'Recorded by'),
  recordedByOrganisationId: f('Registrert for', 'Recorded for', 'reference'),
  // Owner reports
  assessment: f('Vurdering', 'Assessment', 'enum', 'RagStatus'),
  reportedByUserId: f('Rapportert av (bruker)', 'Reported by (user)', 'reference'),
  reportedByName: f('Rapportert av', 'Reported by'),
  reportedByOrganisationId: f('Rapportert for', 'Reported for', 'reference'),
  // Benefits map
  kind: f('Type', 'Kind', 'enum', 'EnablerKind'),
  edges: f('Avhengigheter', 'Dependencies', 'list'),
  fromBenefitId: f('Fra gevinst', 'From benefit', 'reference'),
  fromEnablerId: f('Fra leveranse eller endring', 'From deliverable or change', 'reference'),
  toBenefitId: f('Til gevinst', 'To benefit', 'reference'),
  toEnablerId: f('Til leveranse eller endring', 'To deliverable or change', 'reference'),
  fromId: f('Fra', 'From', 'reference'),
  toId: f('Til', 'To', 'reference'),
  // Co-financing
  deadline: f('Søknadsfrist', 'Deadline', 'date'),
  ruleSet: f('Regelsett', 'Rule set', 'opaque'),
  callId: f('Utlysning', 'Call', 'reference'),
  totalCost: f('Samlet kostnad', 'Total cost', 'money'),
  requestedGrant: f('Søkt tilskudd', 'Grant applied for', 'money'),
  requestedByYear: f('Søkt tilskudd per år', 'Grant applied for by year', 'list'),
  ksConsulted: f('KS konsultert', 'KS consulted', 'boolean'),
  ksConsultedOn: f('KS konsultert dato', 'KS consulted on', 'date'),
  ksNote: f('Merknad fra KS', 'Note from KS'),
  exceptions: f('Unntak', 'Exceptions', 'list'),
  decisionNote: f('Begrunnelse for vedtaket', 'Decision note'),
  submittedAt: f('Sendt inn', 'Submitted', 'datetime'),
  decidedByUserId: f('Avgjort av (bruker)', 'Decided by (user)', 'reference'),
  decidedByName: f('Avgjort av', 'Decided by'),
  decidedAt: f('Avgjort', 'Decided', 'datetime'),
  grant: f('Tilskudd', 'Grant', 'money'),
  findings: f('Funn i vurderingen', 'Findings of the assessment', 'opaque'),
  benefitPlanFrozen: f('Gevinstplanen ble låst', 'Benefits plan frozen', 'boolean'),
  // Benefits plan versions
  versionNumber: f('Versjon', 'Version', 'integer'),
  snapshot: f('Innholdet i planen', 'The plan’s content', 'opaque'),
  benefits: f('Gevinstene i planen', 'The plan’s benefits', 'opaque'),
  reason: f('Begrunnelse', 'Reason'),
  proposedAt: f('Foreslått', 'Proposed', 'datetime'),
  proposedByUserId: f('Foreslått av (bruker)', 'Proposed by (user)', 'reference'),
  proposedByName: f('Foreslått av', 'Proposed by'),
  // Cost-sharing keys
  ownerOrganisationId: f('Eier', 'Owner', 'reference'),
  currentVersion: f('Gjeldende versjon', 'Current version', 'integer'),
  rules: f('Regler', 'Rules', 'opaque'),
  newVersion: f('Ny versjon', 'New version', 'boolean'),
  // Organisations and populations
  orgNumber: f('Organisasjonsnummer', 'Organisation number'),
  administrativeLevel: f('Forvaltningsnivå', 'Administrative level', 'enum', 'AdministrativeLevel'),
  municipalityNumber: f('Kommunenummer', 'Municipality number'),
  countyNumber: f('Fylkesnummer', 'County number'),
  parentId: f('Overordnet organisasjon', 'Parent organisation', 'reference'),
  populations: f('Innbyggertall', 'Populations', 'list'),
  changes: f('Endringer', 'Changes', 'list'),
  // Users, tokens and sessions
  email: f('E-post', 'E-mail'),
  organisation: f('Organisasjon', 'Organisation'),
  roles: f('Roller', 'Roles', 'enumList', 'Role'),
  active: f('Aktiv', 'Active', 'boolean'),
  lastLoginAt: f('Sist innlogget', 'Last signed in', 'datetime'),
  passwordChanged: f('Passordet ble endret', 'Password changed', 'boolean'),
  endedSessions: f('Avsluttede innlogginger', 'Sign-ins ended', 'integer'),
  revokedApiTokens: f('Tilbaketrukne API-nøkler', 'API tokens revoked', 'integer'),
  userId: f('Bruker', 'User', 'reference'),
  scopes: f('Tilganger', 'Scopes', 'enumList', 'ApiTokenScope'),
  expiresAt: f('Utløper', 'Expires', 'datetime'),
  prefix: f('Nøkkelens begynnelse', 'Token prefix'),
  // Webhook subscriptions (issue 19); the secret is never in a snapshot
  url: f('Adresse', 'Address'),
  eventTypes: f('Hendelser', 'Events', 'enumList', 'WebhookEventType'),
  createdByUserId: f('Opprettet av', 'Created by', 'reference'),
  revokedAt: f('Trukket tilbake', 'Revoked', 'datetime'),
  lastUsedAt: f('Sist brukt', 'Last used', 'datetime'),
  ip: f('IP-adresse', 'IP address'),
  userAgent: f('Nettleser', 'Browser'),
  // Refused attempts (Access)
  operation: f('Forespørsel', 'Request'),
  path: f('Hva som ble avvist', 'What was refused'),
  message: f('Melding', 'Message'),
  entity: f('Gjaldt', 'Concerned', 'object'),
};

/** Where a field name means something else for one entity type. */
export const AUDIT_FIELDS_BY_TYPE: Record<string, Record<string, AuditFieldSpec>> = {
  AllocationRun: { status: f('Status', 'Status', 'enum', 'RunStatus') },
  Benefit: { category: f('Kategori', 'Category', 'enum', 'BenefitCategory') },
  CoFinancingCall: { status: f('Status', 'Status', 'enum', 'CoFinancingCallStatus') },
  CoFinancingApplication: {
    status: f('Status', 'Status', 'enum', 'CoFinancingApplicationStatus'),
    category: f('Kategori', 'Category', 'enum', 'CoFinancingCategory'),
  },
  BenefitPlanVersion: { status: f('Status', 'Status', 'enum', 'BenefitPlanStatus') },
  Organisation: { kind: f('Type', 'Kind', 'enum', 'OrganisationKind') },
  OrganisationPopulation: { value: f('Innbyggertall', 'Population', 'integer') },
  PriceIndex: { value: f('Indeks', 'Index', 'number') },
  ApiToken: { name: f('Navn på nøkkelen', 'Token name') },
  // A refusal's request and path are the API's own names (previewAllocation): its message says it in words.
  Access: {
    operation: f('Forespørsel (teknisk navn)', 'Request (technical name)', 'hidden'),
    path: f('Hva som ble avvist (teknisk navn)', 'What was refused (technical name)', 'hidden'),
  },
  User: { name: f('Navn', 'Name') },
};

/** The label and kind of `field` in an event on `entityType`; undefined when the catalogue has none. */
export function auditFieldSpec(entityType: string, field: string): AuditFieldSpec | undefined {
  return AUDIT_FIELDS_BY_TYPE[entityType]?.[field] ?? AUDIT_FIELDS[field];
}

/** The entity types of the audit trail, in words (the noun that starts a description). */
export const AUDIT_ENTITY_TYPES: Record<string, Words> = {
  Initiative: { nb: 'Initiativ', en: 'Initiative' },
  IdentityProvider: { nb: 'Identitetsleverandør', en: 'Identity provider' },
  Organisation: { nb: 'Organisasjon', en: 'Organisation' },
  CostSharingKey: { nb: 'Fordelingsnøkkel', en: 'Cost-sharing key' },
  CostItem: { nb: 'Kostnadspost', en: 'Cost item' },
  AllocationRun: { nb: 'Fordelingskjøring', en: 'Allocation run' },
  Benefit: { nb: 'Gevinst', en: 'Benefit' },
  BenefitMeasurement: { nb: 'Måling', en: 'Measurement' },
  BenefitOwnerReport: { nb: 'Gevinsteierrapport', en: 'Benefit owner report' },
  BenefitPlanVersion: { nb: 'Gevinstplan', en: 'Benefits plan' },
  Enabler: { nb: 'Leveranse eller endring', en: 'Deliverable or change' },
  BenefitsMapEdge: { nb: 'Avhengighet i gevinstkartet', en: 'Dependency in the benefits map' },
  CoFinancingCall: { nb: 'Utlysning', en: 'Call' },
  CoFinancingApplication: { nb: 'Søknad om medfinansiering', en: 'Co-financing application' },
  OrganisationPopulation: { nb: 'Innbyggertall', en: 'Population' },
  PriceIndex: { nb: 'Konsumprisindeksen', en: 'The consumer price index' },
  User: { nb: 'Bruker', en: 'User' },
  ApiToken: { nb: 'API-nøkkel', en: 'API token' },
  Session: { nb: 'Innlogging', en: 'Sign-in' },
  Database: { nb: 'Databasen', en: 'The database' },
  Access: { nb: 'Avvist forsøk', en: 'Refused attempt' },
};

/** The operations of the trail as the predicate of a sentence whose subject is the person. */
export const AUDIT_OPERATIONS: Record<string, Words> = {
  proposeBenefitPlanVersion: {
    nb: 'foreslo en versjon av gevinstplanen',
    en: 'proposed a benefits plan version',
  },
  approveBenefitPlanVersion: {
    nb: 'godkjente en versjon av gevinstplanen',
    en: 'approved a benefits plan version',
  },
  rejectBenefitPlanVersion: {
    nb: 'avviste en versjon av gevinstplanen',
    en: 'rejected a benefits plan version',
  },
  supersedeBenefitPlanVersion: {
    nb: 'erstattet en versjon av gevinstplanen',
    en: 'superseded a benefits plan version',
  },
  createCoFinancingCall: { nb: 'opprettet en utlysning', en: 'created a call' },
  updateCoFinancingCall: { nb: 'endret en utlysning', en: 'changed a call' },
  createCoFinancingApplication: {
    nb: 'opprettet en søknad om medfinansiering',
    en: 'created a co-financing application',
  },
  updateCoFinancingApplication: {
    nb: 'endret en søknad om medfinansiering',
    en: 'changed a co-financing application',
  },
  submitCoFinancingApplication: {
    nb: 'sendte inn en søknad om medfinansiering',
    en: 'submitted a co-financing application',
  },
  recordCoFinancingException: {
    nb: 'registrerte et unntak i en søknad',
    en: 'recorded an exception in an application',
  },
  approveCoFinancingApplication: {
    nb: 'innvilget en søknad om medfinansiering',
    en: 'approved a co-financing application',
  },
  rejectCoFinancingApplication: {
    nb: 'avslo en søknad om medfinansiering',
    en: 'rejected a co-financing application',
  },
  accessDenied: { nb: 'ble nektet tilgang', en: 'was refused access' },
  changePassword: { nb: 'endret sitt eget passord', en: 'changed their own password' },
  provisionUser: {
    nb: 'ble opprettet som bruker ved første innlogging hos identitetsleverandøren',
    en: 'was created as a user at the first sign-in with the identity provider',
  },
  updateUserFromProvider: {
    nb: 'fikk navn, e-post eller roller oppdatert fra identitetsleverandøren',
    en: 'had name, e-mail or roles updated from the identity provider',
  },
  linkIdentityProvider: {
    nb: 'ble koblet til en identitetsleverandør',
    en: 'was linked to an identity provider',
  },
  createIdentityProvider: { nb: 'la til en identitetsleverandør', en: 'added an identity provider' },
  updateIdentityProvider: { nb: 'endret en identitetsleverandør', en: 'changed an identity provider' },
  deleteIdentityProvider: { nb: 'fjernet en identitetsleverandør', en: 'removed an identity provider' },
  addBenefitsMapEdge: {
    nb: 'la til en avhengighet i gevinstkartet',
    en: 'added a dependency to the benefits map',
  },
  addParticipant: { nb: 'la til en deltaker', en: 'added a participant' },
  correctMeasurement: { nb: 'korrigerte en måling', en: 'corrected a measurement' },
  createApiToken: { nb: 'opprettet en API-nøkkel', en: 'created an API token' },
  createBenefit: { nb: 'opprettet en gevinst', en: 'created a benefit' },
  createCostItem: { nb: 'opprettet en kostnadspost', en: 'created a cost item' },
  createCostSharingKey: { nb: 'opprettet en fordelingsnøkkel', en: 'created a cost-sharing key' },
  createEnabler: { nb: 'opprettet en leveranse eller endring', en: 'created a deliverable or change' },
  createFirstAdministrator: {
    nb: 'opprettet den første administratoren',
    en: 'created the first administrator',
  },
  createInitiative: { nb: 'opprettet et initiativ', en: 'created an initiative' },
  createOrganisation: { nb: 'opprettet en organisasjon', en: 'created an organisation' },
  createUser: { nb: 'opprettet en bruker', en: 'created a user' },
  deleteBenefit: { nb: 'slettet en gevinst', en: 'deleted a benefit' },
  deleteCostItem: { nb: 'slettet en kostnadspost', en: 'deleted a cost item' },
  deleteEnabler: { nb: 'slettet en leveranse eller endring', en: 'deleted a deliverable or change' },
  importPopulation: { nb: 'importerte innbyggertall', en: 'imported populations' },
  importPriceIndex: { nb: 'importerte konsumprisindeksen', en: 'imported the consumer price index' },
  login: { nb: 'logget inn', en: 'signed in' },
  logout: { nb: 'logget ut', en: 'signed out' },
  recordMeasurement: { nb: 'registrerte en måling', en: 'recorded a measurement' },
  removeBenefitsMapEdge: {
    nb: 'fjernet en avhengighet i gevinstkartet',
    en: 'removed a dependency from the benefits map',
  },
  removeParticipant: { nb: 'fjernet en deltaker', en: 'removed a participant' },
  revokeApiToken: { nb: 'trakk tilbake en API-nøkkel', en: 'revoked an API token' },
  runAllocation: { nb: 'kjørte en fordeling', en: 'ran an allocation' },
  setAllocationDrivers: { nb: 'satte fordelingsgrunnlag', en: 'set allocation drivers' },
  setOrganisationPopulation: { nb: 'satte innbyggertall', en: 'set a population' },
  submitBenefitOwnerReport: { nb: 'sendte en gevinsteierrapport', en: 'submitted a benefit owner report' },
  markCoFinancingReportSubmitted: {
    nb: 'markerte en rapport til medfinansieringsordningen som levert',
    en: 'marked a co-financing report submitted',
  },
  updateBenefit: { nb: 'endret en gevinst', en: 'updated a benefit' },
  updateCostItem: { nb: 'endret en kostnadspost', en: 'updated a cost item' },
  updateCostSharingKey: { nb: 'endret en fordelingsnøkkel', en: 'updated a cost-sharing key' },
  updateEnabler: { nb: 'endret en leveranse eller endring', en: 'updated a deliverable or change' },
  updateInitiative: { nb: 'endret et initiativ', en: 'updated an initiative' },
  updateOrganisation: { nb: 'endret en organisasjon', en: 'updated an organisation' },
  updateParticipant: { nb: 'endret en deltaker', en: 'updated a participant' },
  updateUser: { nb: 'endret en bruker', en: 'updated a user' },
  generateNational: {
    nb: 'genererte det nasjonale testdatasettet',
    en: 'generated the national test data set',
  },
  benchUser: {
    nb: 'opprettet eller oppdaterte en bruker (ytelsestest)',
    en: 'created or updated a user (benchmark)',
  },
};

/** A value shown when an id no longer names anything (its entity was deleted and no snapshot names it). */
const GONE: Words = { nb: '(slettet)', en: '(deleted)' };
const YES_NO: Record<AuditLanguage, [string, string]> = { nb: ['Ja', 'Nei'], en: ['Yes', 'No'] };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID (the ids the trail resolves to names). */
export function isAuditId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** "2026-06-30" → "30.06.2026" (a calendar date is rearranged as text: no time zone can shift it). */
export function auditDate(value: string): string {
  const match = ISO_DATE.exec(value.slice(0, 10));
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}

const osloDateTime = new Intl.DateTimeFormat('nb-NO', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Oslo',
});

/** An instant as the local time in Norway: "2026-06-30T12:05:00Z" → "30.06.2026, 14:05" (summer time). */
export function auditDateTime(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? String(value) : osloDateTime.format(date);
}

/** A decimal string with the precision it has, the Norwegian way: "3284.5" → "3 284,5". */
export function auditNumber(value: string | number): string {
  const text = String(value).trim();
  if (!DECIMAL.test(text)) return String(value);
  const decimals = text.includes('.') ? text.split('.')[1].length : 0;
  return new Intl.NumberFormat('nb-NO', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(text as Intl.StringNumericLiteral);
}

/** A decimal amount in kroner: "1250000.5" → "1 250 000,50 kr" (exact: formatted from the string). */
export function auditMoney(value: string | number): string {
  const text = String(value).trim();
  if (!DECIMAL.test(text)) return String(value);
  const formatted = new Intl.NumberFormat('nb-NO', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(text as Intl.StringNumericLiteral);
  return `${formatted} kr`;
}

/**
 * The entity an event is about, in words. The pattern per type (docs/audit-log.md):
 * - a measurement: «Måling 30.06.2026 for <benefit>»;
 * - a cost item: «Kostnadspost «<description>» i <initiative code>»;
 * - an allocation run: «Fordelingskjøring <year> for <initiative code>»;
 * - an owner report: «Gevinsteierrapport <year> for <benefit>»;
 * - a benefit, deliverable, plan version, application: «<type> «<name>» i <initiative code>»;
 * - an initiative: «Initiativ <code> – <name>»; a user: «Bruker <name> (<organisation>)»;
 * - anything else: «<type> «<name>»», or the type alone when nothing names it.
 */
export function describeAuditEntity(
  entityType: string,
  ref: Omit<AuditReference, 'id' | 'entityType'> | null,
  lang: AuditLanguage,
): string {
  const noun = AUDIT_ENTITY_TYPES[entityType]?.[lang] ?? (lang === 'nb' ? 'Endring' : 'Change');
  if (!ref) return noun;
  const quoted = (text: string) => (lang === 'nb' ? `«${text}»` : `“${text}”`);
  const inWord = lang === 'nb' ? 'i' : 'in';
  const forWord = lang === 'nb' ? 'for' : 'for';
  const parent = ref.parentName;
  switch (entityType) {
    case 'BenefitMeasurement':
    case 'BenefitOwnerReport':
    case 'AllocationRun': {
      const when = ref.date ? auditDate(ref.date) : ref.year !== null ? String(ref.year) : null;
      return [noun, when, parent ? `${forWord} ${parent}` : null].filter(Boolean).join(' ');
    }
    case 'Initiative':
      return [noun, ref.name, parent ? `– ${parent}` : null].filter(Boolean).join(' ');
    case 'User':
    case 'Session':
    case 'ApiToken':
      if (entityType === 'User')
        return [noun, ref.name, parent ? `(${parent})` : null].filter(Boolean).join(' ');
      return [noun, ref.name ? quoted(ref.name) : null, parent ? `${forWord} ${parent}` : null]
        .filter(Boolean)
        .join(' ');
    case 'OrganisationPopulation':
    case 'CoFinancingCall':
      return [noun, ref.year !== null ? String(ref.year) : null, ref.name ? `${forWord} ${ref.name}` : null]
        .filter(Boolean)
        .join(' ');
    case 'BenefitPlanVersion':
      return [noun, ref.name ? (lang === 'nb' ? `versjon ${ref.name}` : `version ${ref.name}`) : null]
        .concat(parent ? [`${forWord} ${parent}`] : [])
        .filter(Boolean)
        .join(' ');
    default:
      return [noun, ref.name ? quoted(ref.name) : null, parent ? `${inWord} ${parent}` : null]
        .filter(Boolean)
        .join(' ');
  }
}

/** Facts of a snapshot (the event's own before/after) that name its entity, for deleted entities. */
export function referenceFromSnapshot(
  entityType: string,
  snapshot: Record<string, unknown> | null | undefined,
  parentName: string | null,
): Omit<AuditReference, 'id' | 'entityType'> | null {
  if (!snapshot) return null;
  const text = (key: string) =>
    typeof snapshot[key] === 'string' && snapshot[key] ? String(snapshot[key]) : null;
  const year = typeof snapshot.year === 'number' ? snapshot.year : null;
  const name =
    entityType === 'BenefitPlanVersion' && typeof snapshot.versionNumber === 'number'
      ? String(snapshot.versionNumber)
      : (text('code') ?? text('title') ?? text('name') ?? text('description'));
  const date = entityType === 'BenefitMeasurement' ? text('date') : null;
  if (!name && !date && year === null) return null;
  return { name, date, year, parentName };
}

/** The person who acted: their name (with the organisation, in `organisation`), never their e-mail first. */
export interface AuditActor {
  kind: string;
  name: string | null;
  email: string | null;
}

/** «Kari Nordmann»; an API token: «Kari Nordmann (API-nøkkel)»; the system: «Gevinst». */
export function auditActorName(actor: AuditActor, lang: AuditLanguage): string {
  if (actor.kind === 'SYSTEM') return 'Gevinst';
  const who = actor.name ?? actor.email ?? (lang === 'nb' ? 'En slettet bruker' : 'A deleted user');
  return actor.kind === 'API_TOKEN' ? `${who} (${lang === 'nb' ? 'API-nøkkel' : 'API token'})` : who;
}

/** The operation's predicate («registrerte en måling»); an unknown operation in general words. */
export function auditOperationPhrase(operation: string, lang: AuditLanguage): string {
  return AUDIT_OPERATIONS[operation]?.[lang] ?? (lang === 'nb' ? 'gjorde en endring' : 'made a change');
}

/** Operations whose sentence says all there is: «Kari Nordmann logget inn», not «…: Innlogging for Kari». */
const COMPLETE_SENTENCES = new Set([
  'login',
  'logout',
  'changePassword',
  'accessDenied',
  'provisionUser',
  'updateUserFromProvider',
  'linkIdentityProvider',
]);

/** The operation as a sentence: «Kari Nordmann registrerte en måling: Måling 30.06.2026 for …». */
export function auditSentence(
  actorName: string,
  operation: string,
  entity: string,
  lang: AuditLanguage,
): string {
  const predicate = `${actorName} ${auditOperationPhrase(operation, lang)}`;
  return COMPLETE_SENTENCES.has(operation) ? predicate : `${predicate}: ${entity}`;
}

/** What formatting a value needs from outside: names behind ids, and the enums' labels in the language. */
export interface AuditFormatContext {
  lang: AuditLanguage;
  references: ReadonlyMap<string, AuditReference>;
  /** The label of an enum value, or undefined when the catalogue has none. */
  enumLabel: (enumName: string, value: string) => string | undefined;
}

/** A reference in words: the entity described (a measurement with its date and benefit), or «(slettet)». */
function referenceName(id: string, ctx: AuditFormatContext): string {
  const ref = ctx.references.get(id);
  if (!ref) return GONE[ctx.lang];
  if (ref.entityType === 'Organisation' || ref.entityType === 'CostSharingKey')
    return ref.name ?? GONE[ctx.lang];
  if (ref.entityType === 'User')
    return [ref.name, ref.parentName ? `(${ref.parentName})` : null].filter(Boolean).join(' ');
  if (ref.entityType === 'Initiative') return ref.name ?? GONE[ctx.lang];
  return describeAuditEntity(ref.entityType, ref, ctx.lang);
}

/**
 * Words for the values of the enums (and free-named drivers) the trail holds that the UI's catalogue has no
 * `enums.<name>` entry for; the UI's own labels come first.
 */
export const AUDIT_ENUM_WORDS: Record<string, Record<string, Words>> = {
  CostGroup: {
    CENTRAL: { nb: 'Sentralt', en: 'Central' },
    REGIONAL: { nb: 'Regionalt', en: 'Regional' },
    LOCAL: { nb: 'Lokalt', en: 'Local' },
  },
  AllocationDriver: {
    population: { nb: 'Innbyggertall', en: 'Population' },
    transactions: { nb: 'Transaksjoner', en: 'Transactions' },
    users: { nb: 'Brukere', en: 'Users' },
    letters: { nb: 'Brev', en: 'Letters' },
  },
  CoFinancingCallStatus: { OPEN: { nb: 'Åpen', en: 'Open' }, CLOSED: { nb: 'Stengt', en: 'Closed' } },
  CoFinancingApplicationStatus: {
    DRAFT: { nb: 'Utkast', en: 'Draft' },
    SUBMITTED: { nb: 'Sendt inn', en: 'Submitted' },
    APPROVED: { nb: 'Innvilget', en: 'Approved' },
    REJECTED: { nb: 'Avslått', en: 'Rejected' },
  },
  CoFinancingCategory: {
    CATEGORY_1: { nb: 'Kategori 1', en: 'Category 1' },
    CATEGORY_2: { nb: 'Kategori 2 (felles løsninger)', en: 'Category 2 (common solutions)' },
  },
  BenefitPlanStatus: {
    PROPOSED: { nb: 'Foreslått', en: 'Proposed' },
    APPROVED: { nb: 'Godkjent', en: 'Approved' },
    SUPERSEDED: { nb: 'Erstattet', en: 'Superseded' },
    REJECTED: { nb: 'Avvist', en: 'Rejected' },
  },
};

/** An enum value in words: the UI's label, the trail's own words, a driver's own name; never the code. */
function enumWords(enumName: string | undefined, value: string, ctx: AuditFormatContext): string {
  const label = enumName
    ? (ctx.enumLabel(enumName, value) ?? AUDIT_ENUM_WORDS[enumName]?.[value]?.[ctx.lang])
    : undefined;
  if (label) return label;
  // A driver is named freely by the key's author ("besøk"): their own word, as they wrote it.
  if (enumName === 'AllocationDriver') return value;
  return ctx.lang === 'nb' ? 'ukjent verdi' : 'unknown value';
}

/** `value` of `field` (of an event on `entityType`) in words; nested objects and lists field by field. */
export function formatAuditValue(
  entityType: string,
  field: string,
  value: unknown,
  ctx: AuditFormatContext,
): string {
  if (value === undefined || value === null || value === '') return '–';
  const spec = auditFieldSpec(entityType, field);
  const kind: AuditFieldKind = spec?.kind ?? 'text';
  const lang = ctx.lang;
  // An id is named, whatever the field: no UUID reaches the screen.
  if (kind !== 'hidden' && isAuditId(value)) return referenceName(value, ctx);
  const scalar = typeof value === 'string' || typeof value === 'number';
  switch (kind) {
    case 'hidden':
      return '–';
    case 'boolean':
      if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
      break;
    case 'money':
      if (scalar) return auditMoney(value);
      break;
    case 'number':
    case 'integer':
      if (scalar) return auditNumber(value);
      break;
    case 'year':
      if (scalar) return String(value);
      break;
    case 'date':
      if (typeof value === 'string') return auditDate(value);
      break;
    case 'datetime':
      if (typeof value === 'string') return auditDateTime(value);
      break;
    case 'enum':
      if (typeof value === 'string') return enumWords(spec?.enumName, value, ctx);
      break;
    case 'enumList':
      if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
        return value.map((item: string) => enumWords(spec?.enumName, item, ctx)).join(', ') || '–';
      break;
    case 'opaque':
      return lang === 'nb' ? 'se detaljene i posten' : 'see the record’s details';
    default:
      break;
  }
  return formatNested(entityType, value, ctx);
}

/** A nested object or list: «Dato: 31.12.2026, Verdi: 12,5; Dato: …», ids as names, never a UUID. */
function formatNested(entityType: string, value: unknown, ctx: AuditFormatContext, depth = 0): string {
  if (Array.isArray(value)) {
    if (!value.length) return ctx.lang === 'nb' ? 'ingen' : 'none';
    // A list of records one per line; a list inside a record on one line.
    const lines = value.map((item) => formatNested(entityType, item, ctx, depth + 1));
    return lines.join(depth === 0 && value.some((item) => typeof item === 'object') ? '\n' : '; ');
  }
  if (typeof value === 'object' && value !== null) {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(
        ([key, item]) =>
          auditFieldSpec(entityType, key)?.kind !== 'hidden' && item !== null && item !== undefined,
      )
      .filter(([key]) => !/Nb$/.test(key) && !isLinkToParent(entityType, key))
      .map(
        ([key, item]) =>
          `${auditFieldLabel(entityType, key, ctx.lang)}: ${formatAuditValue(entityType, key, item, ctx)}`,
      );
    return parts.join(', ') || '–';
  }
  if (isAuditId(value)) return referenceName(value, ctx);
  if (typeof value === 'boolean') return YES_NO[ctx.lang][value ? 0 : 1];
  return String(value);
}

/** In a nested row, the link back to what holds it (a target's benefit) says nothing new. */
function isLinkToParent(entityType: string, key: string): boolean {
  return (entityType === 'Benefit' && key === 'benefitId') || key === 'initiativeId';
}

/** A field's label; a field the catalogue lacks is named in general words, never by its internal name. */
export function auditFieldLabel(entityType: string, field: string, lang: AuditLanguage): string {
  return auditFieldSpec(entityType, field)?.[lang] ?? (lang === 'nb' ? 'Annet felt' : 'Other field');
}

export interface AuditFieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/**
 * The fields an event changed, in words: one row per field whose value differs (the whole record for a
 * create, everything for a delete), in the catalogue's order, without hidden ids. A refused attempt's
 * `message` is shown in Norwegian from its `messageNb` on a Norwegian screen.
 */
export function auditFieldChanges(
  entityType: string,
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  ctx: AuditFormatContext,
): AuditFieldChange[] {
  const localise = (values: Record<string, unknown> | null | undefined) => {
    if (!values) return {};
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) {
      if (key.endsWith('Nb') && key.slice(0, -2) in values) continue;
      const nb = values[`${key}Nb`];
      result[key] = ctx.lang === 'nb' && typeof nb === 'string' ? nb : value;
    }
    return result;
  };
  const b = localise(before);
  const a = localise(after);
  const order = Object.keys(AUDIT_FIELDS);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort((x, y) => rank(x) - rank(y));
  return keys
    .filter((key) => auditFieldSpec(entityType, key)?.kind !== 'hidden')
    .filter((key) => JSON.stringify(b[key] ?? null) !== JSON.stringify(a[key] ?? null))
    .map((key) => {
      const [before, after] = listDifference(b[key], a[key]);
      return {
        field: key,
        label: auditFieldLabel(entityType, key, ctx.lang),
        before: formatAuditValue(entityType, key, before, ctx),
        after: formatAuditValue(entityType, key, after, ctx),
      };
    });
}

/**
 * Two versions of a list as what changed: the items only before and the items only after (an unchanged
 * item is left out; empty as «–»). The lists as they are when they differ only in order, or are not lists.
 */
export function listDifference(before: unknown, after: unknown): [unknown, unknown] {
  if (!Array.isArray(before) || !Array.isArray(after)) return [before, after];
  const key = (item: unknown) => JSON.stringify(item);
  const inAfter = new Set(after.map(key));
  const inBefore = new Set(before.map(key));
  const removed = before.filter((item) => !inAfter.has(key(item)));
  const added = after.filter((item) => !inBefore.has(key(item)));
  if (!removed.length && !added.length) return [before, after];
  return [removed.length ? removed : null, added.length ? added : null];
}

/** Every field name in a snapshot, nested ones too (for the test that each has a label). */
export function auditSnapshotFields(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => auditSnapshotFields(item, into));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) {
      if (key.endsWith('Nb')) continue;
      into.add(key);
      if (auditFieldSpec('', key)?.kind !== 'opaque') auditSnapshotFields(item, into);
    }
  return into;
}

/** The facts of an audit event its subject is named from. */
export interface AuditEventFacts {
  entityType: string;
  entityId: string;
  initiativeId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Every id (UUID) in an event's snapshots, nested ones too, and its initiative: the names to look up. */
export function auditReferenceIds(event: AuditEventFacts): string[] {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (isAuditId(value)) ids.add(value.toLowerCase());
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(event.before);
  walk(event.after);
  if (event.initiativeId) ids.add(event.initiativeId.toLowerCase());
  const own = auditSubjectId(event);
  if (own) ids.add(own);
  return [...ids];
}

/** The id of the entity itself: the entity id, or the organisation of a population (`<id>:<year>`). */
function auditSubjectId(event: AuditEventFacts): string | null {
  const head = event.entityId.split(':')[0];
  return isAuditId(head) ? head.toLowerCase() : null;
}

/**
 * What an event is about, named: the entity as it is now where it still exists, otherwise as the event's
 * own snapshot (before for a delete) named it, with what it belonged to (the benefit of a measurement or
 * owner report, the initiative otherwise). A population names its organisation and year; null when
 * nothing names it (a refused attempt, the price index).
 */
export function auditSubject(
  event: AuditEventFacts,
  lookup: (id: string) => AuditReference | null | undefined,
): Omit<AuditReference, 'id' | 'entityType'> | null {
  const id = auditSubjectId(event);
  if (event.entityType === 'OrganisationPopulation') {
    const year = Number(event.entityId.split(':')[1]);
    const organisation = id ? lookup(id) : null;
    return {
      name: organisation?.name ?? null,
      date: null,
      year: Number.isInteger(year) ? year : null,
      parentName: null,
    };
  }
  if (event.entityType === 'Access' || event.entityType === 'PriceIndex') return null;
  const live = id ? lookup(id) : null;
  if (live && live.entityType === event.entityType) return live;
  const snapshot = event.before ?? event.after;
  const benefitId = snapshot?.benefitId;
  const parent =
    isAuditId(benefitId) &&
    (event.entityType === 'BenefitMeasurement' || event.entityType === 'BenefitOwnerReport')
      ? (lookup(benefitId.toLowerCase())?.name ?? null)
      : event.initiativeId
        ? (lookup(event.initiativeId.toLowerCase())?.name ?? null)
        : null;
  return referenceFromSnapshot(event.entityType, snapshot, parent);
}
