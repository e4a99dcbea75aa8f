/**
 * Validation of cost-sharing key specifications (the types live in `@gevinst/domain`). The schema checks
 * the shape (strict: an unknown field such as a misspelt "drivr" is an error) and the arithmetic rules a
 * key must obey on its own: fixed shares and group percentages add up to exactly 100, band bounds rise,
 * a floor is not above the cap. Rules that depend on the participants (every participant has a share,
 * every group has a participant) are checked by `allocate`.
 */
import { z } from 'zod';
import type { CostSharingKeySpec, GroupKeySpec } from '@gevinst/domain';
import { CostModelError } from './errors';
import { Dec, compareDec, formatDec, parseDecimal, rescale } from './money';

const AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;
const RATE = /^\d{1,15}(\.\d{1,20})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,10})?$/;

type IssueLike = { input?: unknown };
const orRequired = (message: string) => (issue: IssueLike) =>
  issue.input === undefined ? 'required' : message;

const amount = (example: string) =>
  z
    .string({ error: orRequired(`must be a NOK amount as a string, such as "${example}"`) })
    .regex(AMOUNT, { error: `must be a NOK amount with at most two decimals, such as "${example}"` });

const rate = z
  .string({ error: orRequired('must be a rate in NOK per unit as a string, such as "20.00" or "0.125"') })
  .regex(RATE, { error: 'must be a non-negative rate in NOK per unit, such as "20.00" or "0.125"' });

const percent = (what: string) =>
  z
    .string({ error: orRequired(`must be ${what} as a string, such as "25.5"`) })
    .regex(PERCENT, { error: `must be ${what} with at most 10 decimals, such as "25.5"` });

const driverName = z
  .string({ error: orRequired('must name a driver, such as "population"') })
  .regex(/\S/, { error: 'must name a driver, such as "population"' });

const quantity = z.custom<number | string>(
  (value) => {
    const parsed = parseDecimal(value);
    return parsed !== null && parsed.units >= 0n;
  },
  { error: orRequired('must be a non-negative number or decimal string, such as 10000') },
);

const floorAndCap = { floor: amount('1000.00').optional(), cap: amount('50000.00').optional() };

const equalSchema = z.strictObject({ method: z.literal('EQUAL'), ...floorAndCap });
const proportionalSchema = z.strictObject({
  method: z.literal('PROPORTIONAL'),
  driver: driverName,
  ...floorAndCap,
});
const perUnitSchema = z.strictObject({
  method: z.literal('PER_UNIT'),
  driver: driverName,
  rate,
  ...floorAndCap,
});
const fixedSharesSchema = z.strictObject({
  method: z.literal('FIXED_SHARES'),
  shares: z.record(
    z.string().regex(/\S/, { error: 'a participant id must not be empty' }),
    percent('a percentage'),
    {
      error: orRequired(
        'must be an object of percentages by participant id, such as { "958935420": "25.5" }',
      ),
    },
  ),
  ...floorAndCap,
});
const basePlusSchema = z.strictObject({
  method: z.literal('BASE_PLUS_PROPORTIONAL'),
  base: amount('5000.00'),
  driver: driverName,
  ...floorAndCap,
});
const bandsSchema = z.strictObject({
  method: z.literal('BANDS'),
  driver: driverName,
  bands: z
    .array(z.strictObject({ upTo: quantity.optional(), fee: amount('10000.00') }), {
      error: orRequired(
        'must be a list of bands such as [{ "upTo": 10000, "fee": "10000.00" }, { "fee": "20000.00" }]',
      ),
    })
    .min(1, { error: 'must have at least one band' }),
  ...floorAndCap,
});
const freeThresholdSchema = z.strictObject({
  method: z.literal('FREE_THRESHOLD'),
  driver: driverName,
  threshold: quantity,
  ...floorAndCap,
});

const GROUP_METHODS = [
  'EQUAL',
  'PROPORTIONAL',
  'FIXED_SHARES',
  'BASE_PLUS_PROPORTIONAL',
  'BANDS',
  'FREE_THRESHOLD',
];
const ALL_METHODS = [...GROUP_METHODS.slice(0, 2), 'PER_UNIT', ...GROUP_METHODS.slice(2), 'TWO_LEVEL'];

const methodError = (methods: string[], extra: string) => (issue: { code?: string; input?: unknown }) => {
  if (issue.code === 'invalid_type') return 'must be an object with a "method"';
  const given = (issue.input as { method?: unknown } | undefined)?.method;
  if (given === undefined) return `required: one of ${methods.join(', ')}`;
  return `must be one of ${methods.join(', ')}${extra} (got ${JSON.stringify(given)})`;
};

const groupKeySchema = z.discriminatedUnion(
  'method',
  [equalSchema, proportionalSchema, fixedSharesSchema, basePlusSchema, bandsSchema, freeThresholdSchema],
  { error: methodError(GROUP_METHODS, '; PER_UNIT and TWO_LEVEL cannot be used inside a group') },
);

const twoLevelSchema = z.strictObject({
  method: z.literal('TWO_LEVEL'),
  groups: z
    .array(
      z.strictObject({
        group: z
          .string({ error: orRequired('must name the group, such as "LOCAL"') })
          .regex(/\S/, { error: 'must name the group, such as "LOCAL"' }),
        percent: percent("the group's percentage"),
        key: groupKeySchema,
      }),
      {
        error: orRequired(
          'must be a list of groups such as [{ "group": "LOCAL", "percent": "50", "key": {...} }]',
        ),
      },
    )
    .min(1, { error: 'must have at least one group' }),
  ...floorAndCap,
});

/** The zod schema for a cost-sharing key (any method); its output type is `CostSharingKeySpec`. */
export const costSharingKeySpecSchema = z
  .discriminatedUnion(
    'method',
    [
      equalSchema,
      proportionalSchema,
      perUnitSchema,
      fixedSharesSchema,
      basePlusSchema,
      bandsSchema,
      freeThresholdSchema,
      twoLevelSchema,
    ],
    { error: methodError(ALL_METHODS, '') },
  )
  .superRefine((spec, context) => {
    for (const { path, message } of keyRuleProblems(spec))
      context.addIssue({ code: 'custom', path, message });
  });

// The schema's output and the shared domain types must describe the same JSON, in both directions.
type SchemaOutput = z.output<typeof costSharingKeySpecSchema>;
type Agree<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const schemaMatchesDomainTypes: Agree<SchemaOutput, CostSharingKeySpec> = true;
const groupSchemaMatchesDomainTypes: Agree<z.output<typeof groupKeySchema>, GroupKeySpec> = true;
void schemaMatchesDomainTypes;
void groupSchemaMatchesDomainTypes;

type Path = (string | number)[];
interface RuleProblem {
  path: Path;
  message: string;
}

/** The arithmetic rules a well-formed key must obey on its own. */
function keyRuleProblems(spec: CostSharingKeySpec | GroupKeySpec, at: Path = []): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (spec.floor !== undefined && spec.cap !== undefined && amountOre(spec.cap) < amountOre(spec.floor)) {
    problems.push({ path: [...at, 'cap'], message: `must not be less than the floor (${spec.floor})` });
  }
  switch (spec.method) {
    case 'FIXED_SHARES': {
      const values = Object.values(spec.shares);
      if (values.length === 0)
        problems.push({ path: [...at, 'shares'], message: 'must name at least one participant' });
      else problems.push(...sumTo100(values, [...at, 'shares'], 'the shares'));
      break;
    }
    case 'BANDS':
      problems.push(...bandProblems(spec.bands, [...at, 'bands']));
      break;
    case 'TWO_LEVEL': {
      const seen = new Map<string, number>();
      spec.groups.forEach((group, index) => {
        const first = seen.get(group.group);
        if (first !== undefined) {
          problems.push({
            path: [...at, 'groups', index, 'group'],
            message: `"${group.group}" is already groups[${first}]; each group appears once`,
          });
        } else seen.set(group.group, index);
        problems.push(...keyRuleProblems(group.key, [...at, 'groups', index, 'key']));
      });
      problems.push(
        ...sumTo100(
          spec.groups.map((group) => group.percent),
          [...at, 'groups'],
          'the group percentages',
        ),
      );
      break;
    }
    default:
      break;
  }
  return problems;
}

function amountOre(value: string): bigint {
  return rescale(parseDecimal(value) as Dec, 2);
}

function sumTo100(values: string[], path: Path, what: string): RuleProblem[] {
  const parsed = values.map((value) => parseDecimal(value) as Dec);
  const scale = Math.max(0, ...parsed.map((value) => value.scale));
  const sum = parsed.reduce((total, value) => total + rescale(value, scale), 0n);
  if (sum === 100n * 10n ** BigInt(scale)) return [];
  const sumText = formatDec({ units: sum, scale });
  return [{ path, message: `${what} must add up to exactly 100 (they add up to ${sumText})` }];
}

function bandProblems(bands: { upTo?: number | string; fee: string }[], path: Path): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const last = bands.length - 1;
  let previous: Dec = { units: 0n, scale: 0 };
  let previousText = '0';
  bands.forEach((band, index) => {
    if (index === last) {
      if (band.upTo !== undefined) {
        problems.push({
          path: [...path, index, 'upTo'],
          message: 'the last band must be open-ended (no upTo), so that every driver value falls in a band',
        });
      }
      return;
    }
    if (band.upTo === undefined) {
      problems.push({
        path: [...path, index, 'upTo'],
        message: 'required (only the last band is open-ended)',
      });
      return;
    }
    const upTo = parseDecimal(band.upTo) as Dec;
    if (compareDec(upTo, previous) <= 0) {
      const bound = index === 0 ? '0' : `bands[${index - 1}].upTo (${previousText})`;
      problems.push({ path: [...path, index, 'upTo'], message: `must be greater than ${bound}` });
    }
    previous = upTo;
    previousText = formatDec(upTo);
  });
  return problems;
}

/** `["groups", 1, "key", "driver"]` → `groups[1].key.driver`; odd keys are quoted: `shares["Oslo kommune"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part))
      text += text === '' ? part : `.${part}`;
    else text += `[${JSON.stringify(String(part))}]`;
  }
  return text;
}

export interface KeySpecIssue {
  /** e.g. "groups[1].key.driver"; empty for the key as a whole */
  path: string;
  message: string;
}

/**
 * Validates a key specification (an object, or JSON text) and returns it typed.
 * @throws CostModelError INVALID_SPEC whose message lists every problem as "path: message", e.g.
 *   `groups[1].key.driver: required`, and whose `issues` holds them one by one.
 */
export function parseKeySpec(json: unknown): CostSharingKeySpec {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch {
      throw new CostModelError('INVALID_SPEC', 'the key specification is not valid JSON');
    }
  }
  const result = costSharingKeySpecSchema.safeParse(value);
  if (result.success) return result.data;
  const issues: KeySpecIssue[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({ path: formatPath([...issue.path, key]), message: 'unknown field' });
      }
    } else {
      issues.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  const message = issues.map((issue) =>
    issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`,
  );
  throw new CostModelError(
    'INVALID_SPEC',
    `invalid cost-sharing key: ${message.join('; ')}`,
    undefined,
    issues,
  );
}
