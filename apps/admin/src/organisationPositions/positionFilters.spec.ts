import { describe, expect, it } from '@jest/globals';
import { exportUrl, matrixBeneficiaryOf, matrixPayerOf, positionsLink, toApiFilter } from './positionFilters';

describe('the per-organisation view’s filters', () => {
  it('maps the list filter to the API filter: one value per select, lists as lists, q as search', () => {
    expect(
      toApiFilter({
        ministryId: 'm1',
        lifeEvent: 'NEW_IN_NORWAY',
        countyNumber: '46',
        level: 'LOCAL',
        flag: 'PAYS_WITHOUT_BENEFIT',
        fromYear: '2025',
        toYear: '',
        q: ' Bergen ',
        includeSchemes: 'false',
      }),
    ).toEqual({
      ministryId: 'm1',
      lifeEvent: ['NEW_IN_NORWAY'],
      countyNumber: '46',
      level: ['LOCAL'],
      flag: ['PAYS_WITHOUT_BENEFIT'],
      fromYear: 2025,
      search: 'Bergen',
      includeSchemes: false,
    });
    expect(toApiFilter({})).toEqual({});
  });

  it('builds the workbook URL with the same filter and order', () => {
    expect(
      exportUrl({ countyNumber: '46', flag: 'PAYS_WITHOUT_BENEFIT' }, { field: 'PAID', direction: 'DESC' }),
    ).toBe(
      '/api/exports/organisation-positions.xlsx?countyNumber=46&flag=PAYS_WITHOUT_BENEFIT&sort=PAID&direction=DESC',
    );
    expect(exportUrl({})).toBe('/api/exports/organisation-positions.xlsx');
  });

  it('links a matrix cell to the organisations behind it, with the dashboard’s filter', () => {
    const link = positionsLink(
      { ministryId: 'm1', fromYear: 2025 },
      {
        matrixPayer: matrixPayerOf({ kind: 'LEVEL', level: 'LOCAL' }),
        matrixBeneficiary: matrixBeneficiaryOf(null),
      },
    );
    const params = new URLSearchParams(link.split('?')[1]);
    expect(link.startsWith('/organisationPositions?')).toBe(true);
    expect(JSON.parse(params.get('filter') as string)).toEqual({
      ministryId: 'm1',
      fromYear: 2025,
      matrixPayer: 'LOCAL',
      matrixBeneficiary: 'NO_BENEFICIARY',
    });
    expect([params.get('sort'), params.get('order')]).toEqual(['paidNok', 'DESC']);
    expect(matrixPayerOf({ kind: 'SCHEME', scheme: 'DIGIFIN' })).toBe('DIGIFIN');
    expect(matrixPayerOf({ kind: 'NONE' })).toBe('NO_PAYER');
  });
});
