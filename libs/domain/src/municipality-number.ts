/**
 * Municipality numbers (kommunenummer) are four digits; the first two are the county number
 * (fylkesnummer) of the county the municipality lies in, e.g. 4601 Bergen lies in 46 Vestland.
 */
export function countyNumberOf(municipalityNumber: string): string {
  return municipalityNumber.slice(0, 2);
}

/**
 * Returns null when valid, otherwise a sentence that says what is wrong.
 * @param knownCountyNumbers the county numbers that exist (from reference data)
 */
export function municipalityNumberProblem(
  value: string,
  knownCountyNumbers: Iterable<string>,
): string | null {
  if (!/^\d{4}$/.test(value)) return `must be exactly 4 digits (got "${value}")`;
  const county = countyNumberOf(value);
  const known = new Set(knownCountyNumbers);
  if (!known.has(county)) {
    return `${value} starts with ${county}, which is not an existing county number`;
  }
  return null;
}

export function isValidCountyNumber(value: string): boolean {
  return /^\d{2}$/.test(value);
}
