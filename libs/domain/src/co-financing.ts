/**
 * The co-financing mechanism (medfinansieringsordningen, Digdir): its rules as DATA, one rule set per
 * range of call years (the rules change from call to call), and pure checks of an application against the
 * rule set of its call. Nothing here does I/O; the API reads the facts (the applicant's kind, the partners,
 * the analysis's NPV) and asks these functions what the rules say.
 *
 * Source of the limits: the scheme's 2020–2022 rules as summarised in the domain brief (DOMAIN.md, from
 * Digdir's published criteria for medfinansieringsordningen): category 1 — project cost 5–50 MNOK, up to
 * 50 % covered, at most 15 MNOK; category 2 (cross-cutting common solutions) — project cost up to
 * 100 MNOK, up to 85 % covered. State agencies apply; municipalities and county authorities only as
 * partners; KS consulted when municipalities are affected; the project must be socio-economically
 * profitable (NPV > 0). For calls from 2023 on we ASSUME the same limits continue until Digdir publishes
 * others: that is data (CO_FINANCING_RULE_SETS), to be changed here when the rules change; a call keeps a
 * snapshot of the rule set in force when it was created.
 *
 * Money is NOK as decimal strings with two decimals, compared as integer øre (bigint), never floats.
 */
import { type Message, type MessageParams, msg } from './messages';
import { nokAmountProblem, normaliseNok } from './money';
import { OrganisationKind } from './organisation';
import { type Principal, Role, hasRole, isAdmin } from './access';

/** The scheme's two categories. */
export enum CoFinancingCategory {
  /** Category 1: ordinary projects. */
  CATEGORY_1 = 'CATEGORY_1',
  /** Category 2: cross-cutting common solutions (felleskomponenter). */
  CATEGORY_2 = 'CATEGORY_2',
}

/** A call is OPEN for applications until the secretariat closes it. */
export enum CoFinancingCallStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** DRAFT (the owner edits) → SUBMITTED (the secretariat assesses) → APPROVED or REJECTED. */
export enum CoFinancingApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/**
 * Read every application and the ranking of a call: the schemes' secretariat and administrators (a READ
 * token of theirs too; deciding needs canAdministerSchemes).
 */
export function canSeeAllCoFinancingApplications(principal: Principal): boolean {
  return isAdmin(principal) || hasRole(principal, Role.SCHEME_ADMINISTRATOR);
}

/** Read one application: the applying (owning) organisation's users, the secretariat and administrators. */
export function canSeeCoFinancingApplication(principal: Principal, initiative: { ownerId: string }): boolean {
  return canSeeAllCoFinancingApplications(principal) || principal.organisationId === initiative.ownerId;
}

/** The limits of one category; a null limit does not apply. Amounts are NOK with two decimals. */
export interface CoFinancingCategoryRules {
  /** The smallest total project cost (inclusive), or null. */
  minTotalCost: string | null;
  /** The largest total project cost (inclusive), or null. */
  maxTotalCost: string | null;
  /** The largest share of the total cost the grant may cover, in whole percent (inclusive). */
  maxGrantPercent: number;
  /** The largest grant (inclusive), or null. */
  maxGrant: string | null;
}

/** The rules of the calls of a range of years. Stored as JSON on each call (a snapshot). */
export interface CoFinancingRuleSet {
  /** A stable name, e.g. "MEDFIN-2020". */
  id: string;
  /** The first call year the set applies to. */
  fromYear: number;
  /** The last call year it applies to; null: until another set takes over. */
  toYear: number | null;
  /** Where the rules come from, or what is assumed. */
  source: string;
  /** The organisation kinds that may apply. */
  applicantKinds: OrganisationKind[];
  /** Kinds that may take part only as partners (never apply); their taking part requires KS to be consulted. */
  partnerOnlyKinds: OrganisationKind[];
  categories: Record<CoFinancingCategory, CoFinancingCategoryRules>;
  /** The finding codes the secretariat may accept as an exception, with a stated reason. */
  exceptable: CoFinancingFindingCode[];
}

/** What an eligibility check can find. Each is also a message code (libs/domain/src/messages). */
export type CoFinancingFindingCode =
  | 'MEDFIN_APPLICANT_KIND'
  | 'MEDFIN_LOCAL_ONLY_PARTNER'
  | 'MEDFIN_COST_BELOW_MIN'
  | 'MEDFIN_COST_ABOVE_MAX'
  | 'MEDFIN_GRANT_ABOVE_SHARE'
  | 'MEDFIN_GRANT_ABOVE_CAP'
  | 'MEDFIN_KS_NOT_CONSULTED'
  | 'MEDFIN_NOT_PROFITABLE'
  | 'MEDFIN_NPV_UNKNOWN';

export const CO_FINANCING_FINDING_CODES: readonly CoFinancingFindingCode[] = [
  'MEDFIN_APPLICANT_KIND',
  'MEDFIN_LOCAL_ONLY_PARTNER',
  'MEDFIN_COST_BELOW_MIN',
  'MEDFIN_COST_ABOVE_MAX',
  'MEDFIN_GRANT_ABOVE_SHARE',
  'MEDFIN_GRANT_ABOVE_CAP',
  'MEDFIN_KS_NOT_CONSULTED',
  'MEDFIN_NOT_PROFITABLE',
  'MEDFIN_NPV_UNKNOWN',
];

const RULES_2020: Record<CoFinancingCategory, CoFinancingCategoryRules> = {
  [CoFinancingCategory.CATEGORY_1]: {
    minTotalCost: '5000000.00',
    maxTotalCost: '50000000.00',
    maxGrantPercent: 50,
    maxGrant: '15000000.00',
  },
  [CoFinancingCategory.CATEGORY_2]: {
    minTotalCost: null,
    maxTotalCost: '100000000.00',
    maxGrantPercent: 85,
    maxGrant: null,
  },
};

/** Everything but who may apply can be accepted as a stated exception (the scheme's own limits). */
const EXCEPTABLE: CoFinancingFindingCode[] = [
  'MEDFIN_COST_BELOW_MIN',
  'MEDFIN_COST_ABOVE_MAX',
  'MEDFIN_GRANT_ABOVE_SHARE',
  'MEDFIN_GRANT_ABOVE_CAP',
  'MEDFIN_KS_NOT_CONSULTED',
  'MEDFIN_NOT_PROFITABLE',
  'MEDFIN_NPV_UNKNOWN',
];

/** The rule sets, by call year. Data: change it here when Digdir publishes new rules. */
export const CO_FINANCING_RULE_SETS: readonly CoFinancingRuleSet[] = [
  {
    id: 'MEDFIN-2020',
    fromYear: 2020,
    toYear: 2022,
    source:
      'Digdir, medfinansieringsordningen, kriterier for utlysningene 2020–2022 (kategori 1: 5–50 MNOK, inntil 50 %, høyst 15 MNOK; kategori 2: inntil 100 MNOK, inntil 85 %)',
    applicantKinds: [OrganisationKind.STATE_AGENCY],
    partnerOnlyKinds: [OrganisationKind.MUNICIPALITY, OrganisationKind.COUNTY_AUTHORITY],
    categories: RULES_2020,
    exceptable: EXCEPTABLE,
  },
  {
    id: 'MEDFIN-2023',
    fromYear: 2023,
    toYear: null,
    source:
      'Antatt: 2020–2022-reglene videreført til Digdir publiserer nye (kategori 1: 5–50 MNOK, inntil 50 %, høyst 15 MNOK; kategori 2: inntil 100 MNOK, inntil 85 %)',
    applicantKinds: [OrganisationKind.STATE_AGENCY],
    partnerOnlyKinds: [OrganisationKind.MUNICIPALITY, OrganisationKind.COUNTY_AUTHORITY],
    categories: RULES_2020,
    exceptable: EXCEPTABLE,
  },
];

/** The rule set for the calls of `year`, or null when the scheme has no rules recorded for it. */
export function coFinancingRuleSetFor(
  year: number,
  sets: readonly CoFinancingRuleSet[] = CO_FINANCING_RULE_SETS,
): CoFinancingRuleSet | null {
  return sets.find((set) => year >= set.fromYear && (set.toYear === null || year <= set.toYear)) ?? null;
}

/** An organisation as the rules see it. */
export interface CoFinancingParty {
  name: string;
  kind: OrganisationKind;
}

/** A stated exception the secretariat recorded for a finding code. */
export interface CoFinancingException {
  code: string;
  reason: string;
}

/** What the check needs to know about an application. */
export interface CoFinancingApplicationFacts {
  category: CoFinancingCategory;
  /** NOK, the project's total cost. */
  totalCost: string;
  /** NOK, the grant applied for. */
  requestedGrant: string;
  applicant: CoFinancingParty;
  partners: readonly CoFinancingParty[];
  ksConsulted: boolean;
  /** NOK, the socio-economic analysis's net present value; null when it cannot be computed. */
  npv: string | null;
  exceptions: readonly CoFinancingException[];
}

export type CoFinancingFindingSeverity = 'ERROR' | 'EXCEPTED';

/** One breach of the rules: an error, or accepted as an exception with its reason. Never silent. */
export interface CoFinancingFinding {
  code: CoFinancingFindingCode;
  severity: CoFinancingFindingSeverity;
  /** The rule's message (code and parameters) for the catalogues. */
  message: Message;
  /** The secretariat's stated reason when EXCEPTED; else null. */
  exceptionReason: string | null;
}

/** NOK with two decimals → øre. Assumes a valid amount (nokAmountProblem is null). */
export function nokToOre(value: string): bigint {
  const normal = normaliseNok(value);
  const negative = normal.startsWith('-');
  const [whole, fraction] = (negative ? normal.slice(1) : normal).split('.');
  const ore = BigInt(whole) * 100n + BigInt(fraction);
  return negative ? -ore : ore;
}

/** øre → NOK with two decimals ("1234.56"). */
export function oreToNok(ore: bigint): string {
  const negative = ore < 0n;
  const size = negative ? -ore : ore;
  const text = `${size / 100n}.${String(size % 100n).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/**
 * The largest grant the category allows for `totalCost`: the smaller of maxGrantPercent % of the cost
 * (rounded DOWN to whole øre, so the limit itself never breaks the rule) and the cap.
 */
export function maxCoFinancingGrant(rules: CoFinancingCategoryRules, totalCost: string): string {
  const byShare = (nokToOre(totalCost) * BigInt(rules.maxGrantPercent)) / 100n;
  const cap = rules.maxGrant === null ? null : nokToOre(rules.maxGrant);
  return oreToNok(cap !== null && cap < byShare ? cap : byShare);
}

/** The amounts' own input problems (not the scheme's limits): each a valid, positive NOK amount. */
export function coFinancingAmountProblems(facts: {
  totalCost: string;
  requestedGrant: string;
}): { field: 'totalCost' | 'requestedGrant'; message: Message }[] {
  const problems: { field: 'totalCost' | 'requestedGrant'; message: Message }[] = [];
  for (const field of ['totalCost', 'requestedGrant'] as const) {
    const problem = nokAmountProblem(facts[field]);
    if (problem) problems.push({ field, message: problem });
    else if (nokToOre(facts[field]) === 0n)
      problems.push({ field, message: msg('POSITIVE_AMOUNT', { got: `"${facts[field]}"` }) });
  }
  return problems;
}

/**
 * The eligibility of an application under `rules`, explained: every breach as a finding with its code and
 * parameters, an ERROR unless the secretariat recorded an exception for that code (and the rule set allows
 * one), then EXCEPTED with the reason. An empty list: eligible. Assumes the amounts are valid
 * (coFinancingAmountProblems is empty).
 */
export function coFinancingEligibility(
  rules: CoFinancingRuleSet,
  facts: CoFinancingApplicationFacts,
): CoFinancingFinding[] {
  const breaches: { code: CoFinancingFindingCode; message: Message }[] = [];
  const category = facts.category;
  const limits = rules.categories[category];

  if (rules.partnerOnlyKinds.includes(facts.applicant.kind))
    breaches.push({
      code: 'MEDFIN_LOCAL_ONLY_PARTNER',
      message: msg('MEDFIN_LOCAL_ONLY_PARTNER', { name: facts.applicant.name, kind: facts.applicant.kind }),
    });
  else if (!rules.applicantKinds.includes(facts.applicant.kind))
    breaches.push({
      code: 'MEDFIN_APPLICANT_KIND',
      message: msg('MEDFIN_APPLICANT_KIND', { name: facts.applicant.name, kind: facts.applicant.kind }),
    });

  const cost = nokToOre(facts.totalCost);
  const grant = nokToOre(facts.requestedGrant);
  const totalCost = normaliseNok(facts.totalCost);
  const requestedGrant = normaliseNok(facts.requestedGrant);
  if (limits.minTotalCost !== null && cost < nokToOre(limits.minTotalCost))
    breaches.push({
      code: 'MEDFIN_COST_BELOW_MIN',
      message: msg('MEDFIN_COST_BELOW_MIN', { category, min: limits.minTotalCost, got: totalCost }),
    });
  if (limits.maxTotalCost !== null && cost > nokToOre(limits.maxTotalCost))
    breaches.push({
      code: 'MEDFIN_COST_ABOVE_MAX',
      message: msg('MEDFIN_COST_ABOVE_MAX', { category, max: limits.maxTotalCost, got: totalCost }),
    });
  // grant ≤ p % of cost  ⇔  grant × 100 ≤ p × cost, exact in øre.
  if (grant * 100n > BigInt(limits.maxGrantPercent) * cost)
    breaches.push({
      code: 'MEDFIN_GRANT_ABOVE_SHARE',
      message: msg('MEDFIN_GRANT_ABOVE_SHARE', {
        category,
        percent: limits.maxGrantPercent,
        max: oreToNok((BigInt(limits.maxGrantPercent) * cost) / 100n),
        got: requestedGrant,
      }),
    });
  if (limits.maxGrant !== null && grant > nokToOre(limits.maxGrant))
    breaches.push({
      code: 'MEDFIN_GRANT_ABOVE_CAP',
      message: msg('MEDFIN_GRANT_ABOVE_CAP', { category, max: limits.maxGrant, got: requestedGrant }),
    });

  const local = facts.partners.filter((partner) => rules.partnerOnlyKinds.includes(partner.kind));
  if (local.length > 0 && !facts.ksConsulted)
    breaches.push({
      code: 'MEDFIN_KS_NOT_CONSULTED',
      message: msg('MEDFIN_KS_NOT_CONSULTED', {
        count: local.length,
        names: local.slice(0, 5).map((partner) => partner.name),
      }),
    });

  if (facts.npv === null) breaches.push({ code: 'MEDFIN_NPV_UNKNOWN', message: msg('MEDFIN_NPV_UNKNOWN') });
  else if (nokToOre(facts.npv) <= 0n)
    breaches.push({
      code: 'MEDFIN_NOT_PROFITABLE',
      message: msg('MEDFIN_NOT_PROFITABLE', { npv: normaliseNok(facts.npv) }),
    });

  return breaches.map((breach) => {
    const exception = rules.exceptable.includes(breach.code)
      ? facts.exceptions.find((e) => e.code === breach.code)
      : undefined;
    return {
      ...breach,
      severity: exception ? 'EXCEPTED' : 'ERROR',
      exceptionReason: exception ? exception.reason : null,
    };
  });
}

/**
 * A finding's figures, typed (CoFinancingFinding.figures in the API, issue 19): each parameter of the
 * finding's message under a name of its own; null where the finding's rule has no such figure. Money is NOK
 * with two decimals as the rules compared it.
 */
export interface CoFinancingFindingFigures {
  /** The application's category whose limits were breached. */
  category: CoFinancingCategory | null;
  /** The applicant's name (MEDFIN_APPLICANT_KIND, MEDFIN_LOCAL_ONLY_PARTNER). */
  applicantName: string | null;
  /** The applicant's kind of organisation (MEDFIN_APPLICANT_KIND, MEDFIN_LOCAL_ONLY_PARTNER). */
  applicantKind: OrganisationKind | null;
  /** The application's total cost (MEDFIN_COST_BELOW_MIN, MEDFIN_COST_ABOVE_MAX). */
  totalCostAmount: string | null;
  /** The category's smallest total cost (MEDFIN_COST_BELOW_MIN). */
  minTotalCostAmount: string | null;
  /** The category's largest total cost (MEDFIN_COST_ABOVE_MAX). */
  maxTotalCostAmount: string | null;
  /** The grant applied for (MEDFIN_GRANT_ABOVE_SHARE, MEDFIN_GRANT_ABOVE_CAP). */
  requestedGrantAmount: string | null;
  /**
   * The largest grant the breached rule allows: maxGrantPercent % of the total cost, rounded down to the
   * øre (MEDFIN_GRANT_ABOVE_SHARE), or the category's cap (MEDFIN_GRANT_ABOVE_CAP).
   */
  maxGrantAmount: string | null;
  /** The largest share of the total cost the grant may cover, in percent (MEDFIN_GRANT_ABOVE_SHARE). */
  maxGrantPercent: number | null;
  /** How many municipalities and county authorities take part (MEDFIN_KS_NOT_CONSULTED). */
  localPartnerCount: number | null;
  /** The first five of them by name (MEDFIN_KS_NOT_CONSULTED). */
  localPartnerNames: string[] | null;
  /** The net present value that is not positive (MEDFIN_NOT_PROFITABLE). */
  npvAmount: string | null;
}

type FindingParamName<C extends CoFinancingFindingCode> =
  MessageParams<C> extends undefined ? never : keyof MessageParams<C>;

/**
 * Where each parameter of each finding's message goes among the figures. Exhaustive by type: a finding code
 * or a parameter added to a rule's message without a figure here does not compile, and the scenario test
 * (co-financing.spec.ts) checks at run time that every parameter a rule gives lands in its figure.
 */
export const CO_FINANCING_FIGURE_OF_PARAM: {
  readonly [C in CoFinancingFindingCode]: {
    readonly [P in FindingParamName<C>]: keyof CoFinancingFindingFigures;
  };
} = {
  MEDFIN_APPLICANT_KIND: { name: 'applicantName', kind: 'applicantKind' },
  MEDFIN_LOCAL_ONLY_PARTNER: { name: 'applicantName', kind: 'applicantKind' },
  MEDFIN_COST_BELOW_MIN: { category: 'category', min: 'minTotalCostAmount', got: 'totalCostAmount' },
  MEDFIN_COST_ABOVE_MAX: { category: 'category', max: 'maxTotalCostAmount', got: 'totalCostAmount' },
  MEDFIN_GRANT_ABOVE_SHARE: {
    category: 'category',
    percent: 'maxGrantPercent',
    max: 'maxGrantAmount',
    got: 'requestedGrantAmount',
  },
  MEDFIN_GRANT_ABOVE_CAP: { category: 'category', max: 'maxGrantAmount', got: 'requestedGrantAmount' },
  MEDFIN_KS_NOT_CONSULTED: { count: 'localPartnerCount', names: 'localPartnerNames' },
  MEDFIN_NOT_PROFITABLE: { npv: 'npvAmount' },
  MEDFIN_NPV_UNKNOWN: {},
};

/** The typed figures of a finding: its message's parameters by CO_FINANCING_FIGURE_OF_PARAM, the rest null. */
export function coFinancingFindingFigures(finding: {
  code: CoFinancingFindingCode;
  message: Message;
}): CoFinancingFindingFigures {
  const figures: CoFinancingFindingFigures = {
    category: null,
    applicantName: null,
    applicantKind: null,
    totalCostAmount: null,
    minTotalCostAmount: null,
    maxTotalCostAmount: null,
    requestedGrantAmount: null,
    maxGrantAmount: null,
    maxGrantPercent: null,
    localPartnerCount: null,
    localPartnerNames: null,
    npvAmount: null,
  };
  const places = CO_FINANCING_FIGURE_OF_PARAM[finding.code] as Readonly<
    Record<string, keyof CoFinancingFindingFigures>
  >;
  const params = (finding.message.params ?? {}) as Readonly<Record<string, unknown>>;
  const set = figures as unknown as Record<string, unknown>;
  for (const [param, value] of Object.entries(params)) {
    const field = places[param];
    if (field !== undefined) set[field] = Array.isArray(value) ? [...(value as string[])] : value;
  }
  return figures;
}

/** True when no finding is an unexcepted error. */
export function coFinancingEligible(findings: readonly CoFinancingFinding[]): boolean {
  return findings.every((finding) => finding.severity !== 'ERROR');
}

/** Why an exception for `code` cannot be recorded under `rules`, or null when it can. */
export function coFinancingExceptionProblem(rules: CoFinancingRuleSet, code: string): Message | null {
  if (!(CO_FINANCING_FINDING_CODES as readonly string[]).includes(code))
    return msg('MEDFIN_UNKNOWN_FINDING', { got: `"${code.slice(0, 60)}"` });
  if (!rules.exceptable.includes(code as CoFinancingFindingCode))
    return msg('MEDFIN_NOT_EXCEPTABLE', { code });
  return null;
}

/**
 * The requested grant spread by year must add up to the requested grant, one entry per year, each a
 * positive amount. Problems by field path (`requestedByYear[i].amount`, `requestedByYear`).
 */
export function coFinancingByYearProblems(
  requestedGrant: string,
  byYear: readonly { year: number; amount: string }[],
  years: { min: number; max: number },
): { field: string; message: Message }[] {
  const problems: { field: string; message: Message }[] = [];
  const seen = new Set<number>();
  let sum = 0n;
  byYear.forEach((entry, index) => {
    if (!Number.isInteger(entry.year) || entry.year < years.min || entry.year > years.max)
      problems.push({
        field: `requestedByYear[${index}].year`,
        message: msg('YEAR_BETWEEN', { min: years.min, max: years.max, got: String(entry.year) }),
      });
    else if (seen.has(entry.year))
      problems.push({ field: `requestedByYear[${index}].year`, message: msg('LISTED_TWICE') });
    seen.add(entry.year);
    const problem = nokAmountProblem(entry.amount);
    if (problem) problems.push({ field: `requestedByYear[${index}].amount`, message: problem });
    else if (nokToOre(entry.amount) === 0n)
      problems.push({
        field: `requestedByYear[${index}].amount`,
        message: msg('POSITIVE_AMOUNT', { got: `"${entry.amount}"` }),
      });
    else sum += nokToOre(entry.amount);
  });
  if (!problems.length && nokAmountProblem(requestedGrant) === null && sum !== nokToOre(requestedGrant))
    problems.push({
      field: 'requestedByYear',
      message: msg('MEDFIN_BY_YEAR_SUM', { sum: oreToNok(sum), requested: normaliseNok(requestedGrant) }),
    });
  return problems;
}

/** A decimal string ("-1.2345", "12") as integer units of 10^-places; assumes at most `places` decimals. */
function decimalUnits(value: string, places: number): bigint {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const units = BigInt(whole || '0') * 10n ** BigInt(places) + BigInt(fraction.padEnd(places, '0') || '0');
  return negative ? -units : units;
}

/** What the ranking compares of an application: its analysis's figures and the initiative's code. */
export interface CoFinancingRankingKey {
  /** NPV per budget krone (four decimals), null when the net burden on public budgets is zero or a saving. */
  npvPerBudgetKrone: string | null;
  /** NPV, NOK with two decimals. */
  npv: string;
  code: string;
}

/**
 * The order of a call's ranking (the scheme ranks by net present value per krone, here per budget krone
 * after DFØ): highest NPV per budget krone first, an application without one last; ties by NPV (highest
 * first), then by initiative code (A–Z) so the order is total and deterministic. Exact decimal comparison.
 */
export function compareCoFinancingRanking(a: CoFinancingRankingKey, b: CoFinancingRankingKey): number {
  if (a.npvPerBudgetKrone === null && b.npvPerBudgetKrone !== null) return 1;
  if (b.npvPerBudgetKrone === null && a.npvPerBudgetKrone !== null) return -1;
  if (a.npvPerBudgetKrone !== null && b.npvPerBudgetKrone !== null) {
    const x = decimalUnits(a.npvPerBudgetKrone, 8);
    const y = decimalUnits(b.npvPerBudgetKrone, 8);
    if (x !== y) return x > y ? -1 : 1;
  }
  const x = decimalUnits(a.npv, 2);
  const y = decimalUnits(b.npv, 2);
  if (x !== y) return x > y ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
