/**
 * Validation of cost-sharing key specifications (the types live in `@gevinst/domain`). The schema checks
 * the shape (strict: an unknown field such as a misspelt "drivr" is an error) and the arithmetic rules a
 * key must obey on its own: fixed shares and group percentages add up to exactly 100, band bounds rise,
 * a floor is not above the cap. Rules that depend on the participants (every participant has a share,
 * every group has a participant) are checked by `allocate`.
 */
import { z } from 'zod';
import {
  COST_SHARING_METHODS,
  type CostSharingKeySpec,
  type GroupKeySpec,
  TWO_LEVEL_GROUP_METHODS,
  type Message,
  msg,
  renderMessage,
} from '@gevinst/domain';
import { CostModelError, type KeySpecIssue } from './errors';
import { Dec, compareDec, formatDec, parseDecimal, rescale } from './money';

const AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;
const RATE = /^\d{1,15}(\.\d{1,20})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,10})?$/;

/**
 * zod carries an issue's message as text only, but the schema's problems are message codes. While
 * parseKeySpec runs, every text the schema writes is noted with the message it renders, so the issues are
 * read back as messages; the schema used by itself simply writes the English.
 */
let noted: Map<string, Message> | null = null;

/** The English of `message` for zod, noted for parseKeySpec. */
function say(message: Message): string {
  const text = renderMessage(message, 'en');
  noted?.set(text, message);
  return text;
}

type IssueLike = { input?: unknown };
const orRequired = (message: Message) => (issue: IssueLike) =>
  say(issue.input === undefined ? msg('SPEC_REQUIRED') : message);

const amount = (example: string) =>
  z
    .string({ error: orRequired(msg('SPEC_AMOUNT_NOT_A_STRING', { example })) })
    .regex(AMOUNT, { error: () => say(msg('SPEC_AMOUNT_FORMAT', { example })) });

const rate = z
  .string({ error: orRequired(msg('SPEC_RATE_NOT_A_STRING')) })
  .regex(RATE, { error: () => say(msg('SPEC_RATE_FORMAT')) });

const percent = (of: 'share' | 'group') =>
  z
    .string({ error: orRequired(msg('SPEC_PERCENT_NOT_A_STRING', { of })) })
    .regex(PERCENT, { error: () => say(msg('SPEC_PERCENT_FORMAT', { of })) });

const driverName = z
  .string({ error: orRequired(msg('SPEC_DRIVER_NAME')) })
  .regex(/\S/, { error: () => say(msg('SPEC_DRIVER_NAME')) });

const quantity = z.custom<number | string>(
  (value) => {
    const parsed = parseDecimal(value);
    return parsed !== null && parsed.units >= 0n;
  },
  { error: orRequired(msg('SPEC_QUANTITY')) },
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
    z.string().regex(/\S/, { error: () => say(msg('SPEC_PARTICIPANT_ID_EMPTY')) }),
    percent('share'),
    { error: orRequired(msg('SPEC_SHARES_OBJECT')) },
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
      error: orRequired(msg('SPEC_BANDS_LIST')),
    })
    .min(1, { error: () => say(msg('SPEC_BANDS_EMPTY')) }),
  ...floorAndCap,
});
const freeThresholdSchema = z.strictObject({
  method: z.literal('FREE_THRESHOLD'),
  driver: driverName,
  threshold: quantity,
  ...floorAndCap,
});

const methodError =
  (methods: readonly string[], inGroup: boolean) => (issue: { code?: string; input?: unknown }) => {
    if (issue.code === 'invalid_type') return say(msg('SPEC_METHOD_OBJECT'));
    const given = (issue.input as { method?: unknown } | undefined)?.method;
    if (given === undefined) return say(msg('SPEC_METHOD_REQUIRED', { methods }));
    return say(msg('SPEC_METHOD_UNKNOWN', { methods, inGroup, got: String(JSON.stringify(given)) }));
  };

const groupKeySchema = z.discriminatedUnion(
  'method',
  [equalSchema, proportionalSchema, fixedSharesSchema, basePlusSchema, bandsSchema, freeThresholdSchema],
  { error: methodError(TWO_LEVEL_GROUP_METHODS, true) },
);

const twoLevelSchema = z.strictObject({
  method: z.literal('TWO_LEVEL'),
  groups: z
    .array(
      z.strictObject({
        group: z
          .string({ error: orRequired(msg('SPEC_GROUP_NAME')) })
          .regex(/\S/, { error: () => say(msg('SPEC_GROUP_NAME')) }),
        percent: percent('group'),
        key: groupKeySchema,
      }),
      { error: orRequired(msg('SPEC_GROUPS_LIST')) },
    )
    .min(1, { error: () => say(msg('SPEC_GROUPS_EMPTY')) }),
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
    { error: methodError(COST_SHARING_METHODS, false) },
  )
  .superRefine((spec, context) => {
    for (const { path, problem } of keyRuleProblems(spec))
      context.addIssue({ code: 'custom', path, message: say(problem) });
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
  problem: Message;
}

/** The arithmetic rules a well-formed key must obey on its own. */
function keyRuleProblems(spec: CostSharingKeySpec | GroupKeySpec, at: Path = []): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (spec.floor !== undefined && spec.cap !== undefined && amountOre(spec.cap) < amountOre(spec.floor)) {
    problems.push({ path: [...at, 'cap'], problem: msg('SPEC_CAP_BELOW_FLOOR', { floor: spec.floor }) });
  }
  switch (spec.method) {
    case 'FIXED_SHARES': {
      const values = Object.values(spec.shares);
      if (values.length === 0) problems.push({ path: [...at, 'shares'], problem: msg('SPEC_SHARES_EMPTY') });
      else problems.push(...sumTo100(values, [...at, 'shares'], 'shares'));
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
            problem: msg('SPEC_GROUP_TWICE', { group: group.group, first }),
          });
        } else seen.set(group.group, index);
        problems.push(...keyRuleProblems(group.key, [...at, 'groups', index, 'key']));
      });
      problems.push(
        ...sumTo100(
          spec.groups.map((group) => group.percent),
          [...at, 'groups'],
          'groups',
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

function sumTo100(values: string[], path: Path, of: 'shares' | 'groups'): RuleProblem[] {
  const parsed = values.map((value) => parseDecimal(value) as Dec);
  const scale = Math.max(0, ...parsed.map((value) => value.scale));
  const sum = parsed.reduce((total, value) => total + rescale(value, scale), 0n);
  if (sum === 100n * 10n ** BigInt(scale)) return [];
  const sumText = formatDec({ units: sum, scale });
  return [{ path, problem: msg('SPEC_NOT_100', { of, sum: sumText }) }];
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
          problem: msg('SPEC_LAST_BAND_OPEN'),
        });
      }
      return;
    }
    if (band.upTo === undefined) {
      problems.push({
        path: [...path, index, 'upTo'],
        problem: msg('SPEC_BAND_BOUND_REQUIRED'),
      });
      return;
    }
    const upTo = parseDecimal(band.upTo) as Dec;
    if (compareDec(upTo, previous) <= 0) {
      const bound = index === 0 ? '0' : `bands[${index - 1}].upTo (${previousText})`;
      problems.push({
        path: [...path, index, 'upTo'],
        problem: msg('SPEC_BAND_BOUND_NOT_RISING', { bound }),
      });
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

/** zod's name for the JSON type of `input`, as its English messages write it ("string", "array", "null"). */
function receivedType(input: unknown): string {
  const type = z.core.util.parsedType(input);
  if (type === 'nan') return 'NaN';
  return type === 'number' && !Number.isFinite(input) ? String(input) : type;
}

/**
 * What zod says by itself where the schema has no words of its own (a band or a group that is not an
 * object), as messages: a value of the wrong type is SPEC_WRONG_TYPE; anything else keeps zod's English.
 */
function zodsOwn(issue: z.core.$ZodRawIssue): string {
  if (issue.code === 'invalid_type')
    return say(
      msg('SPEC_WRONG_TYPE', { expected: String(issue.expected), received: receivedType(issue.input) }),
    );
  const own = z.config().localeError?.(issue);
  const detail = (typeof own === 'string' ? own : own?.message) ?? 'Invalid input';
  return say(msg('SPEC_OTHER', { detail }));
}

/** `path: problem`, or the problem alone for the key as a whole, in `language`. */
function withPath(issue: KeySpecIssue, language: 'en' | 'nb'): string {
  const text = renderMessage(issue.problem, language);
  return issue.path === '' ? text : `${issue.path}: ${text}`;
}

/**
 * Validates a key specification (an object, or JSON text) and returns it typed.
 * @throws CostModelError INVALID_SPEC whose message lists every problem as "path: message", e.g.
 *   `groups[1].key.driver: required`, and whose `issues` holds them one by one, each with its code.
 */
export function parseKeySpec(json: unknown): CostSharingKeySpec {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch {
      throw new CostModelError('INVALID_SPEC', msg('SPEC_NOT_JSON'));
    }
  }
  const said = new Map<string, Message>();
  noted = said;
  let result: ReturnType<typeof costSharingKeySpecSchema.safeParse>;
  try {
    result = costSharingKeySpecSchema.safeParse(value, { error: zodsOwn });
    // zod writes the issues' messages when `error` is first read: read it while the texts are noted.
    if (!result.success) void result.error.issues;
  } finally {
    noted = null;
  }
  if (result.success) return result.data;
  const issues: KeySpecIssue[] = [];
  const issue = (path: readonly PropertyKey[], problem: Message): void => {
    issues.push({ path: formatPath(path), message: renderMessage(problem, 'en'), problem });
  };
  for (const found of result.error.issues) {
    if (found.code === 'unrecognized_keys') {
      for (const key of found.keys) issue([...found.path, key], msg('SPEC_UNKNOWN_FIELD'));
    } else {
      issue(found.path, said.get(found.message) ?? msg('SPEC_OTHER', { detail: found.message }));
    }
  }
  throw invalidSpec(issues);
}

/** The INVALID_SPEC error listing `issues` (each "path: problem") in English and in Norwegian. */
export function invalidSpec(issues: KeySpecIssue[]): CostModelError {
  return new CostModelError(
    'INVALID_SPEC',
    msg('SPEC_INVALID', {
      problems: issues.map((each) => withPath(each, 'en')),
      problemsNb: issues.map((each) => withPath(each, 'nb')),
    }),
    undefined,
    issues,
  );
}
