import { CostCategory } from './initiative';

/**
 * KOSTRA accounting codes (issue 21): the art (what is bought) and the function (what it is for) a
 * municipality posts its share of a shared solution on. Codes and names from SSB's KOSTRA kontoplan for
 * kommuner og fylkeskommuner (vedlegg 4 «Arter» and vedlegg 2 «Funksjoner»), the budget year's edition
 * (https://www.ssb.no/offentlig-sektor/kostra/kontoplan); see docs/budget.md.
 */
export interface KostraCodes {
  /** Art, three digits ("270"). */
  art: string;
  /** Function, three digits ("120"). */
  function: string;
}

/** The art codes Gevinst suggests, with their names in the kontoplan. */
export const KOSTRA_ARTS: Readonly<Record<string, string>> = {
  '195': 'Avgifter, gebyrer, lisenser o.l.',
  '270': 'Andre tjenester (som inngår i kommunal tjenesteproduksjon)',
  '300': 'Kjøp fra staten',
  '350': 'Kjøp fra kommuner',
  '370': 'Kjøp fra andre (private)',
  '375': 'Kjøp fra IKS der kommunen/fylkeskommunen selv er deltaker',
};

/** The function codes Gevinst suggests, with their names in the kontoplan. */
export const KOSTRA_FUNCTIONS: Readonly<Record<string, string>> = {
  '120': 'Administrasjon',
};

/**
 * The suggested codes per cost category: a share of a shared digital solution is a service bought into
 * the municipality's own administration (art 270, function 120); licences are art 195.
 */
export const DEFAULT_KOSTRA_CODES: Readonly<Record<CostCategory, KostraCodes>> = {
  [CostCategory.DEVELOPMENT]: { art: '270', function: '120' },
  [CostCategory.OPERATION]: { art: '270', function: '120' },
  [CostCategory.MAINTENANCE]: { art: '270', function: '120' },
  [CostCategory.LICENCE]: { art: '195', function: '120' },
  [CostCategory.PERSONNEL]: { art: '270', function: '120' },
  [CostCategory.OTHER]: { art: '270', function: '120' },
};

const THREE_DIGITS = /^\d{3}$/;

/** Whether `code` has the form of a KOSTRA art or function code: three digits. */
export function isKostraCode(code: string): boolean {
  return THREE_DIGITS.test(code);
}

/**
 * The codes of a cost category for an organisation: its own choice where it made one, else the default.
 * `overrides` is the organisation's stored mapping (category → codes); a partial override keeps the
 * default of the part it does not name.
 */
export function kostraCodesFor(
  category: CostCategory | string,
  overrides: Readonly<Partial<Record<string, Partial<KostraCodes>>>> = {},
): KostraCodes {
  const base = DEFAULT_KOSTRA_CODES[category as CostCategory] ?? DEFAULT_KOSTRA_CODES[CostCategory.OTHER];
  const own = overrides[category] ?? {};
  return { art: own.art ?? base.art, function: own.function ?? base.function };
}
