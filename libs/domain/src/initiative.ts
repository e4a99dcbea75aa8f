import { type Message, msg } from './messages';

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
