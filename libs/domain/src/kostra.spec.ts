import { CostCategory } from './initiative';
import { DEFAULT_KOSTRA_CODES, KOSTRA_ARTS, KOSTRA_FUNCTIONS, isKostraCode, kostraCodesFor } from './kostra';

describe('KOSTRA codes per cost category', () => {
  it('suggests art 270 and function 120 for services, art 195 for licences', () => {
    expect(kostraCodesFor(CostCategory.OPERATION)).toEqual({ art: '270', function: '120' });
    expect(kostraCodesFor(CostCategory.LICENCE)).toEqual({ art: '195', function: '120' });
  });

  it('takes the organisation’s own codes, part by part', () => {
    const own = { OPERATION: { art: '375' }, LICENCE: { art: '370', function: '121' } };
    expect(kostraCodesFor('OPERATION', own)).toEqual({ art: '375', function: '120' });
    expect(kostraCodesFor('LICENCE', own)).toEqual({ art: '370', function: '121' });
    expect(kostraCodesFor('DEVELOPMENT', own)).toEqual({ art: '270', function: '120' });
  });

  it('names every suggested code in the kontoplan', () => {
    for (const codes of Object.values(DEFAULT_KOSTRA_CODES)) {
      expect(KOSTRA_ARTS[codes.art]).toBeDefined();
      expect(KOSTRA_FUNCTIONS[codes.function]).toBeDefined();
    }
  });

  it('accepts three digits only', () => {
    expect(isKostraCode('270')).toBe(true);
    expect(isKostraCode('27')).toBe(false);
    expect(isKostraCode('2700')).toBe(false);
    expect(isKostraCode('27a')).toBe(false);
  });
});
