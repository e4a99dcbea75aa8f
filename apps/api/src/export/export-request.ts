import { LIMITS, msg } from '@gevinst/domain';
import { InputProblems } from '../common/errors.js';
import { truncate } from '../common/ids.js';
import type { AllocationFilter } from '../allocation/dto/allocation-filter.input.js';
import { CSV_DIALECT_NAMES, type CsvDialectName, isCsvDialectName } from './csv-dialect.js';

export type ExportFormat = 'csv' | 'xlsx';

/** What an allocation export was asked for: the same filter as the GraphQL `allocations` query. */
export interface AllocationExportRequest {
  filter: AllocationFilter;
  dialect: CsvDialectName;
}

const FILTER_PARAMETERS = ['organisationId', 'initiativeId', 'year', 'runId', 'includeSuperseded'] as const;

/** The query parameters each export accepts. */
export function exportParameters(format: ExportFormat): string[] {
  return format === 'csv' ? ['dialect', ...FILTER_PARAMETERS] : [...FILTER_PARAMETERS];
}

/**
 * Reads the query string of an allocation export. An unknown parameter, a parameter given twice, an
 * unknown dialect, a year that is not a number or a flag that is not true/false is BAD_USER_INPUT naming
 * the parameter (ids and the year's range are checked with the GraphQL filter's own rules afterwards).
 * An empty value counts as not given.
 */
export function parseExportRequest(
  query: Record<string, unknown>,
  format: ExportFormat,
): AllocationExportRequest {
  const allowed = exportParameters(format);
  const problems = new InputProblems();
  const values: Record<string, string> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (!allowed.includes(name)) {
      problems.check(truncate(name, 40), msg('NOT_A_PARAMETER', { format, allowed }));
    } else if (Array.isArray(raw)) {
      problems.check(name, msg('GIVEN_MORE_THAN_ONCE'));
    } else if (typeof raw !== 'string') {
      problems.check(name, msg('SINGLE_VALUE'));
    } else if (raw.trim() !== '') {
      values[name] = raw.trim();
    }
  }

  const dialect = values.dialect ?? 'nb';
  if (!isCsvDialectName(dialect))
    problems.check(
      'dialect',
      msg('ONE_OF', { choices: CSV_DIALECT_NAMES, got: `"${truncate(dialect, 40)}"` }),
    );

  const filter: AllocationFilter = {};
  if (values.organisationId !== undefined) filter.organisationId = values.organisationId;
  if (values.initiativeId !== undefined) filter.initiativeId = values.initiativeId;
  if (values.runId !== undefined) filter.runId = values.runId;
  if (values.year !== undefined) {
    if (/^\d{1,4}$/.test(values.year)) filter.year = Number(values.year);
    else
      problems.check('year', msg('YEAR_BETWEEN', { ...LIMITS.year, got: `"${truncate(values.year, 40)}"` }));
  }
  if (values.includeSuperseded !== undefined) {
    const flag = values.includeSuperseded.toLowerCase();
    if (flag === 'true' || flag === '1') filter.includeSuperseded = true;
    else if (flag === 'false' || flag === '0') filter.includeSuperseded = false;
    else
      problems.check(
        'includeSuperseded',
        msg('TRUE_OR_FALSE', { got: `"${truncate(values.includeSuperseded, 40)}"` }),
      );
  }
  problems.throwIfAny();
  return { filter, dialect: dialect as CsvDialectName };
}
