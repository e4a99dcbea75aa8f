/**
 * English messages of the allocation module: running, previewing and reading allocations, and entering
 * driver values (apps/api/src/allocation). See ../types.ts for the conventions. `initiative` is an
 * initiative's code ("DEMO-LIV-BEDRIFT").
 */

import { driverWords } from '../../words';

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** "Oslo (958935420), Bergen (964338531) and 3 more": the first organisations named, then a count. */
const someOf = (organisations: readonly string[], more: number): string =>
  `${organisations.join(', ')}${more ? ` and ${more} more` : ''}`;

export const allocationEn = {
  INITIATIVE_FINANCIALS_ACCESS: () =>
    "You may not see this initiative's financial detail (every participant's amounts): it is for the owner organisation, the responsible ministry's reviewers and administrators",
  ORGANISATION_ALLOCATIONS_ACCESS: () => "You may not see this organisation's cost allocations",
  NO_PAYING_PARTICIPANTS: (p: { initiative: string }) =>
    `${p.initiative} has no paying participants: mark participants as paying (pays: true) before allocating`,
  /** `organisations`: "name (org number)" of the first ten without the figure; `more`: how many others. */
  POPULATION_MISSING: (p: { year: number; organisations: readonly string[]; more: number }) =>
    `no population for ${p.year} is stored for ${someOf(p.organisations, p.more)}`,
  DRIVER_VALUE_MISSING: (p: {
    driver: string;
    year: number;
    organisations: readonly string[];
    more: number;
  }) =>
    // The driver in words (issue 17: «Number of letters», not letters); setAllocationDrivers enters them.
    `no ${lowerFirst(driverWords(p.driver, 'en').label)} for ${p.year} is entered for ${someOf(p.organisations, p.more)}: enter the initiative's driver values for the year`,
  /**
   * A cost-model problem met while allocating one cost item: the problem in English (`problem`) and in
   * Norwegian (`problemNb`), as the library's own code writes it.
   */
  COST_ITEM_PROBLEM: (p: {
    description: string;
    category: string;
    year: number;
    problem: string;
    problemNb: string;
  }) => `cost item "${p.description}" (${p.category}, ${p.year}): ${p.problem}`,
  /** `createdAt`: the current run's creation time as ISO 8601. */
  RUN_SUPERSEDED_MEANWHILE: (p: { runId: string; createdAt: string; initiative: string; year: number }) =>
    `Another allocation run (${p.runId}, ${p.createdAt}) is now the current one for ${p.initiative} ${p.year}: reload and run again`,
  NO_CURRENT_RUN: (p: { initiative: string; year: number }) =>
    `There is no current run for ${p.initiative} ${p.year} to supersede`,
  KEY_OR_SPEC: (p: { initiative: string }) =>
    `give a keyId or a spec: ${p.initiative} has no cost-sharing key`,
  NO_COST_ITEMS_TO_PREVIEW: (p: { initiative: string; year: number }) =>
    `${p.initiative} has no cost items in ${p.year}: give a total to preview the split`,
  NO_COST_ITEMS_TO_ALLOCATE: (p: { initiative: string; year: number }) =>
    `${p.initiative} has no cost items in ${p.year}: nothing to allocate`,
  /** `item`: the cost item's description (or its category when it has none). */
  COST_ITEM_WITHOUT_KEY: (p: { item: string; initiative: string }) =>
    `"${p.item}" has no cost-sharing key, and ${p.initiative} has no default key`,
  /** `from` and `to`: the key version's dates, "…" for an open end. */
  KEY_NOT_VALID_IN_YEAR: (p: { key: string; version: number; from: string; to: string; year: number }) =>
    `key "${p.key}" v${p.version} is valid ${p.from} to ${p.to}, not in ${p.year}`,
  POPULATION_NOT_ENTERED: () =>
    'population comes from the stored population of the key’s year; it is not entered here',
  DRIVER_NAME_FORMAT: (p: { max: number }) =>
    `must start with a lower-case letter and contain only letters, digits and _ (at most ${p.max})`,
  VALUES_REQUIRED: () => 'give at least one value',
  /** `got`: the value as sent, quoted and cut short. */
  DRIVER_VALUE_FORMAT: (p: { decimals: number; got: string }) =>
    `must be a non-negative number with at most ${p.decimals} decimals (got ${p.got})`,
  /** A driver value given both as `decimalValue` and as the deprecated `value`, or as neither. */
  DRIVER_VALUE_ONE_OF: (p: { given: 'both' | 'neither' }) =>
    p.given === 'both'
      ? 'give either decimalValue or value, not both'
      : 'required: give decimalValue (or the deprecated value)',
  NOT_PARTICIPATING: (p: { organisationId: string; initiative: string }) =>
    `organisation ${p.organisationId} does not take part in ${p.initiative}`,
  /**
   * A run whose keys do not allocate exactly its cost items' planned amounts (a key without a fixed total:
   * PER_UNIT, or BANDS without a total), made without choosing how to resolve it. `items`: the cost items
   * that differ (description or category); amounts as "100000000.00", `difference` = cost items − allocated.
   */
  ALLOCATION_DIFFERENCE: (p: {
    initiative: string;
    year: number;
    costItemAmount: string;
    allocatedTotal: string;
    difference: string;
    items: readonly string[];
  }) =>
    `the allocation of ${p.initiative} for ${p.year} does not match its cost items: the cost items amount to NOK ${p.costItemAmount} and the keys allocate NOK ${p.allocatedTotal}, a difference of NOK ${p.difference} (cost items − allocated; ${p.items.map((item) => `"${item}"`).join(', ')}). Choose reconciliation SET_COST_ITEM_FROM_KEY to set the cost items' planned amount to what their keys allocate, or ACCEPT_DIFFERENCE to make the run and record the difference`,
};
