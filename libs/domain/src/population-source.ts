/**
 * Where a population figure comes from, in words for people (issue 17): the stored source is a note for
 * operators ("data/reference/municipalities.csv (SSB population 1 January; Brønnøysund register)",
 * "SSB table 07459, imported 2026-03-01"); the UI shows «SSB, folketall 1. januar 2024». A source Gevinst
 * did not write (a user's own note) is shown as it is.
 */

/** The reference data's sources, as apps/api/src/database/seed/reference-data.ts stores them. */
const MUNICIPALITIES = /^data\/reference\/municipalities\.csv \(SSB population 1 January/;
const COUNTIES = /^data\/reference\/counties\.csv \(sum of municipal populations/;
/** The SSB import (population-import.service.ts): "SSB table 07459[, origin], imported YYYY-MM-DD". */
const SSB_IMPORT = /^SSB table 07459(?:, .*)?, imported (\d{4})-(\d{2})-(\d{2})$/;
const ENTERED_BY_USER = 'entered by user';

export function populationSourceLabel(source: string, year: number, language: 'nb' | 'en'): string {
  const nb = language === 'nb';
  if (MUNICIPALITIES.test(source))
    return nb
      ? `SSB, folketall 1. januar ${year}`
      : `Statistics Norway (SSB), population on 1 January ${year}`;
  if (COUNTIES.test(source))
    return nb
      ? `Summen av kommunenes folketall (SSB, 1. januar ${year})`
      : `Sum of the municipalities' population (Statistics Norway, 1 January ${year})`;
  const imported = SSB_IMPORT.exec(source);
  if (imported) {
    const [, y, m, d] = imported;
    return nb
      ? `SSB, tabell 07459, folketall 1. januar ${year} (importert ${d}.${m}.${y})`
      : `Statistics Norway, table 07459, population on 1 January ${year} (imported ${d}.${m}.${y})`;
  }
  if (source === ENTERED_BY_USER) return nb ? 'Registrert av en bruker' : 'Entered by a user';
  return source;
}
