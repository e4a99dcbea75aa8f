import { kostraCodeSql } from '../allocation/kostra-sql.js';
import type { SelectQueryBuilder } from 'typeorm';
import type { AllocationLineEntity } from '../allocation/allocation-line.entity.js';
import type { CsvDialect } from './csv-dialect.js';
import { FORMULA_START_CHARACTERS, guardFormulaSql, guardFormulaText } from './csv-guard.js';
import { COST_CATEGORY_NB, runStatusNb } from './export-labels.js';

/**
 * The CSV export on a PostgreSQL server: the database writes each record whole (one text column per line,
 * CRLF included, the same cells, quoting and formula guard as csvRecords) and streams them with binary
 * COPY … TO STDOUT, and the API passes the bytes on as they come (copy-binary.ts takes off the framing).
 * One statement, so one snapshot, at the speed of COPY; nothing but a chunk at a time is held in memory.
 * csvRecords stays the definition: the exports end-to-end tests compare the two byte for byte.
 *
 * What a line costs the database limits the export (2.3 million lines at national scale), so the
 * statement does per line only what differs per line: what belongs to an initiative, a run (its totals),
 * a key version, or an organisation and a cost category (the organisation's numbers, the category's name,
 * the KOSTRA codes, the line end) is written once in LATERAL subqueries that PostgreSQL memoizes by their keys, and the
 * line's own cells are written by expressions that test each value once (lineTextCell).
 */

/** A SQL string literal (standard_conforming_strings: only the quote is doubled). */
export function sqlLiteral(value: string): string {
  if (value.includes('\0')) throw new Error('A NUL character cannot be part of a SQL literal');
  return `'${value.replace(/'/g, "''")}'`;
}

/** A text value as csv-stringify writes it: quoted when it holds the quote, the delimiter, CR or LF. */
function quoted(expression: string, dialect: CsvDialect): string {
  const delimiter = sqlLiteral(dialect.delimiter);
  return `(CASE WHEN strpos(${expression}, '"') > 0 OR strpos(${expression}, ${delimiter}) > 0
     OR strpos(${expression}, chr(13)) > 0 OR strpos(${expression}, chr(10)) > 0
     THEN '"' || replace(${expression}, '"', '""') || '"' ELSE ${expression} END)`;
}

/** The same in JavaScript, for values known when the SQL is written (labels). */
function quotedText(value: string, dialect: CsvDialect): string {
  return /["\r\n]/.test(value) || value.includes(dialect.delimiter)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** A text cell: the formula guard of every dialect (csv-guard.ts), then quoting; NULL is an empty cell. */
function textCell(expression: string, dialect: CsvDialect): string {
  return quoted(guardFormulaSql(`coalesce(${expression}, '')`), dialect);
}

/**
 * A text cell of the line itself (the explanation): the same cell as textCell, written for a value read
 * on every line, so that each byte of it is looked at as few times as possible. The quote is looked for
 * first: the value is quoted with its quotes doubled only when it has one (most have none, so `replace`
 * does not run over them); otherwise the delimiter, CR or LF make it a quoted cell as it is. The delimiter
 * is found with LIKE, which stops at the first one (strpos also counts the characters up to it, in UTF-8 a
 * second pass). `expression` (a column, or a COALESCE of columns) is cheap to read again. The formula
 * guard (an apostrophe first) looks at the first character only, by its code.
 */
export function lineTextCell(expression: string, dialect: CsvDialect): string {
  const value = `coalesce(${expression}, '')`;
  const guarded = `ascii(${value}) IN (${FORMULA_START_CHARACTERS.map((c) => c.charCodeAt(0)).join(', ')})`;
  const open = `(CASE WHEN ${guarded} THEN '"''' ELSE '"' END)`;
  const delimiter = sqlLiteral(`%${likeEscaped(dialect.delimiter)}%`);
  return `(CASE WHEN strpos(${value}, '"') > 0 THEN ${open} || replace(${value}, '"', '""') || '"'
     WHEN ${value} LIKE ${delimiter} OR strpos(${value}, chr(13)) > 0 OR strpos(${value}, chr(10)) > 0
     THEN ${open} || ${value} || '"'
     WHEN ${guarded} THEN '''' || ${value} ELSE ${value} END)`;
}

/** A character as itself in a LIKE pattern (the default escape character is the backslash). */
function likeEscaped(character: string): string {
  return /[%_\\]/.test(character) ? `\\${character}` : character;
}

/** A uuid as a text cell: its text (hex digits and hyphens) needs neither quotes nor the formula guard. */
function uuidCell(expression: string): string {
  return `coalesce(${expression}::text, '')`;
}
/** An amount or fraction: the decimal text, with a decimal comma in the nb dialect. */
function numberCell(expression: string, dialect: CsvDialect): string {
  const text = `${expression}::text`;
  return `coalesce(${dialect.decimalSeparator === '.' ? text : `replace(${text}, '.', ${sqlLiteral(dialect.decimalSeparator)})`}, '')`;
}

/** A CASE over known codes with their cells written in advance; unknown codes as text cells. */
function labelCell(expression: string, labels: Record<string, string>, dialect: CsvDialect): string {
  const branches = Object.entries(labels)
    .map(
      ([code, label]) =>
        `WHEN ${sqlLiteral(code)} THEN ${sqlLiteral(quotedText(guardFormulaText(label), dialect))}`,
    )
    .join(' ');
  return `(CASE ${expression} ${branches} ELSE ${textCell(expression, dialect)} END)`;
}

/**
 * An organisation or municipality number: ="0301" in the nb dialect when it is digits (identifierCell in
 * csv-dialect.ts), written here already quoted as the record needs it ("=""0301""").
 */
function identifierCell(expression: string, dialect: CsvDialect): string {
  if (dialect.language !== 'nb') return textCell(expression, dialect);
  const open = sqlLiteral('"=""');
  const close = sqlLiteral('"""');
  return `(CASE WHEN ${expression} ~ '^[0-9]+$' THEN ${open} || ${expression} || ${close} ELSE ${textCell(expression, dialect)} END)`;
}

/**
 * A share: in the nb dialect a percentage, exact, at least two decimals (percentOfShare in
 * export-columns.ts: 0.0201950000 → «2,0195», 0.0202000000 → «2,02»); in rfc4180 the fraction as stored.
 * Rounding to the fewest decimals that keep every digit (min_scale), or to two when that is fewer, is exact.
 */
export function shareCell(expression: string, dialect: CsvDialect): string {
  if (dialect.language !== 'nb') return numberCell(expression, dialect);
  const percent = `(${expression} * 100)`;
  const text = `round(${percent}, greatest(2, min_scale(${percent})))::text`;
  return `coalesce(replace(${text}, '.', ${sqlLiteral(dialect.decimalSeparator)}), '')`;
}

function timestampCell(expression: string, dialect: CsvDialect): string {
  // nb: Norwegian wall-clock time; en: ISO 8601 in UTC with milliseconds, as Date.toISOString writes it.
  return dialect.language === 'nb'
    ? `to_char(${expression} AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD HH24:MI:SS')`
    : `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** The line's own columns, read from the scoped query. */
const LINE_COLUMNS = [
  'id',
  'organisation_id',
  'initiative_id',
  'run_id',
  'key_version_id',
  'year',
  'cost_category',
  'planned_amount',
  'actual_amount',
  'share',
  'explanation',
  'explanation_nb',
  'cost_item_id',
] as const;

/**
 * The SQL of the CSV lines and its parameters: the scoped lines (with the access rules and filters of
 * AllocationQueryService.scoped) in id order, each as one text column holding the whole record in the
 * columns of EXPORT_COLUMNS, CRLF included. The cells of an organisation with a cost category (and its
 * KOSTRA codes), and those of a run with its initiative and key version, come from two LATERAL subqueries
 * that PostgreSQL memoizes by their keys, so each is written once; the lines are read in id order from the
 * primary key, with no sort. The second is keyed by the line's run, initiative and key version: the
 * planner memoizes it only because it knows that there are about as many of those triples as runs (the
 * extended statistics `allocation_lines_run_keys`, migration 1795423860000); without them it would expect
 * a triple per line and look the three rows up again for every line.
 */
export function csvLinesSql(
  scoped: SelectQueryBuilder<AllocationLineEntity>,
  dialect: CsvDialect,
  part?: ExportPart,
): [string, unknown[]] {
  const d = sqlLiteral(dialect.delimiter);
  const join = (...cells: string[]) => cells.join(` || ${d} || `);
  const nb = dialect.language === 'nb';
  const categories = nb
    ? COST_CATEGORY_NB
    : Object.fromEntries(Object.keys(COST_CATEGORY_NB).map((code) => [code, code]));
  const statuses = Object.fromEntries(['CURRENT', 'SUPERSEDED'].map((s) => [s, nb ? runStatusNb(s) : s]));
  const inner = scoped.clone().select(`l.${LINE_COLUMNS[0]}`, LINE_COLUMNS[0]);
  for (const column of LINE_COLUMNS.slice(1)) inner.addSelect(`l.${column}`, column);
  // The part's blocks, by a literal (the partial index's predicate, which the planner must see implied).
  if (part) inner.andWhere(`(l.id / ${EXPORT_BLOCK_IDS}) % ${EXPORT_PARTS} = ${blockParity(part)}`);
  const [lines, parameters] = inner.orderBy().getQueryAndParameters();
  // concat_ws writes the record into one buffer (a chain of || copies it again for every cell); no cell
  // is NULL, so none is left out.
  const record = [
    'csv_o.cells',
    'csv_r.initiative',
    'line.year::text',
    'csv_o.category',
    numberCell('line.planned_amount', dialect),
    numberCell('line.actual_amount', dialect),
    shareCell('line.share', dialect),
    lineTextCell(nb ? 'coalesce(line.explanation_nb, line.explanation)' : 'line.explanation', dialect),
    'csv_r.cells',
    uuidCell('line.cost_item_id'),
    'csv_r.totals',
    'csv_o.kostra',
  ];
  const kostra = join(
    textCell(kostraCodeSql('art', 'c.category', 'kc.art'), dialect),
    textCell(kostraCodeSql('function', 'c.category', 'kc.function'), dialect),
  );
  // The line's cost category is read once, in `c`: every reference to a column of the line is a key of
  // the memoized subquery, so the CASEs over it would otherwise make it a key thirty times over.
  const block = part ? `(line.id / ${EXPORT_BLOCK_IDS})::int4, ` : '';
  const sql = `SELECT ${block}concat_ws(${d}, ${record.join(', ')})
    FROM (${lines}) line
    CROSS JOIN LATERAL (SELECT ${join(identifierCell('o.org_number', dialect), textCell('o.name', dialect), identifierCell('o.municipality_number', dialect))} AS cells,
        ${labelCell('c.category', categories, dialect)} AS category,
        ${kostra} || chr(13) || chr(10) AS kostra
      FROM (SELECT line.cost_category AS category OFFSET 0) c
      JOIN organisations o ON o.id = line.organisation_id
      LEFT JOIN organisation_kostra_codes kc ON kc.organisation_id = o.id AND kc.cost_category = c.category
      OFFSET 0) csv_o
    CROSS JOIN LATERAL (SELECT ${join(textCell('i.code', dialect), textCell('i.name', dialect))} AS initiative,
        ${join(textCell('r.id::text', dialect), timestampCell('r.created_at', dialect), labelCell('r.status', statuses, dialect), textCell('k.name', dialect), 'kv.version_number::text', "coalesce(kv.population_year::text, '')")} AS cells,
        ${join(numberCell('r.cost_item_amount', dialect), numberCell('r.planned_total', dialect), numberCell('r.difference', dialect))} AS totals
      FROM allocation_runs r, initiatives i, cost_sharing_key_versions kv JOIN cost_sharing_keys k ON k.id = kv.key_id
      WHERE r.id = line.run_id AND i.id = line.initiative_id AND kv.id = line.key_version_id OFFSET 0) csv_r
    ORDER BY line.id`;
  return [sql, parameters];
}

/**
 * The CSV export in two parts, each written by a COPY of its own on its own connection (the database's
 * work on two cores; one snapshot, see AllocationExportRepository): the lines in alternate blocks of
 * EXPORT_BLOCK_IDS ids, part 0 the even blocks and part 1 the odd ones, each read from its partial index
 * in id order (migration 1795423898000, which fixes both numbers). With a part, each row is the line's
 * block number (int4) and then its record, so that the API can write the blocks of both parts in order.
 */
export const EXPORT_BLOCK_IDS = 8192;
export const EXPORT_PARTS = 2;

export interface ExportPart {
  /** 0 … EXPORT_PARTS - 1: the blocks whose number leaves this remainder. */
  index: number;
}

function blockParity(part: ExportPart): number {
  if (!Number.isInteger(part.index) || part.index < 0 || part.index >= EXPORT_PARTS)
    throw new Error(`No export part ${part.index}`);
  return part.index;
}

/**
 * COPY takes no parameters, so the query's ($1, $2, …) are written into it as literals. They come from
 * the validated filter and the caller's session (ids, a year): text, numbers and booleans only.
 */
export function withLiterals(sql: string, parameters: readonly unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, index: string) => {
    const value = parameters[Number(index) - 1];
    if (typeof value === 'string') return sqlLiteral(value);
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    throw new Error(`Parameter $${index} cannot be written as a literal: ${typeof value}`);
  });
}
