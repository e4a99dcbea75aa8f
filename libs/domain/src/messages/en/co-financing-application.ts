/**
 * English messages of the coFinancingApplication module: co-financing calls and applications, their
 * eligibility findings (libs/domain/src/co-financing.ts) and decisions (apps/api/src/co-financing).
 * See ../types.ts for the conventions. Amounts are NOK with two decimals as the rules compare them.
 */
const CATEGORY_EN: Record<string, string> = { CATEGORY_1: 'category 1', CATEGORY_2: 'category 2' };
const KIND_EN: Record<string, string> = {
  MINISTRY: 'a ministry',
  STATE_AGENCY: 'a state agency',
  STATE_ADMINISTRATOR: 'a state administrator',
  COUNTY_AUTHORITY: 'a county authority',
  MUNICIPALITY: 'a municipality',
  KS: 'KS',
  INTERMUNICIPAL_COMPANY: 'an intermunicipal company',
  OTHER: 'another kind of organisation',
};
const category = (code: string) => CATEGORY_EN[code] ?? code;
/** "16000000.00" → "16,000,000.00" (an amount as the rules compare it, grouped for reading). */
export function groupedNok(value: string, group = ',', point = '.'): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return value;
  const whole = match[2].replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${match[1]}${whole}${match[3] === undefined ? '' : point + match[3]}`;
}
const nok = (value: string) => groupedNok(value);
const kind = (code: string) => KIND_EN[code] ?? code;

export const coFinancingApplicationEn = {
  POSITIVE_AMOUNT: (p: { got: string }) => `must be an amount above 0 (got ${p.got})`,
  MEDFIN_APPLICANT_KIND: (p: { name: string; kind: string }) =>
    `Only state agencies may apply: ${p.name} is ${kind(p.kind)}`,
  MEDFIN_LOCAL_ONLY_PARTNER: (p: { name: string; kind: string }) =>
    `Municipalities and county authorities take part only as partners: ${p.name} is ${kind(p.kind)} and cannot apply`,
  MEDFIN_COST_BELOW_MIN: (p: { category: string; min: string; got: string }) =>
    `The total cost ${nok(p.got)} NOK is below the ${category(p.category)} minimum of ${nok(p.min)} NOK`,
  MEDFIN_COST_ABOVE_MAX: (p: { category: string; max: string; got: string }) =>
    `The total cost ${nok(p.got)} NOK is above the ${category(p.category)} maximum of ${nok(p.max)} NOK`,
  MEDFIN_GRANT_ABOVE_SHARE: (p: { category: string; percent: number; max: string; got: string }) =>
    `The requested grant ${nok(p.got)} NOK is more than ${p.percent} % of the total cost (${nok(p.max)} NOK) allowed in ${category(p.category)}`,
  MEDFIN_GRANT_ABOVE_CAP: (p: { category: string; max: string; got: string }) =>
    `The requested grant ${nok(p.got)} NOK is above the ${category(p.category)} cap of ${nok(p.max)} NOK`,
  MEDFIN_KS_NOT_CONSULTED: (p: { count: number; names: readonly string[] }) =>
    `KS must be consulted when municipalities or county authorities take part (${p.count}: ${p.names.join(', ')}${p.count > p.names.length ? ', …' : ''}); no consultation is recorded`,
  MEDFIN_NOT_PROFITABLE: (p: { npv: string }) =>
    `The project must be socio-economically profitable: its net present value is ${nok(p.npv)} NOK`,
  MEDFIN_NPV_UNKNOWN: () =>
    'The project must be socio-economically profitable: its net present value cannot be computed (no costs or benefits recorded)',
  MEDFIN_UNKNOWN_FINDING: (p: { got: string }) => `is not a finding code of the scheme (got ${p.got})`,
  MEDFIN_NOT_EXCEPTABLE: (p: { code: string }) =>
    `${p.code} cannot be accepted as an exception: who may apply is not the secretariat's to waive`,
  MEDFIN_BY_YEAR_SUM: (p: { sum: string; requested: string }) =>
    `must add up to the requested grant: the years sum to ${nok(p.sum)} NOK, the requested grant is ${nok(p.requested)} NOK`,
  MEDFIN_NO_RULE_SET: (p: { year: number }) =>
    `has no co-financing rules recorded for calls of ${p.year} (the rules start with the calls of 2020)`,
  MEDFIN_CALL_YEAR_TAKEN: (p: { year: number; title: string }) =>
    `has a call already: "${p.title}" (one call a year)`,
  MEDFIN_CALL_ACCESS: () => "Only the schemes' secretariat and administrators manage co-financing calls",
  MEDFIN_CALL_CLOSED: (p: { title: string }) =>
    `The call "${p.title}" is closed: applications can no longer be created or submitted`,
  MEDFIN_APPLICATION_ACCESS: (p: { code: string }) =>
    `Only initiative owners of the organisation owning ${p.code} (or administrators) draft and submit its application`,
  MEDFIN_APPLICATION_READ_ACCESS: () =>
    "Co-financing applications are for the applying organisation, the schemes' secretariat and administrators",
  MEDFIN_DECISION_ACCESS: () =>
    "Only the schemes' secretariat and administrators record exceptions and decide applications",
  MEDFIN_APPLICATION_EXISTS: (p: { code: string; title: string }) =>
    `${p.code} has an application in "${p.title}" already`,
  MEDFIN_NOT_DRAFT: (p: { status: string }) =>
    `The application is ${p.status.toLowerCase()}: only a draft can be changed or submitted`,
  MEDFIN_NOT_SUBMITTED: (p: { status: string }) =>
    `The application is ${p.status.toLowerCase()}: only a submitted application can be decided or given exceptions`,
  MEDFIN_NOT_ELIGIBLE: (p: { codes: readonly string[] }) =>
    `The application cannot be approved while the rules are breached without an exception: ${p.codes.join(', ')}`,
  MEDFIN_CALL_ID_REQUIRED: () => 'is required (a call id)',
};
