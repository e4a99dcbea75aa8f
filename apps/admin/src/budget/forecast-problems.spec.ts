import { describe, expect, it } from '@jest/globals';
import { forecastProblems } from './forecast-problems';

const cell = (year: number, amount: string | null, problem: string | null = null) => ({
  year,
  amount,
  problem,
  problemNb: problem && `nb: ${problem}`,
});

describe('forecastProblems', () => {
  it('lists each initiative and reason once, with its years in order, in the page language', () => {
    const rows = [
      {
        initiativeCode: 'POSTKASSE',
        cells: [cell(2028, null, 'no letters'), cell(2027, null, 'no letters'), cell(2030, '10.00')],
      },
      // A second KOSTRA row of the same initiative carries the same reasons: not listed twice.
      { initiativeCode: 'POSTKASSE', cells: [cell(2027, null, 'no letters'), cell(2030, '0.00')] },
      { initiativeCode: 'SYKTBARN', cells: [cell(2027, null, 'no key'), cell(2028, '0.00')] },
    ];
    expect(forecastProblems(rows, 'en')).toEqual([
      { initiativeCode: 'POSTKASSE', years: [2027, 2028], message: 'no letters' },
      { initiativeCode: 'SYKTBARN', years: [2027], message: 'no key' },
    ]);
    expect(forecastProblems(rows, 'nb').map((p) => p.message)).toEqual(['nb: no letters', 'nb: no key']);
  });

  it('merges a reason that names its year into one entry naming every year', () => {
    const rows = [
      {
        initiativeCode: 'POSTKASSE',
        cells: [
          cell(2027, null, 'no letters for 2027 for Bergen'),
          cell(2028, null, 'no letters for 2028 for Bergen'),
          cell(2029, '1.00'),
        ],
      },
    ];
    expect(forecastProblems(rows, 'en')).toEqual([
      { initiativeCode: 'POSTKASSE', years: [2027, 2028], message: 'no letters for 2027, 2028 for Bergen' },
    ]);
  });

  it('is empty when every cell has an amount', () => {
    expect(forecastProblems([{ initiativeCode: 'A', cells: [cell(2027, '0.00')] }], 'nb')).toEqual([]);
  });
});
