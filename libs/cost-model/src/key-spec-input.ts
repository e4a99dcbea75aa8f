/**
 * The typed key specification of the GraphQL API (KeySpecInput, issue 19): a `method` and exactly the
 * sub-input of that method (`perUnit` for PER_UNIT, none for EQUAL, …). It is turned into the JSON key
 * specification every other path uses and validated by the same schema (parseKeySpec), so the typed and
 * the JSON input obey one set of rules.
 */
import {
  type CostSharingKeySpec,
  type CostSharingMethod,
  type GroupKeySpec,
  type Message,
  msg,
  renderMessage,
} from '@gevinst/domain';
import type { KeySpecIssue } from './errors';
import { invalidSpec, parseKeySpec } from './key-spec-schema';

export interface TaggedKeySpec {
  /** A CostSharingMethod; a string so that an unknown one reaches the schema and its message. */
  method: string;
  floor?: string | null;
  cap?: string | null;
  proportional?: { driver: string } | null;
  perUnit?: { driver: string; rate: string } | null;
  fixedShares?: { shares: { participantId: string; percent: string }[] } | null;
  basePlusProportional?: { base: string; driver: string } | null;
  bands?: { driver: string; bands: { upTo?: string | null; fee: string }[] } | null;
  freeThreshold?: { driver: string; threshold: string } | null;
  twoLevel?: { groups: { group: string; percent: string; key: TaggedKeySpec }[] } | null;
}

type SubInput = Exclude<keyof TaggedKeySpec, 'method' | 'floor' | 'cap'>;

/** The sub-input each method takes; EQUAL has no parameters of its own. */
export const KEY_SPEC_SUB_INPUTS: Record<CostSharingMethod, SubInput | null> = {
  EQUAL: null,
  PROPORTIONAL: 'proportional',
  PER_UNIT: 'perUnit',
  FIXED_SHARES: 'fixedShares',
  BASE_PLUS_PROPORTIONAL: 'basePlusProportional',
  BANDS: 'bands',
  FREE_THRESHOLD: 'freeThreshold',
  TWO_LEVEL: 'twoLevel',
};
const ALL_SUB_INPUTS = Object.values(KEY_SPEC_SUB_INPUTS).filter(
  (field): field is SubInput => field !== null,
);

const given = (value: unknown): boolean => value !== undefined && value !== null;

/** The problems of the tagging itself (a missing or a foreign sub-input), with their paths. */
function taggingIssues(input: TaggedKeySpec, path: string): KeySpecIssue[] {
  const issues: KeySpecIssue[] = [];
  const issue = (at: string, problem: Message) =>
    issues.push({ path: at, message: renderMessage(problem, 'en'), problem });
  const own = KEY_SPEC_SUB_INPUTS[input.method as CostSharingMethod] as SubInput | null | undefined;
  // An unknown method is the schema's to report (SPEC_METHOD_UNKNOWN); GraphQL's enum already stops it.
  if (own === undefined) return issues;
  const at = (field: string) => (path ? `${path}.${field}` : field);
  if (own !== null && !given(input[own])) {
    issue(at(own), msg('SPEC_SUB_INPUT_REQUIRED', { method: input.method, field: own }));
  }
  for (const field of ALL_SUB_INPUTS) {
    if (field !== own && given(input[field])) {
      issue(at(field), msg('SPEC_SUB_INPUT_OTHER_METHOD', { method: input.method }));
    }
  }
  const seen = new Set<string>();
  (input.fixedShares?.shares ?? []).forEach((share, index) => {
    if (seen.has(share.participantId)) {
      issue(at(`fixedShares.shares[${index}].participantId`), msg('SPEC_SHARE_DUPLICATE'));
    }
    seen.add(share.participantId);
  });
  (input.twoLevel?.groups ?? []).forEach((group, index) => {
    issues.push(...taggingIssues(group.key, at(`twoLevel.groups[${index}].key`)));
  });
  return issues;
}

/** The JSON key specification the tagged input describes (not yet validated). */
export function keySpecJson(input: TaggedKeySpec): Record<string, unknown> {
  const spec: Record<string, unknown> = { method: input.method };
  const own = KEY_SPEC_SUB_INPUTS[input.method as CostSharingMethod];
  const sub = own ? input[own] : null;
  if (sub && own === 'fixedShares') {
    spec.shares = Object.fromEntries(input.fixedShares!.shares.map((s) => [s.participantId, s.percent]));
  } else if (sub && own === 'bands') {
    spec.driver = input.bands!.driver;
    spec.bands = input.bands!.bands.map((band) =>
      given(band.upTo) ? { upTo: band.upTo, fee: band.fee } : { fee: band.fee },
    );
  } else if (sub && own === 'twoLevel') {
    spec.groups = input.twoLevel!.groups.map((group) => ({
      group: group.group,
      percent: group.percent,
      key: keySpecJson(group.key),
    }));
  } else if (sub) {
    Object.assign(spec, sub);
  }
  if (given(input.floor)) spec.floor = input.floor;
  if (given(input.cap)) spec.cap = input.cap;
  return spec;
}

/** A decimal of the JSON specification as text: band bounds and thresholds may be stored as numbers. */
const decimalText = (value: string | number): string => String(value);

/**
 * The typed key specification of a JSON one: the inverse of keySpecJson, for the typed output of the API
 * (KeySpec, issue 19). It maps the shape only and does not validate: a stored key was validated when it was
 * written, and a run keeps its key as it was even if the rules have since changed. An absent floor, cap or
 * band bound is left out, as keySpecJson leaves it out; numbers (a band bound, a threshold) become text.
 */
export function taggedKeySpecOf(spec: CostSharingKeySpec | GroupKeySpec): TaggedKeySpec {
  const tagged: TaggedKeySpec = { method: spec.method };
  switch (spec.method) {
    case 'EQUAL':
      break;
    case 'PROPORTIONAL':
      tagged.proportional = { driver: spec.driver };
      break;
    case 'PER_UNIT':
      tagged.perUnit = { driver: spec.driver, rate: spec.rate };
      break;
    case 'FIXED_SHARES':
      tagged.fixedShares = {
        shares: Object.entries(spec.shares).map(([participantId, percent]) => ({ participantId, percent })),
      };
      break;
    case 'BASE_PLUS_PROPORTIONAL':
      tagged.basePlusProportional = { base: spec.base, driver: spec.driver };
      break;
    case 'BANDS':
      tagged.bands = {
        driver: spec.driver,
        bands: spec.bands.map((band) =>
          band.upTo === undefined || band.upTo === null
            ? { fee: band.fee }
            : { upTo: decimalText(band.upTo), fee: band.fee },
        ),
      };
      break;
    case 'FREE_THRESHOLD':
      tagged.freeThreshold = { driver: spec.driver, threshold: decimalText(spec.threshold) };
      break;
    case 'TWO_LEVEL':
      tagged.twoLevel = {
        groups: spec.groups.map((group) => ({
          group: group.group,
          percent: group.percent,
          key: taggedKeySpecOf(group.key),
        })),
      };
      break;
  }
  if (given(spec.floor)) tagged.floor = spec.floor;
  if (given(spec.cap)) tagged.cap = spec.cap;
  return tagged;
}

/**
 * The validated key specification of a typed input: exactly the sub-input of its method, then every rule
 * of parseKeySpec. Throws CostModelError INVALID_SPEC with every problem and its path.
 */
export function parseTaggedKeySpec(input: TaggedKeySpec): CostSharingKeySpec {
  const issues = taggingIssues(input, '');
  if (issues.length > 0) throw invalidSpec(issues);
  return parseKeySpec(keySpecJson(input));
}
