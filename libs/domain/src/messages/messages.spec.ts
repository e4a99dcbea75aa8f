import { EN, EN_MODULES, NB, msg, renderMessage } from './catalogue';

describe('the message catalogue', () => {
  it('defines every code once, in one module', () => {
    const seen = new Map<string, string>();
    for (const [module, templates] of Object.entries(EN_MODULES)) {
      for (const code of Object.keys(templates)) {
        expect(seen.get(code) ?? module).toBe(module);
        seen.set(code, module);
      }
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(EN).sort());
  });

  it('has Norwegian for exactly the English codes', () => {
    expect(Object.keys(NB).sort()).toEqual(Object.keys(EN).sort());
  });

  it('writes codes upper case with underscores', () => {
    for (const code of Object.keys(EN)) expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  // Hand-written examples: the English is exactly what the API answered before codes existed.
  it.each([
    [msg('REQUIRED'), 'must not be empty', 'må fylles ut'],
    [msg('TOO_LONG', { max: 300 }), 'must be at most 300 characters', 'må være høyst 300 tegn'],
    [
      msg('YEAR_BETWEEN', { min: 1990, max: 2200, got: '3000' }),
      'must be a year between 1990 and 2200 (got 3000)',
      'må være et årstall mellom 1990 og 2200 (fikk 3000)',
    ],
    [
      msg('NOT_A_UUID_GOT', { got: '"abc"' }),
      'must be an id (a UUID) (got "abc")',
      'må være en id (UUID) (fikk «abc»)',
    ],
    [
      msg('NOT_FOUND', { entity: 'Initiative', id: 'x-1' }),
      'Initiative x-1 was not found',
      'Fant ikke initiativet x-1',
    ],
    [
      msg('STALE_VERSION', { entity: 'Initiative', sentVersion: 2, currentVersion: 3 }),
      'Initiative was changed by someone else: you sent version 2, the current version is 3. Reload it and apply your change again.',
      'Initiativet er endret av noen andre: du sendte versjon 2, gjeldende versjon er 3. Last det inn på nytt og gjør endringen igjen.',
    ],
    [
      msg('MONEY_INPUT_BOTH_NAMES', { old: 'totalCost', amount: 'totalCostAmount' }),
      'give totalCostAmount or the deprecated totalCost, not both with different values',
      'oppgi totalCostAmount eller den utfasede totalCost, ikke begge med forskjellige verdier',
    ],
    [
      msg('MONEY_INPUT_REQUIRED', { old: 'totalCost', amount: 'totalCostAmount' }),
      'required: give totalCostAmount (or the deprecated totalCost)',
      'må fylles ut: oppgi totalCostAmount (eller den utfasede totalCost)',
    ],
  ])('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
