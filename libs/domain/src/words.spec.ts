import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DRIVER_CATALOGUE, driverWords, KNOWN_DRIVERS, perUnit, pluralForm, unitForms } from './words';

describe('driver words', () => {
  it('name the built-in population and the demo drivers in both languages', () => {
    expect(driverWords('population', 'nb')).toEqual({
      label: 'Innbyggertall',
      one: 'innbygger',
      other: 'innbyggere',
    });
    expect(driverWords('letters', 'nb').label).toBe('Antall brev');
    expect(driverWords('letters', 'en').label).toBe('Number of letters');
    expect(KNOWN_DRIVERS[0]).toBe('population');
  });

  it('show a driver an owner named as they wrote it, underscores as spaces', () => {
    expect(driverWords('sendte_skjema', 'nb')).toEqual({
      label: 'Sendte skjema',
      one: 'sendte skjema',
      other: 'sendte skjema',
    });
  });

  it('give every catalogue driver a label and both forms in both languages, never its code', () => {
    for (const [name, languages] of Object.entries(DRIVER_CATALOGUE)) {
      for (const words of Object.values(languages)) {
        expect(words.label).not.toBe(name);
        expect(words.one.length).toBeGreaterThan(0);
        expect(words.other.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('plural forms', () => {
  const population = DRIVER_CATALOGUE.population.nb;

  it('use the singular for exactly one, as Intl.PluralRules says', () => {
    expect(pluralForm(population, 1, 'nb')).toBe('innbygger');
    expect(pluralForm(population, '1', 'nb')).toBe('innbygger');
    expect(pluralForm(population, 0, 'nb')).toBe('innbyggere');
    expect(pluralForm(population, 291940, 'nb')).toBe('innbyggere');
    // Visible decimals are «other» in CLDR: «1,50 timer».
    expect(pluralForm(unitForms('timer'), '1.50', 'nb')).toBe('timer');
    expect(pluralForm(DRIVER_CATALOGUE.population.en, 1, 'en')).toBe('inhabitant');
  });

  it('use the plural for every whole count other than one (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10_000_000 }), (count) => {
        expect(pluralForm(population, count, 'nb')).toBe('innbyggere');
        expect(pluralForm(population, String(count), 'nb')).toBe('innbyggere');
      }),
    );
  });
});

describe('indicator units', () => {
  it('have a singular for «per»: 850,50 kr per sak, not per saker', () => {
    expect(perUnit('saker')).toBe('sak');
    expect(perUnit('timer')).toBe('time');
    // «1,00 kr per kroner» read wrong: a krone of improvement is worth 1,00 kr per krone.
    expect(perUnit('kroner')).toBe('krone');
    expect(perUnit('henvendelser')).toBe('henvendelse');
    expect(perUnit('brev')).toBe('brev');
  });

  it('keep a unit they do not know as it is, and the capital of one they do', () => {
    expect(unitForms('skjemaer per måned')).toEqual({
      one: 'skjemaer per måned',
      other: 'skjemaer per måned',
    });
    expect(unitForms('Saker')).toEqual({ one: 'Sak', other: 'Saker' });
  });
});
