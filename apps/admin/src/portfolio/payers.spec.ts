import { describe, expect, it } from '@jest/globals';
import type { NetPositionsQuery } from '../api/graphql';
import { matrixCell, matrixPayers, payerKey, payerLines } from './payers';

type Net = NonNullable<NetPositionsQuery['netPositions']>;

const cell = (payerLevel: string | null, payerScheme: string | null, beneficiaryLevel: string | null) =>
  ({
    payerLevel,
    payerScheme,
    beneficiaryLevel,
    costNok: '1.00',
    plannedBenefitNok: '2.00',
    realisedBenefitNok: '0.00',
  }) as Net['matrix'][number];

describe('the payers of the net positions view', () => {
  it('lists the matrix rows as levels, then grant schemes, then no payer', () => {
    const matrix = [
      cell(null, null, 'LOCAL'),
      cell(null, 'DIGIFIN', 'LOCAL'),
      cell('LOCAL', null, 'LOCAL'),
      cell(null, 'CO_FINANCING', null),
      cell('CENTRAL', null, 'LOCAL'),
    ];
    expect(matrixPayers(matrix).map(payerKey)).toEqual(['CENTRAL', 'LOCAL', 'CO_FINANCING', 'DIGIFIN', '']);
    expect(matrixCell(matrix, { kind: 'SCHEME', scheme: 'CO_FINANCING' }, null)).toBe(matrix[3]);
    expect(matrixCell(matrix, { kind: 'NONE' }, 'LOCAL')).toBe(matrix[0]);
    expect(matrixCell(matrix, { kind: 'LEVEL', level: 'CENTRAL' }, null)).toBeUndefined();
  });

  it('shows a level’s allocations, own budget and paid, and a scheme’s paid only', () => {
    const net = {
      levels: [
        {
          level: 'CENTRAL',
          allocatedCostNok: '0.00',
          ownBudgetCostNok: '300000.00',
          paidNok: '300000.00',
          costShare: '0.6000000000',
        },
      ],
      schemes: [{ scheme: 'DIGIFIN', paidNok: '200000.00', share: '0.4000000000' }],
    } as unknown as Net;
    expect(payerLines(net)).toEqual([
      {
        payer: { kind: 'LEVEL', level: 'CENTRAL' },
        allocatedNok: '0.00',
        ownBudgetNok: '300000.00',
        paidNok: '300000.00',
        share: '0.6000000000',
      },
      {
        payer: { kind: 'SCHEME', scheme: 'DIGIFIN' },
        allocatedNok: null,
        ownBudgetNok: null,
        paidNok: '200000.00',
        share: '0.4000000000',
      },
    ]);
  });
});
