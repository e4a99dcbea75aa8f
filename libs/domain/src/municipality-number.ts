import { type Message, msg } from './messages';

/**
 * Municipality numbers (kommunenummer) are four digits; the first two are the county number
 * (fylkesnummer) of the county the municipality lies in, e.g. 4601 Bergen lies in 46 Vestland.
 */
export function countyNumberOf(municipalityNumber: string): string {
  return municipalityNumber.slice(0, 2);
}

/**
 * Returns null when valid, otherwise the message that says what is wrong.
 * @param knownCountyNumbers the county numbers that exist (from reference data)
 */
export function municipalityNumberProblem(
  value: string,
  knownCountyNumbers: Iterable<string>,
): Message | null {
  if (!/^\d{4}$/.test(value)) return msg('EXACT_DIGITS', { digits: 4, got: `"${value}"` });
  const county = countyNumberOf(value);
  const known = new Set(knownCountyNumbers);
  if (!known.has(county)) {
    return msg('MUNICIPALITY_COUNTY_UNKNOWN', { municipalityNumber: value, county });
  }
  return null;
}

export function isValidCountyNumber(value: string): boolean {
  return /^\d{2}$/.test(value);
}
