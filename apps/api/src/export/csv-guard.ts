/**
 * The one CSV formula guard (OWASP "CSV injection"), for every dialect and both ways of writing a file
 * (csvRecords in the API, the COPY statement on a PostgreSQL server). A spreadsheet takes a cell that
 * starts with `=`, `+`, `-` or `@` for a formula, and a leading tab or carriage return can hide such a
 * start; so a text cell that starts with one of them is written with an apostrophe first, which
 * spreadsheets show as text and do not display. Only text cells (names, codes, explanations, labels) are
 * guarded: amounts, shares, counts and times are written by Gevinst from numbers, so a negative amount
 * (`-1234.50`) stays a number a program can read.
 */
export const FORMULA_START_CHARACTERS = ['=', '+', '-', '@', '\t', '\r'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text as it goes into a text cell: with an apostrophe before a formula start. */
export function guardFormulaText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The same guard as a SQL expression over a text `expression` (which must not be NULL). */
export function guardFormulaSql(expression: string): string {
  const starts = FORMULA_START_CHARACTERS.map((character) =>
    character === '\t' ? 'chr(9)' : character === '\r' ? 'chr(13)' : `'${character}'`,
  ).join(', ');
  return `(CASE WHEN left(${expression}, 1) IN (${starts}) THEN '''' || ${expression} ELSE ${expression} END)`;
}
