import { isYearIn, LIMITS } from './limits';
import { type Message, msg } from './messages';
import { nokAmountProblem } from './money';

/** The seven life events of the digital strategy 2019–2025. */
export enum LifeEvent {
  HAVING_CHILDREN = 'HAVING_CHILDREN',
  SERIOUSLY_ILL_CHILD = 'SERIOUSLY_ILL_CHILD',
  LOSING_AND_FINDING_A_JOB = 'LOSING_AND_FINDING_A_JOB',
  NEW_IN_NORWAY = 'NEW_IN_NORWAY',
  DEATH_AND_INHERITANCE = 'DEATH_AND_INHERITANCE',
  VOLUNTARY_ORGANISATION = 'VOLUNTARY_ORGANISATION',
  STARTING_AND_RUNNING_A_BUSINESS = 'STARTING_AND_RUNNING_A_BUSINESS',
}

export const LIFE_EVENT_NAMES_NB: Record<LifeEvent, string> = {
  [LifeEvent.HAVING_CHILDREN]: 'Få barn',
  [LifeEvent.SERIOUSLY_ILL_CHILD]: 'Alvorlig sykt barn',
  [LifeEvent.LOSING_AND_FINDING_A_JOB]: 'Miste og finne jobb',
  [LifeEvent.NEW_IN_NORWAY]: 'Ny i Norge',
  [LifeEvent.DEATH_AND_INHERITANCE]: 'Dødsfall og arv',
  [LifeEvent.VOLUNTARY_ORGANISATION]: 'Starte og drive en frivillig organisasjon',
  [LifeEvent.STARTING_AND_RUNNING_A_BUSINESS]: 'Starte og drive en bedrift',
};

export enum InitiativePhase {
  CONCEPT = 'CONCEPT',
  PLANNING = 'PLANNING',
  EXECUTION = 'EXECUTION',
  REALISATION = 'REALISATION',
  CLOSED = 'CLOSED',
}

export enum FundingScheme {
  CO_FINANCING = 'CO_FINANCING',
  DIGIFIN = 'DIGIFIN',
  STIMULAB = 'STIMULAB',
  OWN_BUDGET = 'OWN_BUDGET',
  OTHER = 'OTHER',
}

/**
 * The grant schemes: their money comes from the scheme's budget (the state's co-financing budget, the
 * DigiFin fund, StimuLab), not from an organisation's own budget, so a grant names no organisation.
 */
export const GRANT_SCHEMES: readonly FundingScheme[] = [
  FundingScheme.CO_FINANCING,
  FundingScheme.DIGIFIN,
  FundingScheme.STIMULAB,
];

/** True for a grant scheme (CO_FINANCING, DIGIFIN, STIMULAB): the scheme pays, no organisation does. */
export function isGrantScheme(scheme: FundingScheme): boolean {
  return GRANT_SCHEMES.includes(scheme);
}

/** A funding source as an initiative's input gives it (before the own-budget organisation is defaulted). */
export interface FundingSourceDraft {
  year: number;
  scheme: FundingScheme;
  organisationId?: string | null;
  /** NOK planned. */
  amount: string;
  /** NOK received so far, or null/absent when nothing is recorded. */
  receivedAmount?: string | null;
  description?: string | null;
}

/** One problem of an input, with the field it belongs to (relative to the source or item). */
export interface FieldProblem<F extends string = string> {
  field: F;
  message: Message;
}

/**
 * The problems of one funding source that need no database: the year inside LIMITS.year, the planned
 * and received amounts NOK amounts of 0 or more, no organisation on a grant (the scheme pays it), a note
 * of at most LIMITS.costItemDescription characters. Whether the organisation exists is the caller's.
 */
export function fundingSourceProblems(
  source: FundingSourceDraft,
): FieldProblem<'year' | 'organisationId' | 'amount' | 'receivedAmount' | 'description'>[] {
  const problems: FieldProblem<'year' | 'organisationId' | 'amount' | 'receivedAmount' | 'description'>[] =
    [];
  if (!isYearIn(source.year, LIMITS.year))
    problems.push({
      field: 'year',
      message: msg('YEAR_BETWEEN', { ...LIMITS.year, got: String(source.year) }),
    });
  if (isGrantScheme(source.scheme) && source.organisationId)
    problems.push({
      field: 'organisationId',
      message: msg('GRANT_NAMES_NO_ORGANISATION', { scheme: source.scheme }),
    });
  const planned = nokAmountProblem(source.amount);
  if (planned) problems.push({ field: 'amount', message: planned });
  if (source.receivedAmount !== undefined && source.receivedAmount !== null) {
    const received = nokAmountProblem(source.receivedAmount);
    if (received) problems.push({ field: 'receivedAmount', message: received });
  }
  if (source.description && source.description.length > LIMITS.costItemDescription)
    problems.push({ field: 'description', message: msg('TOO_LONG', { max: LIMITS.costItemDescription }) });
  return problems;
}

/**
 * The organisation a funding source is stored with: OWN_BUDGET without one is the owner's own budget; a
 * grant has none (the scheme pays); OTHER keeps what was given (an external funder, or none).
 */
export function fundingSourceOrganisation(
  scheme: FundingScheme,
  organisationId: string | null | undefined,
  ownerId: string,
): string | null {
  if (isGrantScheme(scheme)) return null;
  if (scheme === FundingScheme.OWN_BUDGET) return organisationId || ownerId;
  return organisationId || null;
}

/**
 * The problem of a cost item's paying source: an organisation whose budget pays it is named only with
 * OWN_BUDGET (a grant is paid by its scheme; without a scheme the owner's own budget pays).
 */
export function costItemFundingProblems(item: {
  fundingScheme?: FundingScheme | null;
  payingOrganisationId?: string | null;
}): FieldProblem<'payingOrganisationId'>[] {
  if (item.payingOrganisationId && item.fundingScheme !== FundingScheme.OWN_BUDGET)
    return [
      {
        field: 'payingOrganisationId',
        message: msg('PAYER_NEEDS_OWN_BUDGET', { scheme: item.fundingScheme ?? 'none' }),
      },
    ];
  return [];
}

export enum ParticipantRole {
  OWNER = 'OWNER',
  PARTNER = 'PARTNER',
  FUNDER = 'FUNDER',
  BENEFICIARY = 'BENEFICIARY',
}

/** An initiative code: upper-case letters, digits and dashes, 2–40 characters, e.g. "DIGIFIN-2024-01". */
export function initiativeCodeProblem(code: string): Message | null {
  if (!/^[A-ZÆØÅ0-9][A-ZÆØÅ0-9-]{1,39}$/.test(code))
    return msg('INITIATIVE_CODE_FORMAT', { got: `"${code}"` });
  return null;
}

/** Whether a participant in this role shares the costs unless told otherwise: partners and funders do. */
export function paysByDefault(role: ParticipantRole): boolean {
  return role === ParticipantRole.PARTNER || role === ParticipantRole.FUNDER;
}

export enum CostCategory {
  DEVELOPMENT = 'DEVELOPMENT',
  OPERATION = 'OPERATION',
  MAINTENANCE = 'MAINTENANCE',
  LICENCE = 'LICENCE',
  PERSONNEL = 'PERSONNEL',
  OTHER = 'OTHER',
}
