import { AppError } from '../common/errors.js';
import { parseExportRequest } from './export-request.js';

interface Problem {
  field: string;
  message: string;
  reason: string;
}

/** The problems of the BAD_USER_INPUT `call` throws: field, English message and the rule's code. */
function problems(call: () => unknown): Problem[] {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).extensions.code).toBe('BAD_USER_INPUT');
    return ((error as AppError).extensions.problems as Problem[]).map(({ field, message, reason }) => ({
      field,
      message,
      reason,
    }));
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('parseExportRequest', () => {
  it('reads the filter and the dialect, nb by default, empty values as not given', () => {
    expect(parseExportRequest({}, 'csv')).toEqual({ filter: {}, dialect: 'nb' });
    expect(
      parseExportRequest(
        {
          dialect: 'rfc4180',
          organisationId: ' 3f1c6a52-4f0e-4b55-9d7c-1e2f3a4b5c6d ',
          initiativeId: '',
          year: '2024',
          includeSuperseded: 'TRUE',
        },
        'csv',
      ),
    ).toEqual({
      filter: { organisationId: '3f1c6a52-4f0e-4b55-9d7c-1e2f3a4b5c6d', year: 2024, includeSuperseded: true },
      dialect: 'rfc4180',
    });
    expect(parseExportRequest({ includeSuperseded: '0', runId: 'x' }, 'xlsx').filter).toEqual({
      includeSuperseded: false,
      runId: 'x',
    });
  });

  it('reports every mistake at once, naming the parameter', () => {
    expect(
      problems(() =>
        parseExportRequest(
          {
            dialect: 'excel',
            year: '20x4',
            includeSuperseded: 'yes',
            format: 'x',
            organisationId: ['a', 'b'],
          },
          'csv',
        ),
      ),
    ).toEqual([
      {
        field: 'format',
        message:
          'is not a parameter of allocations.csv (use dialect, organisationId, initiativeId, year, runId, includeSuperseded)',
        reason: 'NOT_A_PARAMETER',
      },
      { field: 'organisationId', message: 'is given more than once', reason: 'GIVEN_MORE_THAN_ONCE' },
      { field: 'dialect', message: 'must be "nb" or "rfc4180" (got "excel")', reason: 'ONE_OF' },
      {
        field: 'year',
        message: 'must be a year between 1990 and 2200 (got "20x4")',
        reason: 'YEAR_BETWEEN',
      },
      { field: 'includeSuperseded', message: 'must be true or false (got "yes")', reason: 'TRUE_OR_FALSE' },
    ]);
  });

  it('has no dialect for the workbook', () => {
    expect(problems(() => parseExportRequest({ dialect: 'nb' }, 'xlsx'))[0]).toEqual({
      field: 'dialect',
      message:
        'is not a parameter of allocations.xlsx (use organisationId, initiativeId, year, runId, includeSuperseded)',
      reason: 'NOT_A_PARAMETER',
    });
  });
});
