/**
 * Cost-sharing key specifications (fordelingsnøkler), shared by the API, the admin UI and
 * `@gevinst/cost-model`, which validates them (`costSharingKeySpecSchema`, `parseKeySpec`) and computes
 * the allocations (`allocate`).
 *
 * A key is plain JSON so it can be stored in a column and sent over GraphQL as it is. Conventions:
 * - NOK amounts (`base`, `fee`, `floor`, `cap`) are decimal strings with at most two decimals ("5000.00").
 * - Rates (`rate`, NOK per driver unit) and percentages (`percent`, `shares`) are decimal strings and may
 *   have more decimals ("0.125", "33.3333").
 * - Driver quantities (`threshold`, `upTo`) are non-negative numbers or decimal strings ("10000", "2.5").
 * - A driver is named freely ("population", "transactions", "users"); each participant supplies its
 *   value in `drivers[name]`.
 */

/** Every method, in the order the UI presents them. */
export const COST_SHARING_METHODS = [
  'EQUAL',
  'PROPORTIONAL',
  'PER_UNIT',
  'FIXED_SHARES',
  'BASE_PLUS_PROPORTIONAL',
  'BANDS',
  'FREE_THRESHOLD',
  'TWO_LEVEL',
] as const;

export type CostSharingMethod = (typeof COST_SHARING_METHODS)[number];

/** A decimal string, e.g. "5000.00" for an amount or "25.5" for a percentage. */
export type DecimalString = string;

/** A driver quantity or band bound: a non-negative number or decimal string. */
export type DriverQuantity = number | string;

/**
 * Optional on every method that splits a fixed total: the least and the most any one participant pays.
 * Participants the key itself exempts (weight zero and no base fee) stay at zero and are not floored.
 * The difference made by floors and caps is re-shared among the other participants by the same key.
 */
export interface FloorAndCap {
  floor?: DecimalString;
  cap?: DecimalString;
}

/** `share_i = 1 / n`. */
export interface EqualKeySpec extends FloorAndCap {
  method: 'EQUAL';
}

/** `share_i = d_i / Σd` for the named driver. */
export interface ProportionalKeySpec extends FloorAndCap {
  method: 'PROPORTIONAL';
  driver: string;
}

/** No fixed total: each participant pays `rate × d_i`, rounded to the øre (DigiFin: NOK 20 per inhabitant). */
export interface PerUnitKeySpec extends FloorAndCap {
  method: 'PER_UNIT';
  driver: string;
  rate: DecimalString;
}

/** Agreed percentages per participant id; they sum to exactly 100 and name exactly the participants. */
export interface FixedSharesKeySpec extends FloorAndCap {
  method: 'FIXED_SHARES';
  shares: Record<string, DecimalString>;
}

/** Each pays `base`, and `total − n × base` is shared in proportion to the driver. */
export interface BasePlusProportionalKeySpec extends FloorAndCap {
  method: 'BASE_PLUS_PROPORTIONAL';
  base: DecimalString;
  driver: string;
}

/** One fee band: drivers below `upTo` (exclusive) and at or above the previous band's `upTo`. */
export interface FeeBand {
  /** Exclusive upper bound; every band but the last has one, the last has none. */
  upTo?: DriverQuantity;
  fee: DecimalString;
}

/** A fee by band of the driver; without a total each pays its fee, with a total the fees are the weights. */
export interface BandsKeySpec extends FloorAndCap {
  method: 'BANDS';
  driver: string;
  bands: FeeBand[];
}

/** Drivers below `threshold` pay nothing; the others share the total in proportion to their driver. */
export interface FreeThresholdKeySpec extends FloorAndCap {
  method: 'FREE_THRESHOLD';
  driver: string;
  threshold: DriverQuantity;
}

/** A key usable inside a TWO_LEVEL group: any method that splits a fixed total, except TWO_LEVEL itself. */
export type GroupKeySpec =
  | EqualKeySpec
  | ProportionalKeySpec
  | FixedSharesKeySpec
  | BasePlusProportionalKeySpec
  | BandsKeySpec
  | FreeThresholdKeySpec;

/**
 * The methods of GroupKeySpec, in the order of COST_SHARING_METHODS: the one list the key schema
 * (libs/cost-model), its messages and the admin's key form use for a TWO_LEVEL group's own key.
 */
export const TWO_LEVEL_GROUP_METHODS: readonly GroupKeySpec['method'][] = COST_SHARING_METHODS.filter(
  (method): method is GroupKeySpec['method'] => method !== 'PER_UNIT' && method !== 'TWO_LEVEL',
);

export interface TwoLevelGroupSpec {
  /** Matches the participants' `group`, e.g. "CENTRAL" or "LOCAL". */
  group: string;
  /** The group's percentage of the total; the groups' percentages sum to exactly 100. */
  percent: DecimalString;
  key: GroupKeySpec;
}

/**
 * The total is first split between groups by their percentages, then within each group by its key.
 * A `floor` or `cap` here applies inside every group whose key does not set its own.
 */
export interface TwoLevelKeySpec extends FloorAndCap {
  method: 'TWO_LEVEL';
  groups: TwoLevelGroupSpec[];
}

export type CostSharingKeySpec =
  | EqualKeySpec
  | ProportionalKeySpec
  | PerUnitKeySpec
  | FixedSharesKeySpec
  | BasePlusProportionalKeySpec
  | BandsKeySpec
  | FreeThresholdKeySpec
  | TwoLevelKeySpec;

/** Whether a method needs a fixed total to split, must not have one, or works either way. */
export type CostSharingTotalRule = 'REQUIRED' | 'FORBIDDEN' | 'OPTIONAL';

/**
 * PER_UNIT computes each amount from its rate, so it takes no total; BANDS charges the band fees without a
 * total or uses them as weights to split one; every other method splits a fixed total.
 */
export function costSharingTotalRule(method: CostSharingMethod): CostSharingTotalRule {
  if (method === 'PER_UNIT') return 'FORBIDDEN';
  if (method === 'BANDS') return 'OPTIONAL';
  return 'REQUIRED';
}

/** The names of the drivers a key reads from the participants, in the order they appear in the key. */
export function driversUsedBy(key: CostSharingKeySpec): string[] {
  switch (key.method) {
    case 'EQUAL':
    case 'FIXED_SHARES':
      return [];
    case 'TWO_LEVEL':
      return [...new Set(key.groups.flatMap((group) => driversUsedBy(group.key)))];
    default:
      return [key.driver];
  }
}
