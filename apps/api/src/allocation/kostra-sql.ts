import { DEFAULT_KOSTRA_CODES, type KostraCodes } from '@gevinst/domain';

/**
 * The KOSTRA code (art or function) of an allocation line as SQL (issue 21): the organisation's own choice
 * (`own`, a column of organisation_kostra_codes joined on the line's organisation and category; NULL when
 * it chose none), else libs/domain's suggestion for `category`. The suggestions are three-digit constants.
 */
export function kostraCodeSql(part: keyof KostraCodes, category: string, own: string): string {
  const cases = Object.entries(DEFAULT_KOSTRA_CODES)
    .map(([code, codes]) => `WHEN '${code}' THEN '${codes[part]}'`)
    .join(' ');
  return `COALESCE(${own}, CASE ${category} ${cases} END)`;
}
