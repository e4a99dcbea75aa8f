/** The keys list's rules in words (issue 17): no driver or group code, nb-NO numbers. */
import { describe, expect, it } from '@jest/globals';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import en from '../i18n/en';
import nb from '../i18n/nb';
import { describeSpec } from './describeSpec';

const nbTranslate = polyglotI18nProvider(() => nb, 'nb').translate;
const enTranslate = polyglotI18nProvider(() => en, 'en').translate;
// Intl writes nb-NO numbers with no-break spaces; compare with plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('describeSpec', () => {
  it('names the driver in words: «Forholdsmessig etter antall brev», not «letters»', () => {
    expect(describeSpec({ method: 'PROPORTIONAL', driver: 'letters' }, nbTranslate, 'nb')).toBe(
      'Forholdsmessig etter antall brev.',
    );
    expect(describeSpec({ method: 'PROPORTIONAL', driver: 'letters' }, enTranslate, 'en')).toBe(
      'In proportion to number of letters.',
    );
  });

  it('writes a rate per unit in the singular: 20,00 kr per innbygger', () => {
    expect(
      plain(describeSpec({ method: 'PER_UNIT', driver: 'population', rate: '20' }, nbTranslate, 'nb')),
    ).toBe('20,00 kr per innbygger, uten fast totalsum.');
  });

  it('writes bands by population with nb-NO numbers', () => {
    const spec = {
      method: 'BANDS',
      driver: 'population',
      bands: [{ upTo: 10000, fee: '10000.00' }, { upTo: 50000, fee: '20000.00' }, { fee: '30000.00' }],
    };
    expect(plain(describeSpec(spec, nbTranslate, 'nb'))).toBe(
      'Avgift etter innbyggertall: 0–10 000: 10 000,00 kr; 10 000–50 000: 20 000,00 kr; 50 000 og mer: 30 000,00 kr.',
    );
  });

  it('names two-level groups by their administrative level, with nb-NO percentages', () => {
    const spec = {
      method: 'TWO_LEVEL',
      groups: [
        { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL' } },
        { group: 'LOCAL', percent: '50', key: { method: 'PROPORTIONAL', driver: 'population' } },
      ],
    };
    const text = plain(describeSpec(spec, nbTranslate, 'nb'));
    expect(text).toBe(
      'To nivåer: Sentralt 50 %: Likt på alle som deler kostnadene. Lokalt 50 %: Forholdsmessig etter innbyggertall.',
    );
    expect(text).not.toMatch(/CENTRAL|LOCAL|population/);
  });

  it('counts a free threshold with the plural form', () => {
    expect(
      plain(
        describeSpec({ method: 'FREE_THRESHOLD', driver: 'users', threshold: '1000' }, nbTranslate, 'nb'),
      ),
    ).toBe('Gratis under 1 000 brukere, ellers forholdsmessig.');
  });
});
