/**
 * The key editor's form values ↔ the key specification JSON (@gevinst/domain's CostSharingKeySpec,
 * documented in libs/cost-model/README.md). The form keeps what people type ("1 000,50", "0,125"); the
 * spec gets the API's decimal strings. A value that cannot be read is sent as typed, so the API's
 * message appears next to the field (the API names the path, e.g. spec.bands[1].fee).
 */
import { COST_SHARING_METHODS, type CostSharingMethod, TWO_LEVEL_GROUP_METHODS } from '@gevinst/domain';
import { parseDecimalInput, parseNokInput } from '../format';

type Json = Record<string, unknown>;

export interface BandValues {
  upTo?: string | number | null;
  fee?: string | null;
}

export interface GroupKeyValues {
  method?: string;
  driver?: string | null;
  base?: string | null;
  threshold?: string | number | null;
  bands?: BandValues[];
  shares?: Record<string, string | null>;
  floor?: string | null;
  cap?: string | null;
}

export interface SpecValues extends GroupKeyValues {
  rate?: string | null;
  groups?: { group?: string | null; percent?: string | null; key?: GroupKeyValues }[];
}

/** Methods a TWO_LEVEL group may use: those that split a fixed total, but not TWO_LEVEL itself. */
export const GROUP_METHODS: readonly CostSharingMethod[] = TWO_LEVEL_GROUP_METHODS;

/** Which inputs each method shows (floor and cap apply to every method). */
export const METHOD_FIELDS: Record<
  CostSharingMethod,
  readonly ('driver' | 'rate' | 'base' | 'threshold' | 'bands' | 'shares' | 'groups')[]
> = {
  EQUAL: [],
  PROPORTIONAL: ['driver'],
  PER_UNIT: ['driver', 'rate'],
  FIXED_SHARES: ['shares'],
  BASE_PLUS_PROPORTIONAL: ['base', 'driver'],
  BANDS: ['driver', 'bands'],
  FREE_THRESHOLD: ['driver', 'threshold'],
  TWO_LEVEL: ['groups'],
};

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const blank = (value: unknown) => asText(value).trim() === '';

const amount = (value: unknown): string | undefined =>
  blank(value) ? undefined : (parseNokInput(asText(value)) ?? asText(value).trim());

const decimal = (value: unknown): string | undefined =>
  blank(value) ? undefined : (parseDecimalInput(asText(value)) ?? asText(value).trim());

/** Driver quantities: whole numbers as numbers (as in the README's examples), others as decimal strings. */
const quantity = (value: unknown): number | string | undefined => {
  if (blank(value)) return undefined;
  const parsed = parseDecimalInput(asText(value));
  if (parsed === null) return asText(value).trim();
  return /^\d+$/.test(parsed) && Number.isSafeInteger(Number(parsed)) ? Number(parsed) : parsed;
};

const text = (value: unknown): string | undefined => (blank(value) ? undefined : asText(value).trim());

function withoutUndefined(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

export const isMethod = (value: unknown): value is CostSharingMethod =>
  typeof value === 'string' && (COST_SHARING_METHODS as readonly string[]).includes(value);

function keySpec(values: GroupKeyValues & { rate?: string | null; groups?: SpecValues['groups'] }): Json {
  const method = values.method;
  if (!isMethod(method)) return { method: method ?? '' };
  const fields = METHOD_FIELDS[method];
  const spec: Json = { method };
  if (fields.includes('driver')) spec.driver = text(values.driver);
  if (fields.includes('rate')) spec.rate = decimal(values.rate);
  if (fields.includes('base')) spec.base = amount(values.base);
  if (fields.includes('threshold')) spec.threshold = quantity(values.threshold);
  if (fields.includes('bands')) {
    const bands = values.bands ?? [];
    spec.bands = bands.map((band) =>
      withoutUndefined({ upTo: quantity(band?.upTo), fee: amount(band?.fee) }),
    );
  }
  if (fields.includes('shares')) {
    spec.shares = Object.fromEntries(
      Object.entries(values.shares ?? {})
        .map(([id, share]) => [id, decimal(share)] as const)
        .filter(([, share]) => share !== undefined),
    );
  }
  if (fields.includes('groups')) {
    spec.groups = (values.groups ?? []).map((group) =>
      withoutUndefined({
        group: text(group?.group),
        percent: decimal(group?.percent),
        key: keySpec(group?.key ?? {}),
      }),
    );
  }
  spec.floor = amount(values.floor);
  spec.cap = amount(values.cap);
  return withoutUndefined(spec);
}

/** Form values → the spec the API validates and stores. */
export function formToSpec(values: SpecValues | undefined): Json {
  return keySpec(values ?? {});
}

/** A stored spec → form values (every list present, so the inputs have something to show). */
export function specToForm(spec: Json | undefined): SpecValues {
  const source = (spec ?? { method: 'EQUAL' }) as SpecValues;
  const groupKey = (key: GroupKeyValues | undefined): GroupKeyValues => ({
    ...(key ?? { method: 'EQUAL' }),
    bands: key?.bands ?? [],
    shares: key?.shares ?? {},
  });
  return {
    ...source,
    bands: source.bands ?? [],
    shares: source.shares ?? {},
    groups: (source.groups ?? []).map((group) => ({ ...group, key: groupKey(group.key) })),
  };
}

/** Sensible starting values when someone switches to a method, so the form is never empty. */
export function startingValues(method: CostSharingMethod, current: SpecValues): Partial<SpecValues> {
  switch (method) {
    case 'PROPORTIONAL':
    case 'FREE_THRESHOLD':
    case 'BASE_PLUS_PROPORTIONAL':
      return { driver: current.driver || 'population' };
    case 'PER_UNIT':
      return { driver: current.driver || 'population', rate: current.rate || '20.00' };
    case 'BANDS':
      return {
        driver: current.driver || 'population',
        bands: current.bands?.length
          ? current.bands
          : [
              { upTo: 10000, fee: '10000.00' },
              { upTo: 50000, fee: '20000.00' },
              { upTo: null, fee: '30000.00' },
            ],
      };
    case 'TWO_LEVEL':
      return {
        groups: current.groups?.length
          ? current.groups
          : [
              { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL', bands: [], shares: {} } },
              {
                group: 'LOCAL',
                percent: '50',
                key: { method: 'PROPORTIONAL', driver: 'population', bands: [], shares: {} },
              },
            ],
      };
    default:
      return {};
  }
}

/** Form fields the editor has an input for, so an API problem there is shown next to it. */
const FIELD_PATTERNS = [
  /^spec\.(method|driver|rate|base|threshold|floor|cap)$/,
  /^spec\.shares\.[\w-]+$/,
  /^spec\.bands\.\d+\.(upTo|fee)$/,
  /^spec\.groups\.\d+\.(group|percent)$/,
  /^spec\.groups\.\d+\.key\.(method|driver|base|threshold|floor|cap)$/,
  /^spec\.groups\.\d+\.key\.bands\.\d+\.(upTo|fee)$/,
  /^_preview\.(initiativeId|year|total)$/,
  /^(name|description|ownerOrganisationId|populationYear|validFrom|validTo)$/,
];

export const isEditorField = (field: string) => FIELD_PATTERNS.some((pattern) => pattern.test(field));

/** The preview's own arguments are the editor's _preview inputs. */
export function editorFieldOf(apiField: string): string {
  if (apiField === 'total' || apiField === 'year' || apiField === 'initiativeId')
    return `_preview.${apiField}`;
  return apiField;
}
