import fc from 'fast-check';
import { compareDecimalStrings, orderByFigure, type FigureSortItem } from './initiative-order';

const item = (code: string, value: string | null): FigureSortItem => ({ id: `id-${code}`, code, value });

describe('compareDecimalStrings', () => {
  it('compares exactly, whatever the number of decimals', () => {
    // 73.17 > 73.1 (7317 > 7310 at scale 2); -0.01 < 0; 100 = 100.00.
    expect(compareDecimalStrings('73.17', '73.1')).toBe(1);
    expect(compareDecimalStrings('-0.01', '0')).toBe(-1);
    expect(compareDecimalStrings('100', '100.00')).toBe(0);
    // Beyond a double's 15–16 significant digits: 9 999 999 999 999.99 against …998.
    expect(compareDecimalStrings('9999999999999.99', '9999999999999.98')).toBe(1);
  });

  it('refuses what is not a decimal number', () => {
    expect(() => compareDecimalStrings('1,5', '1')).toThrow('Not a decimal number');
  });
});

describe('orderByFigure', () => {
  // The demo's realisation % as of 5 December 2026 (portfolioSummary.byInitiative): FIKS 38.75,
  // BYGGESAK 61.21, TOLK 58.01; POSTKASSE and JOBB 0.00; a new initiative with nothing planned: null.
  const items = [
    item('DEMO-DIGIFIN-BYGGESAK', '61.21'),
    item('DEMO-NY', null),
    item('DEMO-DIGIFIN-FIKS', '38.75'),
    item('DEMO-LIV-JOBB', '0.00'),
    item('DEMO-MEDFIN-TOLK', '58.01'),
    item('DEMO-FELLES-POSTKASSE', '0.00'),
  ];

  it('ascending: lowest first, equal values by code, nothing planned last', () => {
    expect(orderByFigure(items, 'ASC').map((i) => i.code)).toEqual([
      'DEMO-FELLES-POSTKASSE', // 0.00, code F < L
      'DEMO-LIV-JOBB', // 0.00
      'DEMO-DIGIFIN-FIKS', // 38.75
      'DEMO-MEDFIN-TOLK', // 58.01
      'DEMO-DIGIFIN-BYGGESAK', // 61.21
      'DEMO-NY', // null last
    ]);
  });

  it('descending: highest first, equal values by code descending, nothing planned still last', () => {
    expect(orderByFigure(items, 'DESC').map((i) => i.code)).toEqual([
      'DEMO-DIGIFIN-BYGGESAK',
      'DEMO-MEDFIN-TOLK',
      'DEMO-DIGIFIN-FIKS',
      'DEMO-LIV-JOBB',
      'DEMO-FELLES-POSTKASSE',
      'DEMO-NY',
    ]);
  });

  const arbitraryItems = fc.uniqueArray(
    fc.record({
      id: fc.uuid(),
      code: fc.string({ minLength: 1, maxLength: 6 }),
      value: fc.option(
        fc
          .tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 0, max: 99 }))
          .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, '0')}`),
      ),
    }),
    { selector: (i) => i.id, maxLength: 40 },
  );

  it('is a permutation, ordered by value with nulls last, and paging the order gives every item once', () => {
    fc.assert(
      fc.property(arbitraryItems, fc.constantFrom('ASC' as const, 'DESC' as const), (list, direction) => {
        const ordered = orderByFigure(list, direction);
        expect([...ordered].map((i) => i.id).sort()).toEqual(list.map((i) => i.id).sort());
        const firstNull = ordered.findIndex((i) => i.value === null);
        if (firstNull >= 0) expect(ordered.slice(firstNull).every((i) => i.value === null)).toBe(true);
        for (let k = 1; k < ordered.length; k++) {
          const [a, b] = [ordered[k - 1], ordered[k]];
          if (a.value !== null && b.value !== null) {
            const c = compareDecimalStrings(a.value, b.value);
            expect(direction === 'ASC' ? c <= 0 : c >= 0).toBe(true);
          }
        }
        // The same input in another order gives the same order (total: pages are stable).
        expect(orderByFigure([...list].reverse(), direction)).toEqual(ordered);
      }),
    );
  });
});
