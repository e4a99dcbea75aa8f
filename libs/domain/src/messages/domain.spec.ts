import { type Message, msg, renderMessage } from './catalogue';

// Hand-written examples: the English is exactly what the API answered before codes existed.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('EXACT_DIGITS', { digits: 9, got: '"95893542"' }),
    'must be exactly 9 digits (got "95893542")',
    'må være nøyaktig 9 sifre (fikk «95893542»)',
  ],
  [
    msg('EXACT_DIGITS', { digits: 4, got: '"03011"' }),
    'must be exactly 4 digits (got "03011")',
    'må være nøyaktig 4 sifre (fikk «03011»)',
  ],
  [
    msg('ORG_NUMBER_FIRST_DIGIT', { orgNumber: '123456789' }),
    '123456789 cannot be an organisation number: they start with 8 or 9',
    '123456789 kan ikke være et organisasjonsnummer: de begynner med 8 eller 9',
  ],
  [
    msg('ORG_NUMBER_NEVER_ISSUED', { orgNumber: '800000010' }),
    '800000010 cannot be issued: its first eight digits give no valid check digit',
    '800000010 kan ikke tildeles: de åtte første sifrene gir ikke noe gyldig kontrollsiffer',
  ],
  [
    msg('ORG_NUMBER_CHECK_DIGIT', { orgNumber: '958935421', expected: 0, digit: '1' }),
    '958935421 has an invalid check digit: expected 0, got 1',
    '958935421 har feil kontrollsiffer: forventet 0, fikk 1',
  ],
  [
    msg('MUNICIPALITY_COUNTY_UNKNOWN', { municipalityNumber: '9901', county: '99' }),
    '9901 starts with 99, which is not an existing county number',
    '9901 begynner med 99, som ikke er et eksisterende fylkesnummer',
  ],
  [
    msg('NOK_AMOUNT', { got: '"12,5"' }),
    'must be a NOK amount with at most two decimals, such as "1234.50" (got "12,5")',
    'må være et kronebeløp med høyst to desimaler, for eksempel «1234.50» (fikk «12,5»)',
  ],
  [
    msg('NOK_AMOUNT_TOO_LARGE', { digits: 13, got: '"999999999999999.00"' }),
    'must be at most 9999999999999.99 in absolute value (13 digits before the decimal point; got "999999999999999.00")',
    'kan være høyst 9 999 999 999 999,99 kr regnet uten fortegn (13 sifre før desimaltegnet; fikk «999999999999999.00»)',
  ],
  [
    msg('INITIATIVE_CODE_FORMAT', { got: '"-X"' }),
    'must be 2–40 characters of upper-case letters, digits and dashes, starting with a letter or digit (got "-X")',
    'må være 2–40 tegn med store bokstaver, sifre og bindestreker, og begynne med en bokstav eller et siffer (fikk «-X»)',
  ],
  [
    msg('NON_MONETISED_VALUE_PER_UNIT'),
    'a NON_MONETISED benefit has no monetary value per unit: leave it out, or choose a monetised category',
    'en gevinst i kategorien NON_MONETISED har ingen kroneverdi per enhet: utelat den, eller velg en kategori med kroneverdi',
  ],
];

describe('the domain module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
