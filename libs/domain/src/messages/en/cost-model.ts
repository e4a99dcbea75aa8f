/**
 * English messages of the costModel module: the problems libs/cost-model reports (CostModelError) with
 * a key specification, an allocation's input, the NPV, net-position and realisation input. See
 * ../types.ts for the conventions. Amounts are parameters as the library formats them ("5000.00"); the
 * English writes them "NOK 5000.00", the Norwegian "kr 5000,00". A list of group names is written
 * `"CENTRAL", "LOCAL"` in both languages.
 */

/** `"A", "B"`: names in double quotes, as the key's groups are listed. */
const quotedList = (names: readonly string[]): string => names.map((name) => `"${name}"`).join(', ');

export const costModelEn = {
  // ── The key specification (key-spec-schema.ts): each problem with its path in the key ────────────────
  SPEC_REQUIRED: () => 'required',
  SPEC_UNKNOWN_FIELD: () => 'unknown field',
  SPEC_NOT_JSON: () => 'the key specification is not valid JSON',
  /** Every problem of a key, each "path: problem", in English (`problems`) and in Norwegian (`problemsNb`). */
  SPEC_INVALID: (p: { problems: readonly string[]; problemsNb: readonly string[] }) =>
    `invalid cost-sharing key: ${p.problems.join('; ')}`,
  /** `example` is an amount that fits the field ("1000.00"). */
  SPEC_AMOUNT_NOT_A_STRING: (p: { example: string }) =>
    `must be a NOK amount as a string, such as "${p.example}"`,
  SPEC_AMOUNT_FORMAT: (p: { example: string }) =>
    `must be a NOK amount with at most two decimals, such as "${p.example}"`,
  SPEC_RATE_NOT_A_STRING: () => 'must be a rate in NOK per unit as a string, such as "20.00" or "0.125"',
  SPEC_RATE_FORMAT: () => 'must be a non-negative rate in NOK per unit, such as "20.00" or "0.125"',
  /** A participant's fixed share (`of: 'share'`) or a TWO_LEVEL group's percentage (`of: 'group'`). */
  SPEC_PERCENT_NOT_A_STRING: (p: { of: 'share' | 'group' }) =>
    `must be ${p.of === 'share' ? 'a percentage' : "the group's percentage"} as a string, such as "25.5"`,
  SPEC_PERCENT_FORMAT: (p: { of: 'share' | 'group' }) =>
    `must be ${p.of === 'share' ? 'a percentage' : "the group's percentage"} with at most 10 decimals, such as "25.5"`,
  SPEC_DRIVER_NAME: () => 'must name a driver, such as "population"',
  SPEC_QUANTITY: () => 'must be a non-negative number or decimal string, such as 10000',
  SPEC_PARTICIPANT_ID_EMPTY: () => 'a participant id must not be empty',
  SPEC_SHARES_OBJECT: () =>
    'must be an object of percentages by participant id, such as { "958935420": "25.5" }',
  SPEC_BANDS_LIST: () =>
    'must be a list of bands such as [{ "upTo": 10000, "fee": "10000.00" }, { "fee": "20000.00" }]',
  SPEC_BANDS_EMPTY: () => 'must have at least one band',
  SPEC_METHOD_OBJECT: () => 'must be an object with a "method"',
  /** `methods`: the methods allowed where the key is (inside a TWO_LEVEL group, fewer). */
  SPEC_METHOD_REQUIRED: (p: { methods: readonly string[] }) => `required: one of ${p.methods.join(', ')}`,
  /** `got` is the method given, as JSON. */
  SPEC_METHOD_UNKNOWN: (p: { methods: readonly string[]; inGroup: boolean; got: string }) =>
    `must be one of ${p.methods.join(', ')}${p.inGroup ? '; PER_UNIT and TWO_LEVEL cannot be used inside a group' : ''} (got ${p.got})`,
  SPEC_GROUP_NAME: () => 'must name the group, such as "LOCAL"',
  SPEC_GROUPS_LIST: () =>
    'must be a list of groups such as [{ "group": "LOCAL", "percent": "50", "key": {...} }]',
  SPEC_GROUPS_EMPTY: () => 'must have at least one group',
  // ── The typed key specification (KeySpecInput): the method and exactly its own sub-input ───────────
  /** `field` is the sub-input the method needs, e.g. "perUnit". */
  SPEC_SUB_INPUT_REQUIRED: (p: { method: string; field: string }) =>
    `required for ${p.method}: give ${p.field}`,
  /** A sub-input of another method than the one given. */
  SPEC_SUB_INPUT_OTHER_METHOD: (p: { method: string }) =>
    `belongs to another method: give only the sub-input of ${p.method}`,
  SPEC_SHARE_DUPLICATE: () => 'the same participant is given more than once',
  /** Both the JSON spec and the typed keySpec, or (where a key is required) neither. */
  SPEC_ONE_OF_SPEC_OR_KEY_SPEC: (p: { given: 'both' | 'neither' }) =>
    p.given === 'both'
      ? 'give either spec or keySpec, not both'
      : 'required: give keySpec (or the deprecated spec)',
  SPEC_CAP_BELOW_FLOOR: (p: { floor: string }) => `must not be less than the floor (${p.floor})`,
  SPEC_SHARES_EMPTY: () => 'must name at least one participant',
  /** `first`: the index of the group that has the name already. */
  SPEC_GROUP_TWICE: (p: { group: string; first: number }) =>
    `"${p.group}" is already groups[${p.first}]; each group appears once`,
  /** The fixed shares (`of: 'shares'`) or the group percentages (`of: 'groups'`) and what they add up to. */
  SPEC_NOT_100: (p: { of: 'shares' | 'groups'; sum: string }) =>
    `${p.of === 'shares' ? 'the shares' : 'the group percentages'} must add up to exactly 100 (they add up to ${p.sum})`,
  SPEC_LAST_BAND_OPEN: () =>
    'the last band must be open-ended (no upTo), so that every driver value falls in a band',
  SPEC_BAND_BOUND_REQUIRED: () => 'required (only the last band is open-ended)',
  /** `bound`: "0", or the previous band's bound with its value ("bands[0].upTo (10000)"). */
  SPEC_BAND_BOUND_NOT_RISING: (p: { bound: string }) => `must be greater than ${p.bound}`,
  /** A value of the wrong JSON type where the schema says nothing of its own (zod's words). */
  SPEC_WRONG_TYPE: (p: { expected: string; received: string }) =>
    `Invalid input: expected ${p.expected}, received ${p.received}`,
  /** Any other problem zod finds by itself, in zod's words (`detail`). */
  SPEC_OTHER: (p: { detail: string }) => p.detail,

  // ── Allocation (allocate.ts, drivers.ts, key-plans.ts, split.ts) ──────────────────────────────────────
  EXPLANATION_LANGUAGE: (p: { got: string }) =>
    `the explanation language must be "en" or "nb" (got ${p.got})`,
  PER_UNIT_HAS_NO_TOTAL: () =>
    'PER_UNIT has no fixed total: each participant pays rate × driver; pass null as the total',
  TOTAL_REQUIRED: (p: { method: string }) => `${p.method} splits a fixed total; give one such as "100000.00"`,
  /** `groups`: the key's groups. */
  PARTICIPANT_WITHOUT_GROUP: (p: { participant: string; groups: readonly string[] }) =>
    `participant "${p.participant}" has no group; this TWO_LEVEL key needs one of ${quotedList(p.groups)}`,
  PARTICIPANT_GROUP_UNKNOWN: (p: { participant: string; group: string; groups: readonly string[] }) =>
    `participant "${p.participant}" is in group "${p.group}", which is not in the key (${quotedList(p.groups)})`,
  GROUP_WITHOUT_PARTICIPANT: (p: { group: string; percent: string }) =>
    `group "${p.group}" has no participant, so its ${p.percent} % of the total would be lost`,
  NOT_A_DECIMAL: (p: { got: string }) => `must be a number or decimal string (got ${p.got})`,
  AMOUNT_NOT_A_STRING: (p: { got: string }) =>
    `must be a NOK amount as a string with at most two decimals, such as "1234.50" (got ${p.got})`,
  DRIVER_MISSING: (p: { participant: string; driver: string }) =>
    `participant "${p.participant}" has no "${p.driver}" driver`,
  /** `decimals`: the most decimals a driver may have. */
  DRIVER_NOT_A_NUMBER: (p: { participant: string; driver: string; decimals: number; got: string }) =>
    `participant "${p.participant}" has a "${p.driver}" driver that is not a finite number or decimal string with at most ${p.decimals} decimals (got ${p.got})`,
  /** `value`: the negative driver as given. */
  DRIVER_NEGATIVE: (p: { participant: string; driver: string; value: string }) =>
    `participant "${p.participant}" has a negative "${p.driver}" driver (${p.value}); drivers must be zero or more`,
  NO_PARTICIPANTS: () => 'there must be at least one participant to allocate to',
  PARTICIPANT_ID_MISSING: () => 'every participant needs a non-empty string id',
  /** `first` and `second`: the indexes of the two participants with the id. */
  PARTICIPANT_ID_TWICE: (p: { id: string; first: number; second: number }) =>
    `participant id "${p.id}" appears twice (participants[${p.first}] and participants[${p.second}])`,
  BASE_FEES_EXCEED_TOTAL: (p: { base: string; participants: number; bases: string; total: string }) =>
    `the base fees alone, NOK ${p.base} × ${p.participants} participants = NOK ${p.bases}, exceed the total NOK ${p.total}`,
  /** `amount`: what was to be shared in proportion to the drivers. */
  DRIVERS_ADD_UP_TO_ZERO: (p: { driver: string; participants: number; amount: string }) =>
    `the "${p.driver}" drivers of the ${p.participants} participants add up to zero, so NOK ${p.amount} cannot be shared in proportion to them`,
  DRIVERS_ABOVE_THRESHOLD_ADD_UP_TO_ZERO: (p: { driver: string; threshold: string; amount: string }) =>
    `the "${p.driver}" drivers at or above the free threshold ${p.threshold} add up to zero, so NOK ${p.amount} cannot be shared in proportion to them`,
  BAND_FEES_ADD_UP_TO_ZERO: (p: { amount: string }) =>
    `the band fees of all participants add up to zero, so NOK ${p.amount} cannot be shared in proportion to them`,
  FIXED_SHARE_OF_NON_PARTICIPANT: (p: { participant: string }) =>
    `the fixed shares name "${p.participant}", which is not among the participants`,
  /** `index`: the participant's index in the input. */
  FIXED_SHARE_MISSING: (p: { participant: string; index: number }) =>
    `participant "${p.participant}" (participants[${p.index}]) has no fixed share in the key`,
  FIXED_AMOUNTS_NOT_TOTAL: (p: { sum: string; total: string }) =>
    `the participants' fixed amounts add up to NOK ${p.sum}, not the total NOK ${p.total}`,
  /** `withBaseFees`: the key charges base fees, which count with the floors. */
  FLOORS_EXCEED_TOTAL: (p: { withBaseFees: boolean; payers: number; atLeast: string; total: string }) =>
    `the floors${p.withBaseFees ? ' and base fees' : ''} of the ${p.payers} paying participants add up to at least NOK ${p.atLeast}, more than the total NOK ${p.total}`,
  CAP_BELOW_TOTAL: (p: { cap: string; participants: number; atMost: string; total: string }) =>
    `with a cap of NOK ${p.cap}, the ${p.participants} participants who share by the key can pay at most NOK ${p.atMost} in all, less than the total NOK ${p.total}`,

  // ── NPV (npv.ts) ───────────────────────────────────────────────────────────────────────────────────────
  WHOLE_YEAR: (p: { got: string }) => `must be a whole year (got ${p.got})`,
  YEARLY_FLOWS_LIST: () => 'must be a list of yearly flows',
  FLOW_YEAR: (p: { baseYear: number; got: string }) =>
    `must be a whole year, not before the base year ${p.baseYear} (got ${p.got})`,
  /** `part` of a flow (publicCost, investment, budgetSaving) is larger than its `whole` (cost, benefit). */
  PART_EXCEEDS_WHOLE: (p: { part: string; whole: string }) =>
    `${p.part} is part of ${p.whole} and cannot exceed it`,
  DISCOUNT_PERIODS_EMPTY: () => 'must have at least one period',
  LAST_PERIOD_OPEN: () => 'the last period must be open-ended (no throughYear)',
  PERIOD_END_REQUIRED: () => 'required (only the last period is open-ended)',
  WHOLE_YEAR_AFTER: (p: { year: number }) => `must be a whole year after ${p.year}`,

  // ── Net positions (net-positions.ts) ───────────────────────────────────────────────────────────────────
  ORGANISATION_ID_EMPTY: () => 'must be a non-empty organisation id',
  NOT_AN_ADMINISTRATIVE_LEVEL: () => 'must be an administrative level',
  ORGANISATION_LEVEL_DIFFERS: (p: { organisation: string; elsewhere: string; here: string }) =>
    `organisation "${p.organisation}" is given as ${p.elsewhere} elsewhere and as ${p.here} here`,

  // ── Payments (payments.ts) ─────────────────────────────────────────────────────────────────────────────
  /** `got`: the initiative id given, as JSON. */
  INITIATIVE_NOT_LISTED: (p: { got: string }) => `must be one of the initiatives given (got ${p.got})`,
  /** `got`: the scheme given, as JSON. */
  NOT_A_FUNDING_SCHEME: (p: { got: string }) =>
    `must be a funding scheme: OWN_BUDGET, CO_FINANCING, DIGIFIN, STIMULAB or OTHER (got ${p.got})`,
  PAYING_ORGANISATION_NEEDS_OWN_BUDGET: (p: { scheme: string }) =>
    `only an own-budget item names a paying organisation; ${p.scheme} is paid by the scheme`,

  // ── Realisation (realisation.ts) ───────────────────────────────────────────────────────────────────────
  /** `got`: the value given, as JSON. */
  NOT_A_DATE: (p: { got: string }) => `must be a date as "YYYY-MM-DD" (got ${p.got})`,
  DATES_LIST: () => 'must be a list of dates',
  /** `got`: the direction given, as JSON. */
  INDICATOR_KIND: (p: { got: string }) => `must be RATE or PERIOD_TOTAL (got ${p.got})`,
  DIRECTION: (p: { got: string }) => `must be INCREASE or DECREASE (got ${p.got})`,
  DATED_VALUES_LIST: () => 'must be a list of { date, value }',
  AFTER_BASELINE_DATE: () => 'must be after the baseline date',
  /** `target`: the previous target ("targets[0]"). */
  AFTER_TARGET_DATE: (p: { target: string }) => `must be after the date of ${p.target}`,
  AMBER_ABOVE_GREEN: () => 'must not be above greenAt',
  MEASUREMENTS_ON_SAME_DATE: (p: { date: string }) =>
    `two measurements on ${p.date}; keep one per date so the result does not depend on their order`,
  /** The funding plan was given a scheme it does not know (`got` quoted). */
  FUNDING_SCHEME_UNKNOWN: (p: { got: string }) =>
    `must be one of CO_FINANCING, DIGIFIN, STIMULAB, OWN_BUDGET, OTHER (got ${p.got})`,
  /** The funding plan was given a year that is not a whole number. */
  FUNDING_YEAR_NOT_INTEGER: (p: { got: string }) => `must be a whole year (got ${p.got})`,
};
